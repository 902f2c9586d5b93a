// App commands for the roster: CSV import/export, the example team, person
// ids and selection, and PNG export of a screen region.
#include <fstream>
#include <sstream>

#include "model/csv.h"
#include "model/roster_csv.h"
#include "ui/app.h"
#include "ui/widgets.h"

namespace mlt {

std::string App::NewPersonId() const {
  // The workspace id source is random; reuse it with a person prefix and
  // make sure the id is free in this workspace.
  for (;;) {
    std::string id = ids_();
    if (id.rfind("ws-", 0) == 0) id = "p-" + id.substr(3);
    bool used = false;
    for (const Person& p : store_.Current().people) used = used || p.id == id;
    for (const OrgUnit& u : store_.Current().org.units) used = used || u.id == id;
    if (!used) return id;
  }
}

const Person* App::SelectedPerson() const {
  if (ui.selected_person.empty()) return nullptr;
  for (const Person& p : store_.Current().people)
    if (p.id == ui.selected_person) return &p;
  return nullptr;
}

std::vector<RoleName> App::CsvRoleNames() const {
  std::vector<RoleName> roles;
  for (const RoleInfo& r : content_.roles) {
    roles.push_back({r.id, r.name});
    roles.push_back({r.id, r.short_name});
  }
  // Common spellings of the one role whose content name has two parts.
  roles.push_back({"mlops_engineer", "MLOps engineer"});
  roles.push_back({"mlops_engineer", "DevOps engineer"});
  roles.push_back({"mlops_engineer", "ML DevOps engineer"});
  return roles;
}

void App::ImportRosterCsv(const std::string& name, std::string_view text) {
  std::vector<RoleName> roles = CsvRoleNames();
  RosterImport imp = mlt::ImportRosterCsv(text, roles, store_.Current(), [this] { return NewPersonId(); });
  if (!imp.ok) {
    Notify(NoticeKind::Error, "Could not import " + name + ": " + imp.error + ". Nobody was added.", 0);
    return;
  }
  size_t n = imp.people.size();
  store_.Apply("import " + std::to_string(n) + " people", [&](Workspace& w) {
    for (Person& p : imp.people) w.people.push_back(std::move(p));
  }, Now());
  std::string msg = "Added " + std::to_string(n) + (n == 1 ? " person" : " people") + " from " + name;
  if (!imp.ignored_columns.empty()) {
    msg += ". Ignored columns:";
    for (size_t i = 0; i < imp.ignored_columns.size(); ++i) msg += (i ? ", " : " ") + imp.ignored_columns[i];
    Notify(NoticeKind::Warning, msg, 10000);
  } else {
    Notify(NoticeKind::Success, msg);
  }
}

void App::ExportRosterCsv() {
  // The byte-order mark makes Excel read the file as UTF-8 (names with accents).
  host_.DownloadFile("roster.csv", "text/csv", "\xEF\xBB\xBF" + mlt::ExportRosterCsv(store_.Current().people));
  Notify(NoticeKind::Success, "Exported " + std::to_string(store_.Current().people.size()) + " people as roster.csv");
}

void App::ExportTableCsv(const std::string& filename, const std::vector<std::vector<std::string>>& rows) {
  host_.DownloadFile(filename, "text/csv", "\xEF\xBB\xBF" + WriteCsv(rows));  // BOM: as ExportRosterCsv
  Notify(NoticeKind::Success, "Exported " + filename);
}

void App::LoadExampleTeam() {
  std::ifstream f(examples_dir_ + "/example-team.json", std::ios::binary);
  std::ostringstream s;
  s << f.rdbuf();
  ParseResult pr = ParseWorkspace(s.str());
  if (!pr.ok) {
    Notify(NoticeKind::Error, "The example team could not be loaded: " + pr.error, 0);
    return;
  }
  if (store_.Current().people.empty()) {
    store_.Apply("load the example team", [&](Workspace& w) {
      for (Person& p : pr.workspace.people) w.people.push_back(std::move(p));
    }, Now());
    Notify(NoticeKind::Success, "Loaded the example team (12 people). Undo with Ctrl+Z.");
  } else {
    OpResult r = store_.Import(s.str(), Now());
    if (r.ok) Notify(NoticeKind::Success, "Opened the example team as a new workspace; yours is unchanged.");
  }
}

void App::RequestPngExport(const std::string& filename, ImVec2 min, ImVec2 max) {
  png_ = {filename, min, max, 2};  // draw one clean frame (no tooltips), then capture it
}

void App::AfterRender() {
  if (png_.frames_left == 0) return;
  if (--png_.frames_left == 0) {
    host_.ExportFramePng(png_.filename, png_.min.x, png_.min.y, png_.max.x - png_.min.x, png_.max.y - png_.min.y);
    Notify(NoticeKind::Success, "Exported " + png_.filename);
  }
}

}  // namespace mlt
