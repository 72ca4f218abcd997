#include "cli/render/report_strings.hpp"

namespace pgdrift {

const ReportStrings& report_strings(std::string_view language) {
  return language == "fr" ? french_report_strings() : english_report_strings();
}

}  // namespace pgdrift
