// [SECTION] Names  [SECTION] Writing  [SECTION] Reading and validation
#include "model/workspace.h"

#include "model/json_util.h"
#include "model/plan_json.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace mlt {
using nlohmann::json;

// [SECTION] Names
namespace {
constexpr std::string_view kKindIds[] = {"member", "candidate", "open_position"};
const char* const kKnownKeys[] = {"schema_version", "id", "name", "created", "modified",
                                  "people", "plan", "org", "hiring", "notes"};
}  // namespace

std::string_view PersonKindId(PersonKind k) { return kKindIds[static_cast<int>(k)]; }

bool Person::operator==(const Person& o) const {
  return id == o.id && name == o.name && role == o.role && team == o.team && kind == o.kind &&
         skills == o.skills && notes == o.notes && title == o.title && manager == o.manager &&
         dotted_manager == o.dotted_manager;
}
bool Workspace::operator==(const Workspace& o) const {
  return id == o.id && name == o.name && created_ms == o.created_ms &&
         modified_ms == o.modified_ms && people == o.people && plan == o.plan && org == o.org && hiring == o.hiring && notes == o.notes &&
         extra == o.extra;
}

// [SECTION] Writing
json WorkspaceToJson(const Workspace& ws) {
  json j = ws.extra.is_object() ? ws.extra : json::object();
  j["schema_version"] = kSchemaVersion;
  j["id"] = ws.id;
  j["name"] = ws.name;
  j["created"] = ws.created_ms;
  j["modified"] = ws.modified_ms;
  json people = json::array();
  for (const Person& p : ws.people) {
    json skills = json::object();
    for (int s = 0; s < kSkillCount; ++s) skills[std::string(SkillId(Skill(s)))] = p.skills[s];
    json jp = {{"id", p.id}, {"name", p.name}, {"role", p.role}, {"team", p.team},
               {"kind", PersonKindId(p.kind)}, {"skills", skills}, {"notes", p.notes}};
    // Written only when set, so a large roster without an org chart stays small.
    if (!p.title.empty()) jp["title"] = p.title;
    if (!p.manager.empty()) jp["manager"] = p.manager;
    if (!p.dotted_manager.empty()) jp["dotted_manager"] = p.dotted_manager;
    people.push_back(std::move(jp));
  }
  j["people"] = std::move(people);
  j["plan"] = PlanToJson(ws.plan);
  json units = json::array();
  for (const OrgUnit& u : ws.org.units)
    units.push_back({{"id", u.id}, {"name", u.name}, {"manager", u.manager}, {"notes", u.notes}});
  json assessments = json::array();
  for (const OrgAssessment& a : ws.org.assessments)
    assessments.push_back({{"id", a.id}, {"name", a.name}, {"answers", a.answers}, {"design", a.design},
                           {"notes", a.notes}});
  j["org"] = {{"units", std::move(units)}, {"assessments", std::move(assessments)}};
  // Written only once used, so a document without hiring stays as it was.
  if (!ws.hiring.Empty()) j["hiring"] = HiringToJson(ws.hiring);
  j["notes"] = ws.notes;
  return j;
}

std::string WorkspaceToText(const Workspace& ws, bool pretty) {
  return Dump(WorkspaceToJson(ws), pretty ? 2 : -1);
}

// [SECTION] Reading and validation
namespace {

struct Reader {
  const DocumentLimits& limits;
  std::string error;

