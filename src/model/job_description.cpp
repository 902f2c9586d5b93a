// Job descriptions: the unicorn check, the lecture's warnings and
// suggestions, and the text and Markdown a hiring manager copies out.
#include <algorithm>

#include "model/hiring.h"

namespace mlt {
namespace {
constexpr std::string_view kSeniorityIds[] = {"junior", "mid", "senior", "lead"};
constexpr std::string_view kSeniorityLabels[] = {"Junior", "Mid-level", "Senior", "Lead"};

bool Has(const std::vector<Skill>& v, Skill s) { return std::find(v.begin(), v.end(), s) != v.end(); }

bool RoleHasTool(const RoleInfo& r, const std::string& tool) {
  return std::find(r.tools.begin(), r.tools.end(), tool) != r.tools.end();
}
}  // namespace

std::string_view SeniorityId(Seniority s) { return kSeniorityIds[static_cast<int>(s)]; }
std::string_view SeniorityLabel(Seniority s) { return kSeniorityLabels[static_cast<int>(s)]; }

JobDescription JobFromRole(const RoleInfo& role, std::string id) {
  JobDescription jd;
  jd.id = std::move(id);
  jd.role = role.id;
  jd.title = role.name;
  for (int s = 0; s < kSkillCount; ++s) {
    if (role.skills[s] >= kStrengthLevel) jd.must_skills.push_back(Skill(s));
    else if (role.skills[s] >= 3.0) jd.nice_skills.push_back(Skill(s));
  }
  for (size_t i = 0; i < role.tools.size() && i < 2; ++i) jd.must_tools.push_back(role.tools[i]);
  for (size_t i = 2; i < role.tools.size(); ++i) jd.nice_tools.push_back(role.tools[i]);
  return jd;
}

UnicornCheck CheckUnicorn(const JobDescription& jd, const Content& content) {
  UnicornCheck u;
  u.too_many = int(jd.must_skills.size() + jd.must_tools.size()) > kMaxMustHaves;
  // Can one role's typical profile carry every must-have skill as a strength?
  bool one_role = jd.must_skills.empty();
  for (const RoleInfo& r : content.roles) {
    bool all = true;
    for (Skill s : jd.must_skills) all = all && r.skills[int(s)] >= kStrengthLevel;
    one_role = one_role || all;
  }
  if (!one_role) {
    // The roles that together cover the must-haves: for each skill, the role
    // strongest in it (the chosen role first when it is strong enough).
    const RoleInfo* own = content.FindRole(jd.role);
    for (Skill s : jd.must_skills) {
      const RoleInfo* best = own && own->skills[int(s)] >= kStrengthLevel ? own : nullptr;
      if (!best)
        for (const RoleInfo& r : content.roles)
          if (!best || r.skills[int(s)] > best->skills[int(s)]) best = &r;
      if (best && std::find(u.spanned.begin(), u.spanned.end(), best) == u.spanned.end()) u.spanned.push_back(best);
    }
  }
  const RoleInfo* own = content.FindRole(jd.role);
  for (const std::string& tool : jd.must_tools) {
    if (own && RoleHasTool(*own, tool)) continue;
    for (const RoleInfo& r : content.roles)
      if (&r != own && RoleHasTool(r, tool) &&
          std::find(u.tool_roles.begin(), u.tool_roles.end(), &r) == u.tool_roles.end())
        u.tool_roles.push_back(&r);
  }
  u.unicorn = u.too_many || u.spanned.size() >= 2 || u.tool_roles.size() >= 2;
  return u;
}

std::vector<HiringNote> JobDescriptionNotes(const JobDescription& jd, const Content& content) {
  std::vector<HiringNote> notes;
  using K = HiringNote::Kind;
  UnicornCheck u = CheckUnicorn(jd, content);
  auto names = [](const std::vector<const RoleInfo*>& roles) {
    std::string s;
    for (size_t i = 0; i < roles.size(); ++i)
      s += (i == 0 ? "" : i + 1 == roles.size() ? " and " : ", ") + roles[i]->name;
    return s;
  };
  if (u.spanned.size() >= 2)
    notes.push_back({K::Warning, "unicorn_roles",
                     "Unicorn: no single role is strong in all the must-have skills; together they span the "
                     "profiles of " + names(u.spanned) + ". Decide which part you need most and make the rest nice-to-have."});
  if (u.tool_roles.size() >= 2)
    notes.push_back({K::Warning, "unicorn_tools",
                     "Unicorn: the must-have tools belong to other roles (" + names(u.tool_roles) +
                         "). Keep the tools this person will use every day."});
  if (u.too_many)
    notes.push_back({K::Warning, "too_many_must",
                     std::to_string(jd.must_skills.size() + jd.must_tools.size()) +
                         " must-haves reads as a wish list; keep " + std::to_string(kMaxMustHaves) +
                         " or fewer and move the rest to nice-to-have."});
  if (jd.must_skills.empty())
    notes.push_back({K::Warning, "no_must_skills", "No must-have skill: say which strength the interviews must confirm."});
  // A sentence or two about the actual work: shorter than this says nothing specific.
  if (jd.what_you_will_do.size() < 60)
    notes.push_back({K::Warning, "missing_specifics",
                     "Say what the person will actually do (the problems, the systems, the first months). "
                     "Nobody covers everything from DevOps to new algorithms."});
  const RoleInfo* role = content.FindRole(jd.role);
  bool core = role && role->hiring_group == "core_ml";
  for (const NamedText& a : content.engineer_advice) {
    if (a.id == "software_plus_interest" && core && Has(jd.must_skills, Skill::Ml) && jd.role == "ml_engineer")
      notes.push_back({K::Suggestion, a.id, a.name + ": " + a.text});
    if (a.id == "junior_talent" && jd.seniority >= Seniority::Senior)
      notes.push_back({K::Suggestion, a.id, a.name + ": " + a.text});
  }
  if (jd.role == "ml_researcher")
    for (const NamedText& a : content.researcher_advice)
      notes.push_back({K::Suggestion, a.id, a.name + ": " + a.text});
  return notes;
}

namespace {
struct JdLines {
  std::string title, intro, work;
  Texts must, nice;
};
JdLines Lines(const JobDescription& jd, const Content& content) {
  JdLines l;
  const RoleInfo* role = content.FindRole(jd.role);
  l.title = std::string(SeniorityLabel(jd.seniority)) + " " + jd.title;
  if (role) l.intro = role->summary;
  l.work = jd.what_you_will_do;
  for (Skill s : jd.must_skills) l.must.push_back(std::string(SkillLabel(s)));
  for (const std::string& t : jd.must_tools) l.must.push_back("Experience with " + t);
  for (Skill s : jd.nice_skills) l.nice.push_back(std::string(SkillLabel(s)));
  for (const std::string& t : jd.nice_tools) l.nice.push_back("Experience with " + t);
  return l;
}
std::string Render(const JdLines& l, bool markdown) {
  std::string out = markdown ? "# " + l.title + "\n\n" : l.title + "\n" + std::string(l.title.size(), '=') + "\n\n";
  if (!l.intro.empty()) out += l.intro + "\n\n";
  auto section = [&](const char* heading, const Texts& items, const std::string& text) {
    if (items.empty() && text.empty()) return;
    out += markdown ? std::string("## ") + heading + "\n\n" : std::string(heading) + "\n";
    if (!text.empty()) out += text + "\n";
    for (const std::string& i : items) out += (markdown ? "- " : "  * ") + i + "\n";
    out += "\n";
  };
  section("What you will do", {}, l.work);
  section("What you need", l.must, {});
  section("Nice to have", l.nice, {});
  while (out.size() > 1 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
  return out;
}
}  // namespace

std::string JobDescriptionText(const JobDescription& jd, const Content& content) {
  return Render(Lines(jd, content), false);
}
std::string JobDescriptionMarkdown(const JobDescription& jd, const Content& content) {
  return Render(Lines(jd, content), true);
}

}  // namespace mlt
