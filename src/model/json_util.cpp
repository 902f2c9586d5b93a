#include "model/json_util.h"

namespace mlt {
namespace {
// SAX handler that only remembers where parsing failed: nlohmann reports the
// position through parse_error() without throwing.
struct ErrorLocator : nlohmann::json_sax<nlohmann::json> {
  size_t at = 0;
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception&) override {
    at = position;
    return false;
  }
};
}  // namespace

nlohmann::json ParseJson(std::string_view text, size_t* error_at) {
  nlohmann::json j = nlohmann::json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() && error_at) {
    ErrorLocator loc;
    nlohmann::json::sax_parse(text.begin(), text.end(), &loc);
    *error_at = loc.at;
  }
  return j;
}

bool JsonDepthWithin(std::string_view text, int max_depth) {
  int depth = 0;
  bool in_string = false, escaped = false;
  for (char c : text) {
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    else if (c == '[' || c == '{') { if (++depth > max_depth) return false; }
    else if (c == ']' || c == '}') --depth;
  }
  return true;
}

}  // namespace mlt
