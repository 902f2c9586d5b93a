// Text for XML and HTML (the SVG exports, the printable report).
#pragma once
#include <string>
#include <string_view>

namespace mlt {

// Escapes & < > " ' so the text is safe as element content and in quoted
// attributes; control characters become spaces (XML 1.0 forbids most of
// them, and HTML shows them as white space anyway).
std::string MarkupEscape(std::string_view s);

}  // namespace mlt
