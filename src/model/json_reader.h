// A small reader for validated JSON objects: each field read checks its type
// and range and reports the first problem as "<path>.<key>: <what>", so
// errors name the item and the field. Used by the content and plan loaders.
#pragma once
#include <cmath>
#include <initializer_list>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/json_util.h"

namespace mlt {

using Texts = std::vector<std::string>;

// Reads fields of one JSON object and reports the first problem as
// "<path>.<key>: <what>". `err` is shared by all readers of a file.
class In {
  using json = nlohmann::json;


 public:
  In(const json& j, std::string path, std::string* err) : j_(j), path_(std::move(path)), err_(err) {
    if (!j_.is_object()) Fail("", "must be an object");
  }
  bool ok() const { return err_->empty(); }
  bool Fail(const char* key, const std::string& what) {
    if (err_->empty()) *err_ = path_ + (key && *key ? std::string(".") + key : "") + ": " + what;
    return false;
  }
  const json* Get(const char* key, bool required) {
    const json* v = Member(j_, key);
    if (!v && required) Fail(key, "is missing");
    return v;
  }
  bool Str(const char* key, std::string* out, bool required = true) {
    const json* v = Get(key, required);
    if (!v) return !required || ok();
    // null stands for "not given" only where the text is optional.
    if (v->is_null()) return required ? Fail(key, "must be text") : true;
    if (!v->is_string()) return Fail(key, "must be text");
    *out = v->get<std::string>();
    if (required && out->empty()) return Fail(key, "must not be empty");
    return true;
  }
  bool Strs(const char* key, Texts* out, size_t min = 1, bool required = true) {
    const json* v = Get(key, required);
    if (!v) return !required || ok();
    if (!v->is_array()) return Fail(key, "must be a list of texts");
    out->clear();
    for (const auto& e : *v) {
      if (!e.is_string() || e.get_ref<const std::string&>().empty()) return Fail(key, "must contain only non-empty texts");
      out->push_back(e.get<std::string>());
    }
    if (out->size() < min) return Fail(key, "needs at least " + std::to_string(min) + " item(s)");
    return true;
  }
  bool Num(const char* key, double* out, double lo, double hi) {
    const json* v = Get(key, true);
    if (!v) return false;
    if (!v->is_number() || !std::isfinite(v->get<double>())) return Fail(key, "must be a number");
    *out = v->get<double>();
    if (*out < lo || *out > hi) {
      std::ostringstream s;
      s << "must be between " << lo << " and " << hi;
      return Fail(key, s.str());
    }
    return true;
  }
  // Optional number: keeps *out when the key is absent.
  bool OptNum(const char* key, double* out, double lo, double hi) {
    if (!Get(key, false)) return true;
    return Num(key, out, lo, hi);
  }
  bool OptBool(const char* key, bool* out) {
    const json* v = Get(key, false);
    if (!v) return true;
    if (!v->is_boolean()) return Fail(key, "must be true or false");
    *out = v->get<bool>();
    return true;
  }
  // One of a fixed set of words, stored as its index; absent keeps *out.
  bool OptEnum(const char* key, int* out, std::initializer_list<const char*> words) {
    const json* v = Get(key, false);
    if (!v) return true;
    std::string list;
    int i = 0;
    for (const char* w : words) {
      if (v->is_string() && v->get_ref<const std::string&>() == w) { *out = i; return true; }
      list += (i++ ? ", " : "") + std::string(w);
    }
    return Fail(key, "must be one of " + list);
  }
  // A list of objects; `each(In&, T&)` reads one. `exact` 0 means any count >= 1.
  template <class T, class F>
  bool List(const char* key, std::vector<T>* out, size_t exact, F&& each, bool allow_empty = false) {
    const json* v = Get(key, true);
    if (!v) return false;
    if (!v->is_array()) return Fail(key, "must be a list");
    out->clear();
    for (size_t i = 0; i < v->size() && ok(); ++i) {
      In item((*v)[i], path_ + "." + key + "[" + std::to_string(i) + "]", err_);
      T value{};
      if (item.ok()) each(item, value);
      out->push_back(std::move(value));
    }
    if (!ok()) return false;
    if (exact && out->size() != exact)
      return Fail(key, "expected " + std::to_string(exact) + " items, found " + std::to_string(out->size()));
    if (out->empty() && !allow_empty) return Fail(key, "must not be empty");
    return true;
  }
  In Child(const char* key) {
    static const json kEmpty = json::object();
    const json* v = Get(key, true);
    return In(v ? *v : kEmpty, path_ + "." + key, err_);
  }
  const json& raw() const { return j_; }
  const std::string& path() const { return path_; }

 private:
  const json& j_;
  std::string path_;
  std::string* err_;
};


}  // namespace mlt
