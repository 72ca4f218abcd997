#include "parser/toc_comment.hpp"

#include <boost/fusion/include/adapt_struct.hpp>
#include <boost/spirit/home/x3.hpp>

BOOST_FUSION_ADAPT_STRUCT(pgdrift::TocEntry, name, type, schema, owner)

namespace pgdrift {
namespace {

namespace x3 = boost::spirit::x3;

// Each field runs up to the "; " that introduces the next label; names themselves may hold
// "; " only in theory, and pg_dump writes them unquoted, so the labels are the separators.
const auto field_until = [](auto label) { return x3::lexeme[*(x3::char_ - label)]; };

const auto toc_grammar =
    x3::lit("-- Name: ") >> field_until(x3::lit("; Type: ")) >>
    x3::lit("; Type: ") >> field_until(x3::lit("; Schema: ")) >>
    x3::lit("; Schema: ") >> field_until(x3::lit("; Owner:") | x3::lit("; Tablespace:") | x3::eoi) >>
    -(x3::lit("; Owner:") >> *x3::lit(' ') >> field_until(x3::lit("; Tablespace:") | x3::eoi)) >>
    x3::omit[*x3::char_];

}  // namespace

std::optional<TocEntry> parse_toc_comment(std::string_view line) {
  TocEntry entry;
  auto first = line.begin();
  if (!x3::parse(first, line.end(), toc_grammar, entry)) return std::nullopt;
  return entry;
}

}  // namespace pgdrift