  bool Fail(const std::string& where, const std::string& what) {
    if (error.empty()) error = where + ": " + what;
    return false;
  }
  bool String(const json& obj, const char* key, const std::string& where, std::string* out,
              bool required) {
    auto it = obj.find(key);
    if (it == obj.end()) return required ? Fail(where, std::string("missing \"") + key + "\"") : true;
    if (!it->is_string()) return Fail(where + "." + key, "must be text");
    const auto& s = it->get_ref<const std::string&>();
    if (s.size() > limits.max_string)
      return Fail(where + "." + key, "text is too long (" + std::to_string(s.size()) + " bytes)");
    *out = s;
    return true;
  }
  bool Time(const json& obj, const char* key, int64_t* out) {
    auto it = obj.find(key);
    if (it == obj.end()) return true;
    // JavaScript dates reach +-8.64e15 ms; beyond int64 the cast is undefined.
    if (!it->is_number() || !std::isfinite(it->get<double>()) || std::fabs(it->get<double>()) > 8.64e15)
      return Fail(key, "must be a time in milliseconds");
    *out = static_cast<int64_t>(it->get<double>());
    return true;
  }
  bool ReadPerson(const json& jp, const std::string& where, Person* p) {
    if (!jp.is_object()) return Fail(where, "must be an object");
    if (!String(jp, "id", where, &p->id, true)) return false;
    if (p->id.empty()) return Fail(where + ".id", "must not be empty");
    if (!String(jp, "name", where, &p->name, true)) return false;
    if (!String(jp, "role", where, &p->role, false)) return false;
    if (!String(jp, "team", where, &p->team, false)) return false;
    if (!String(jp, "notes", where, &p->notes, false)) return false;
    if (!String(jp, "title", where, &p->title, false)) return false;
    if (!String(jp, "manager", where, &p->manager, false)) return false;
    if (!String(jp, "dotted_manager", where, &p->dotted_manager, false)) return false;
    if (!p->manager.empty() && p->manager == p->id) return Fail(where + ".manager", "a person cannot report to themselves");
    std::string kind = "member";
    if (!String(jp, "kind", where, &kind, false)) return false;
    bool known = false;
    for (int k = 0; k < 3; ++k)
      if (kind == kKindIds[k]) { p->kind = PersonKind(k); known = true; }
    if (!known)
      return Fail(where + ".kind", "\"" + kind + "\" is not one of member, candidate, open_position");
    auto sk = jp.find("skills");
    if (sk != jp.end()) {
      if (!sk->is_object()) return Fail(where + ".skills", "must be an object");
      for (auto it = sk->begin(); it != sk->end(); ++it) {
        auto skill = SkillFromId(it.key());
        if (!skill) return Fail(where + ".skills", "unknown skill \"" + it.key() + "\"");
        if (!it->is_number()) return Fail(where + ".skills." + it.key(), "must be a number");
        double v = it->get<double>();
        if (!std::isfinite(v) || v < kSkillMin || v > kSkillMax)
          return Fail(where + ".skills." + it.key(), "must be between 0 and 10");
        p->skills[static_cast<int>(*skill)] = v;
      }
    }
    return true;
  }
  // An object of text values (question id -> option id).
  bool TextMap(const json& obj, const char* key, const std::string& where,
               std::map<std::string, std::string>* out) {
    auto it = obj.find(key);
    if (it == obj.end()) return true;
    if (!it->is_object()) return Fail(where + "." + key, "must be an object");
    if (it->size() > 1000) return Fail(where + "." + key, "has too many entries");
    for (auto e = it->begin(); e != it->end(); ++e) {
      if (!e->is_string()) return Fail(where + "." + key + "." + e.key(), "must be text");
      if (e.key().size() > 200 || e->get_ref<const std::string&>().size() > 200)
        return Fail(where + "." + key + "." + e.key(), "is too long");
      (*out)[e.key()] = e->get<std::string>();
    }
    return true;
  }
  bool ReadOrg(const json& jo, Org* org) {
    if (!jo.is_object()) return Fail("org", "must be an object");
    auto list = [&](const char* key) -> const json* {
      auto it = jo.find(key);
      if (it == jo.end()) return nullptr;
      if (!it->is_array()) { Fail(std::string("org.") + key, "must be a list"); return nullptr; }
      if (it->size() > limits.max_people) {
        Fail(std::string("org.") + key, "too many entries (" + std::to_string(it->size()) + ")");
        return nullptr;
      }
      return &*it;
    };
    if (const json* units = list("units")) {
      for (size_t i = 0; i < units->size(); ++i) {
        const json& ju = (*units)[i];
        std::string where = "org.units[" + std::to_string(i) + "]";
        if (!ju.is_object()) return Fail(where, "must be an object");
        OrgUnit u;
        if (!String(ju, "id", where, &u.id, true) || !String(ju, "name", where, &u.name, true) ||
            !String(ju, "manager", where, &u.manager, false) || !String(ju, "notes", where, &u.notes, false))
          return false;
        if (u.id.empty()) return Fail(where + ".id", "must not be empty");
        if (!u.manager.empty() && u.manager == u.id) return Fail(where + ".manager", "a unit cannot sit under itself");
        org->units.push_back(std::move(u));
      }
    }
    if (!error.empty()) return false;
    if (const json* as = list("assessments")) {
      for (size_t i = 0; i < as->size(); ++i) {
        const json& ja = (*as)[i];
        std::string where = "org.assessments[" + std::to_string(i) + "]";
        if (!ja.is_object()) return Fail(where, "must be an object");
        OrgAssessment a;
        if (!String(ja, "id", where, &a.id, true) || !String(ja, "name", where, &a.name, true) ||
            !String(ja, "notes", where, &a.notes, false) || !TextMap(ja, "answers", where, &a.answers) ||
            !TextMap(ja, "design", where, &a.design))
          return false;
        org->assessments.push_back(std::move(a));
      }
    }
    return error.empty();
  }
};

}  // namespace

