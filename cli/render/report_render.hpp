#pragma once

#include <string>

#include "analyzer/report/audit_report.hpp"
#include "cli/render/report_strings.hpp"

namespace pgdrift {

// `pgdrift report` in each format. A renderer reads the report's data and the words of one
// language, and escapes every name for its format.
std::string render_report_markdown(const AuditReport& report, const ReportStrings& strings);
// One self-contained HTML page (inline style, no script, nothing fetched), sections that fold.
std::string render_report_html(const AuditReport& report, const ReportStrings& strings);
// The JSON contract (docs/json-output.md, docs/json-schema/report.schema.json): language-free.
std::string render_report_json(const AuditReport& report);

}  // namespace pgdrift
