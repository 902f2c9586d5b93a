#include "platform/web_storage.h"

#include <cstdlib>

#include <emscripten.h>

#include "platform/js_string.h"

// Each JS function returns 0 on success, 1 for "not found" (get only), -1 on
// an error and -2 when the error is a full quota. Strings handed to C++ are
// malloc'ed by JS and freed here. Module.mltStorage() is in web/mlteams.js.
EM_JS(int, mlt_js_storage_get, (const char* key, char** out, char** err), {
  try {
    const v = Module.mltStorage().getItem(UTF8ToString(key));
    if (v === null) return 1;
    HEAPU32[out >> 2] = Module.mltNewCString(v);
    return 0;
  } catch (e) { HEAPU32[err >> 2] = Module.mltNewCString(Module.mltDescribeError(e)); return -1; }
});

EM_JS(int, mlt_js_storage_set, (const char* key, const char* value, char** err), {
  try {
    Module.mltStorage().setItem(UTF8ToString(key), UTF8ToString(value));
    return 0;
  } catch (e) {
    HEAPU32[err >> 2] = Module.mltNewCString(Module.mltDescribeError(e));
    return Module.mltIsQuotaError(e) ? -2 : -1;
  }
});

EM_JS(int, mlt_js_storage_remove, (const char* key, char** err), {
  try { Module.mltStorage().removeItem(UTF8ToString(key)); return 0; }
  catch (e) { HEAPU32[err >> 2] = Module.mltNewCString(Module.mltDescribeError(e)); return -1; }
});

EM_JS(int, mlt_js_storage_keys, (const char* prefix, char** out, char** err), {
  try {
    const s = Module.mltStorage(), p = UTF8ToString(prefix), keys = [];
    for (let i = 0; i < s.length; i++) {
      const k = s.key(i);
      if (k !== null && k.startsWith(p) && k.indexOf("\n") < 0) keys.push(k);
    }
    HEAPU32[out >> 2] = Module.mltNewCString(keys.join("\n"));
    return 0;
  } catch (e) { HEAPU32[err >> 2] = Module.mltNewCString(Module.mltDescribeError(e)); return -1; }
});

namespace mlt {
namespace {
StorageStatus FromCode(int code, char* err) {
  if (code >= 0) return StorageStatus::Ok();
  return StorageStatus::Error(TakeJsString(err), code == -2);
}
}  // namespace

StorageStatus WebLocalStorage::Get(const std::string& key, std::string* value, bool* found) {
  char *out = nullptr, *err = nullptr;
  int code = mlt_js_storage_get(key.c_str(), &out, &err);
  *found = code == 0;
  if (code == 0) *value = TakeJsString(out);
  return FromCode(code, err);
}

StorageStatus WebLocalStorage::Set(const std::string& key, const std::string& value) {
  char* err = nullptr;
  return FromCode(mlt_js_storage_set(key.c_str(), value.c_str(), &err), err);
}

StorageStatus WebLocalStorage::Remove(const std::string& key) {
  char* err = nullptr;
  return FromCode(mlt_js_storage_remove(key.c_str(), &err), err);
}

StorageStatus WebLocalStorage::Keys(const std::string& prefix, std::vector<std::string>* keys) {
  char *out = nullptr, *err = nullptr;
  int code = mlt_js_storage_keys(prefix.c_str(), &out, &err);
  keys->clear();
  if (code == 0) {
    std::string all = TakeJsString(out);
    size_t start = 0;
    while (start < all.size()) {
      size_t end = all.find('\n', start);
      if (end == std::string::npos) end = all.size();
      keys->push_back(all.substr(start, end - start));
      start = end + 1;
    }
  }
  return FromCode(code, err);
}

}  // namespace mlt
