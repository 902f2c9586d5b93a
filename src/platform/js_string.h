// Strings handed over from JavaScript (Module.mltNewCString: malloc'd, or
// null for none).
#pragma once
#include <cstdlib>
#include <string>

namespace mlt {

// The string's text ("" for null), the allocation freed.
inline std::string TakeJsString(char* p) {
  std::string s = p ? p : "";
  std::free(p);
  return s;
}

}  // namespace mlt
