// libFuzzer target: ParseWorkspace on arbitrary bytes. It must never crash,
// and a document it accepts must survive its own save: WorkspaceToText, then
// ParseWorkspace again, must succeed and give an equal workspace (compact and
// pretty). Built with -DMLT_FUZZ=ON (clang); run by tools/fuzz.sh.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "model/workspace.h"

using namespace mlt;

namespace {
[[noreturn]] void Fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "fuzz_workspace: %s\n%s\n", what, detail.c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  ParseResult first = ParseWorkspace(text);
  if (!first.ok) {
    if (first.error.empty()) Fail("refused without a message", std::string(text));
    return 0;
  }
  for (bool pretty : {false, true}) {
    std::string saved = WorkspaceToText(first.workspace, pretty);
    ParseResult again = ParseWorkspace(saved);
    if (!again.ok) Fail("a saved document does not load again", again.error + "\n" + saved);
    if (!(again.workspace == first.workspace)) Fail("the document changed on a save and load", saved);
    if (again.source_schema != kSchemaVersion) Fail("a saved document is not of the current schema", saved);
  }
  return 0;
}
