// App commands for the organisation: example orgs, org CSV import/export and
// ids for units and assessments.
#include <fstream>
#include <sstream>

#include "model/org_csv.h"
#include "model/org_tree.h"
#include "ui/app.h"
#include "ui/org_chart.h"

namespace mlt {

std::string App::NewOrgId(const char* prefix) const {
  const Workspace& ws = store_.Current();
  for (;;) {
    std::string id = ids_();
    if (id.rfind("ws-", 0) == 0) id = prefix + id.substr(3);
    bool used = false;
    for (const Person& p : ws.people) used = used || p.id == id;
    for (const OrgUnit& u : ws.org.units) used = used || u.id == id;
    for (const OrgAssessment& a : ws.org.assessments) used = used || a.id == id;
    if (!used) return id;
  }
}

void App::LoadExampleOrg(const std::string& archetype_id) {
  const Archetype* arch = content_.FindArchetype(archetype_id);
  std::string file = examples_dir_ + "/org-" + archetype_id + ".json";
  std::ifstream f(file, std::ios::binary);
  std::ostringstream s;
  s << f.rdbuf();
  ParseResult pr = ParseWorkspace(s.str());
  if (!arch || !pr.ok) {
    Notify(NoticeKind::Error, "The example organisation could not be loaded: " +
                                  (pr.ok ? "unknown archetype " + archetype_id : pr.error), 0);
    return;
  }
  // Always a new workspace: an example org replaces reporting lines wholesale,
  // so it never goes into the user's own document.
  OpResult r = store_.Import(s.str(), Now());
  if (!r.ok) {
    Notify(NoticeKind::Error, "The example organisation could not be opened: " + r.error, 0);
    return;
  }
  ui.org_collapsed.clear();
  ++ui.org_collapse_version;
  ui.org_selected.clear();
  ui.org_highlight.clear();
  ui.org_assessment.clear();
  ui.org_fit_request = true;
  Notify(NoticeKind::Success, "Opened the example \"" + arch->name + "\" organisation as a new workspace; yours is unchanged.");
}

void App::ImportOrgCsv(const std::string& name, std::string_view text) {
  OrgCsvImport imp = mlt::ImportOrgCsv(text, CsvRoleNames(), store_.Current(), [this] { return NewPersonId(); });
  if (!imp.ok) {
    if (imp.errors.size() <= 1) {
      Notify(NoticeKind::Error, "Could not import " + name + ": " + imp.error + ". Nothing was changed.", 0);
      return;
    }
    // Every bad row at once, so the file can be fixed in one go.
    Notify(NoticeKind::Error, "Could not import " + name + ": " + std::to_string(imp.errors.size()) +
                                  " problems (" + imp.errors.front() + ", ...). Nothing was changed.", 0);
    dialogs.problems_title = "Could not import " + name;
    dialogs.problems_intro = std::to_string(imp.errors.size()) +
                             " problems, so nothing was imported. Fix these rows and import the file again:";
    dialogs.problems = imp.errors;
    dialogs.open_problems = true;
    return;
  }
  store_.Apply("import the org from " + name, [&](Workspace& w) { w.people = std::move(imp.people); }, Now());
  ui.org_fit_request = true;
  Notify(imp.ignored_columns.empty() ? NoticeKind::Success : NoticeKind::Warning,
         "Imported " + name + ": " + imp.summary + " Undo with Ctrl+Z.", imp.ignored_columns.empty() ? 6000 : 10000);
}

void App::ExportOrgCsv() {
  host_.DownloadFile("org.csv", "text/csv", "\xEF\xBB\xBF" + mlt::ExportOrgCsv(store_.Current()));
  Notify(NoticeKind::Success, "Exported the org as org.csv");
}

}  // namespace mlt
