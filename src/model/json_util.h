// Reading untrusted JSON without exceptions. The wasm build has C++
// exceptions disabled (a throw aborts the app), and the core is compiled with
// JSON_NOEXCEPTION everywhere, so every read checks the type first.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace mlt {

inline const nlohmann::json* Member(const nlohmann::json& obj, const char* key) {
  if (!obj.is_object()) return nullptr;
  auto it = obj.find(key);
  return it == obj.end() ? nullptr : &*it;
}
inline std::string StringOr(const nlohmann::json& obj, const char* key, std::string fallback) {
  const nlohmann::json* v = Member(obj, key);
  return v && v->is_string() ? v->get<std::string>() : fallback;
}
inline double NumberOr(const nlohmann::json& obj, const char* key, double fallback) {
  const nlohmann::json* v = Member(obj, key);
  return v && v->is_number() ? v->get<double>() : fallback;
}

// Serialises; invalid UTF-8 (from a CSV or a pasted text) is replaced
// instead of aborting the app.
inline std::string Dump(const nlohmann::json& j, int indent = -1) {
  return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Parses without exceptions. On failure returns a discarded value and puts
// the byte offset of the first error in *error_at.
nlohmann::json ParseJson(std::string_view text, size_t* error_at);

// Depth check on raw text, before the parser builds anything: a hostile
// "[[[[..." would otherwise recurse deeply inside the parser.
bool JsonDepthWithin(std::string_view text, int max_depth);

}  // namespace mlt