bool MigrateWorkspaceJson(json* j, std::string* error) {
  auto ver = j->find("schema_version");
  if (ver == j->end() || !ver->is_number_integer()) {
    *error = "The file is not a workspace: it has no \"schema_version\"";
    return false;
  }
  int v = ver->get<int>();
  if (v < 1 || v > kSchemaVersion) {
    *error = "schema_version " + std::to_string(v) + " is not valid";
    return false;
  }
  // 1 -> 2: reporting lines and "org" are new and optional; nothing to rewrite.
  if (v == 1) v = 2;
  // 2 -> 3: "hiring" is new and optional. A version-2 app kept an unknown
  // top-level "hiring" as an extra section; one that does not validate as
  // this section is moved aside (never dropped) rather than failing the file.
  if (v == 2) {
    v = 3;
    auto h = j->find("hiring");
    if (h != j->end()) {
      Hiring probe;
      std::string ignored;
      if (!HiringFromJson(*h, &probe, &ignored)) {
        (*j)["hiring_v2"] = *h;
        j->erase("hiring");
      }
    }
  }
  (*j)["schema_version"] = v;
  return true;
}

ParseResult WorkspaceFromJson(const json& j, const DocumentLimits& limits) {
  ParseResult r;
  Reader rd{limits, {}};
  auto fail = [&](const std::string& e) { r.ok = false; r.error = e; return r; };
  if (!j.is_object()) return fail("The file is not a workspace: expected a JSON object");
  auto ver = j.find("schema_version");
  if (ver == j.end() || !ver->is_number_integer())
    return fail("The file is not a workspace: it has no \"schema_version\"");
  r.source_schema = ver->get<int>();
  if (r.source_schema > kSchemaVersion)
    return fail("This workspace comes from a newer version of ML Team Studio (schema " +
                std::to_string(r.source_schema) + "; this app reads up to " +
                std::to_string(kSchemaVersion) + "). Update the app to open it.");
  if (r.source_schema < 1) return fail("schema_version " + std::to_string(r.source_schema) + " is not valid");
  if (r.source_schema < kSchemaVersion) {
    json migrated = j;
    std::string error;
    if (!MigrateWorkspaceJson(&migrated, &error)) return fail(error);
    ParseResult m = WorkspaceFromJson(migrated, limits);
    m.source_schema = r.source_schema;
    return m;
  }

  Workspace& ws = r.workspace;
  if (!rd.String(j, "id", "workspace", &ws.id, false) ||
      !rd.String(j, "name", "workspace", &ws.name, true) ||
      !rd.String(j, "notes", "workspace", &ws.notes, false) ||
      !rd.Time(j, "created", &ws.created_ms) || !rd.Time(j, "modified", &ws.modified_ms))
    return fail(rd.error);
  if (ws.name.empty()) return fail("workspace.name: must not be empty");
  auto people = j.find("people");
  if (people != j.end()) {
    if (!people->is_array()) return fail("people: must be a list");
    if (people->size() > limits.max_people)
      return fail("people: too many entries (" + std::to_string(people->size()) + "; the limit is " +
                  std::to_string(limits.max_people) + ")");
    ws.people.reserve(people->size());
    std::vector<std::string> seen;
    for (size_t i = 0; i < people->size(); ++i) {
      Person p;
      std::string where = "people[" + std::to_string(i) + "]";
      if (!rd.ReadPerson((*people)[i], where, &p)) return fail(rd.error);
      ws.people.push_back(std::move(p));
    }
    // Ids are references for reporting lines and scorecards: they must be unique.
    std::vector<const std::string*> ids;
    for (const auto& p : ws.people) ids.push_back(&p.id);
    std::sort(ids.begin(), ids.end(), [](auto a, auto b) { return *a < *b; });
    for (size_t i = 1; i < ids.size(); ++i)
      if (*ids[i] == *ids[i - 1]) return fail("people: the id \"" + *ids[i] + "\" is used twice");
  }
  if (auto plan = j.find("plan"); plan != j.end()) {
    std::string error;
    if (!PlanFromJson(*plan, &ws.plan, &error)) return fail(error);
  }
  if (auto org = j.find("org"); org != j.end()) {
    if (!rd.ReadOrg(*org, &ws.org)) return fail(rd.error);
    // Units and people share one id space (a reporting line names either).
    std::vector<const std::string*> ids;
    for (const auto& p : ws.people) ids.push_back(&p.id);
    for (const auto& u : ws.org.units) ids.push_back(&u.id);
    std::sort(ids.begin(), ids.end(), [](auto a, auto b) { return *a < *b; });
    for (size_t i = 1; i < ids.size(); ++i)
      if (*ids[i] == *ids[i - 1]) return fail("org.units: the id \"" + *ids[i] + "\" is used twice (ids of people and units must differ)");
  }
  if (auto hiring = j.find("hiring"); hiring != j.end()) {
    std::string error;
    // A candidate whose person was deleted from the roster is kept (like a
    // reporting line to a missing manager): refusing the file would lock the
    // user out of their own workspace.
    if (!HiringFromJson(*hiring, &ws.hiring, &error)) return fail(error);
  }
  for (auto it = j.begin(); it != j.end(); ++it) {
    bool known = false;
    for (const char* k : kKnownKeys) known = known || it.key() == k;
    if (!known) ws.extra[it.key()] = *it;
  }
  r.ok = true;
  return r;
}

ParseResult ParseWorkspace(std::string_view text, const DocumentLimits& limits) {
  ParseResult r;
  if (text.empty()) { r.error = "The file is empty"; return r; }
  if (text.size() > limits.max_bytes) {
    r.error = "The file is too large (" + std::to_string(text.size() >> 20) +
              " MB; the limit is " + std::to_string(limits.max_bytes >> 20) + " MB)";
    return r;
  }
  if (!JsonDepthWithin(text, limits.max_depth)) {
    r.error = "The file nests too deeply (more than " + std::to_string(limits.max_depth) + " levels)";
    return r;
  }
  size_t error_at = 0;
  json j = ParseJson(text, &error_at);
  if (j.is_discarded()) {
    r.error = "The file is not valid JSON (error at byte " + std::to_string(error_at) + " of " +
              std::to_string(text.size()) + ")";
    return r;
  }
  return WorkspaceFromJson(j, limits);
}

}  // namespace mlt
