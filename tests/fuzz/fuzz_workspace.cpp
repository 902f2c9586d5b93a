// libFuzzer target: ParseWorkspace on arbitrary bytes. It must never crash,
// and a document it accepts must survive its own save: WorkspaceToText, then
// ParseWorkspace again, must succeed and give an equal workspace (compact and
// pretty). Built with -DMLT_FUZZ=ON (clang); run by tools/fuzz.sh.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "model/json_util.h"
#include "model/workspace.h"

using namespace mlt;

namespace {
[[noreturn]] void Fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "fuzz_workspace: %s\n%s\n", what, detail.c_str());
  std::abort();
}

// Known and reported (tests/unit/test_fuzz_regressions.cpp): a required
// text of the plan given as null is let through as empty, and the saved plan
// is then refused. Such inputs are skipped until fixed.
bool NullPlanText(const nlohmann::json& plan) {
  for (const char* list : {"tasks", "challenges", "milestones"}) {
    const nlohmann::json* items = Member(plan, list);
    if (!items || !items->is_array()) continue;
    for (const auto& item : *items)
      for (const char* key : {"id", "name"}) {
        const nlohmann::json* v = Member(item, key);
        if (v && v->is_null()) return true;
      }
  }
  return false;
}

// Known and reported (tests/unit/test_fuzz_regressions.cpp): PlanFromJson
// casts a task's max_retries to int before refusing it as out of range, which
// is undefined beyond the range of int, and NullPlanText above. Such inputs
// are skipped until fixed.
bool KnownPlanIssue(std::string_view text) {
  if (text.find("max_retries") == std::string_view::npos && text.find("null") == std::string_view::npos) return false;
  size_t at = 0;
  nlohmann::json j = ParseJson(text, &at);
  const nlohmann::json* plan = j.is_discarded() ? nullptr : Member(j, "plan");
  if (plan && NullPlanText(*plan)) return true;
  const nlohmann::json* tasks = plan ? Member(*plan, "tasks") : nullptr;
  if (!tasks || !tasks->is_array()) return false;
  for (const auto& t : *tasks) {
    const nlohmann::json* r = Member(t, "max_retries");
    if (r && r->is_number() && !(r->get<double>() > -2147483648.0 && r->get<double>() < 2147483647.0)) return true;
  }
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (KnownPlanIssue(text)) return 0;
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
