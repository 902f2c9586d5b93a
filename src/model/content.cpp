// [SECTION] Reader  [SECTION] Files  [SECTION] Cross-references  [SECTION] Loading
#include "model/content.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <set>
#include <sstream>

#include "model/json_reader.h"
#include "model/json_util.h"

namespace mlt {
using nlohmann::json;

// [SECTION] Reader
namespace {

template <class T>
bool UniqueIds(const std::vector<T>& items, std::string* dup) {
  std::set<std::string> seen;
  for (const auto& it : items)
    if (!seen.insert(it.id).second) { *dup = it.id; return false; }
  return true;
}

bool ReadTool(In& in, ToolLink* tool) {
  const json* t = in.Get("tool", false);
  if (!t || t->is_null()) return true;
  In tin = in.Child("tool");
  return tin.Str("view", &tool->view) && tin.Str("label", &tool->label);
}

void ReadNamedText(In& in, NamedText& t, const char* text_key) {
  in.Str("id", &t.id) && in.Str("name", &t.name, text_key != std::string("text")) && in.Str(text_key, &t.text);
}

// [SECTION] Files
void ReadRoles(In& root, Content& c) {
  root.List("skills", &c.skills, kSkillCount, [](In& in, SkillInfo& s) {
    in.Str("id", &s.id) && in.Str("name", &s.name) && in.Str("description", &s.description);
  });
  In chart = root.Child("chart");
  chart.Str("communication_rule", &c.communication_rule);
  chart.List("editions", &c.chart_editions, 2, [](In& in, ChartEdition& e) {
    in.Str("id", &e.id) && in.Str("label", &e.label) && in.Str("description", &e.description);
  });
  root.List("roles", &c.roles, 6, [](In& in, RoleInfo& r) {
    if (!(in.Str("id", &r.id) && in.Str("name", &r.name) && in.Str("short", &r.short_name) &&
          in.Str("summary", &r.summary) && in.Strs("responsibilities", &r.responsibilities) &&
          in.Strs("work_products", &r.work_products) && in.Strs("tools", &r.tools) &&
          in.Strs("backgrounds", &r.backgrounds) && in.Str("hiring_group", &r.hiring_group)))
      return;
    In skills = in.Child("skills");
    for (int s = 0; s < kSkillCount && skills.ok(); ++s)
      skills.Num(std::string(SkillId(Skill(s))).c_str(), &r.skills[s], kSkillMin, kSkillMax);
    if (!skills.ok()) return;
    for (auto it = skills.raw().begin(); it != skills.raw().end(); ++it)
      if (!SkillFromId(it.key())) { skills.Fail(it.key().c_str(), "is not a skill dimension"); return; }
    In chart = in.Child("chart");
    auto pos = [](In p, ChartPos* out) {
      return p.Num("x", &out->x, 0, 1) && p.Num("y", &out->y, 0, 1) && p.Num("d", &out->d, 0.001, 0.5);
    };
    if (!pos(chart.Child("original"), &r.chart_original)) return;
    const json* later = chart.Get("later", true);
    if (later && !later->is_null()) {
      ChartPos p;
      if (pos(chart.Child("later"), &p)) r.chart_later = p;
    }
  });
}

void ReadArchetypes(In& root, Content& c) {
  root.List("archetypes", &c.archetypes, 5, [](In& in, Archetype& a) {
    in.Str("id", &a.id) && in.Str("name", &a.name) && in.Str("short", &a.short_name) &&
        in.Str("summary", &a.summary) && in.Strs("traits", &a.traits) &&
        in.Strs("typical_organisations", &a.typical_organisations) && in.Strs("advantages", &a.advantages) &&
        in.Strs("difficulties", &a.difficulties) && in.Str("design_column", &a.design_column, false);
  });
}

void ReadDesignChoices(In& root, Content& c) {
  root.List("columns", &c.design_columns, 4, [](In& in, DesignColumn& col) {
    in.Str("id", &col.id) && in.Str("label", &col.label) && in.Str("archetype", &col.archetype);
  });
  root.List("dimensions", &c.design_dimensions, 3, [](In& in, DesignDimension& d) {
    if (!(in.Str("id", &d.id) && in.Str("name", &d.name) && in.Str("question", &d.question))) return;
    if (!in.List("options", &d.options, 4, [](In& o, DesignOption& opt) {
          o.Str("id", &opt.id) && o.Str("label", &opt.label);
        }))
      return;
    In cells = in.Child("cells");
    for (auto it = cells.raw().begin(); it != cells.raw().end() && cells.ok(); ++it) {
      In cell = cells.Child(it.key().c_str());
      DesignCell dc;
      if (cell.Str("option", &dc.option) && cell.Strs("points", &dc.points)) d.cells[it.key()] = dc;
    }
  });
}

void ReadManagement(In& root, Content& c) {
  root.List("why_harder", &c.why_harder, 5, [](In& in, NamedText& t) { ReadNamedText(in, t, "text"); });
  root.List("challenges", &c.challenges, 4, [](In& in, NamedText& t) { ReadNamedText(in, t, "explanation"); });
  root.List("practices", &c.practices, 6, [](In& in, Practice& p) {
    in.Str("id", &p.id) && in.Str("name", &p.name) && in.Str("explanation", &p.explanation) && ReadTool(in, &p.tool);
  });
}

void ReadHiring(In& root, Content& c) {
  In gap = root.Child("talent_gap");
  TalentGap& g = c.talent_gap;
  gap.Num("experienced_min", &g.experienced_min, 1, 1e9) && gap.Str("experienced_min_source", &g.experienced_min_source) &&
      gap.Num("experienced_max_low", &g.experienced_max_low, 1, 1e9) && gap.Num("experienced_max", &g.experienced_max, 1, 1e9) &&
      gap.Str("experienced_max_source", &g.experienced_max_source) && gap.Num("developers_us", &g.developers_us, 1, 1e10) &&
      gap.Num("developers_world", &g.developers_world, 1, 1e10) && gap.Str("explanation", &g.explanation);
  root.List("role_groups", &c.role_groups, 3, [](In& in, RoleGroup& r) {
    in.Str("id", &r.id) && in.Str("name", &r.name) && in.Strs("roles", &r.roles) && in.Str("advice", &r.advice);
  });
  root.List("engineer_advice", &c.engineer_advice, 3, [](In& in, NamedText& t) { ReadNamedText(in, t, "text"); });
  root.List("researcher_advice", &c.researcher_advice, 4, [](In& in, NamedText& t) { ReadNamedText(in, t, "text"); });
  root.List("channels", &c.channels, 6, [](In& in, Channel& ch) {
    in.Str("id", &ch.id) && in.Str("name", &ch.name) && in.Str("description", &ch.description);
  });
  root.List("sourcing", &c.sourcing, 4, [](In& in, SourcingIdea& s) {
    in.Str("id", &s.id) && in.Str("name", &s.name) && in.Str("text", &s.text) && in.Strs("channels", &s.channels);
  });
  root.List("practitioner_wants", &c.practitioner_wants, 5, [](In& in, PractitionerWant& w) {
    in.Str("id", &w.id) && in.Str("want", &w.want) && in.Str("stand_out", &w.stand_out);
  });
  root.Str("interview_principle", &c.interview_principle);
  root.List("assessments", &c.assessments, 9, [](In& in, Assessment& a) {
    Texts skills;
    double minutes = 0;
    if (!(in.Str("id", &a.id) && in.Str("name", &a.name) && in.Str("description", &a.description) &&
          in.Strs("skills", &skills) && in.Num("minutes", &minutes, 5, 600)))
      return;
    a.minutes = int(minutes);
    for (const auto& s : skills) {
      auto skill = SkillFromId(s);
      if (!skill) { in.Fail("skills", "\"" + s + "\" is not a skill dimension"); return; }
      a.skills.push_back(*skill);
    }
  });
  root.List("job_sources", &c.job_sources, 3, [](In& in, NamedText& t) { ReadNamedText(in, t, "text"); });
  root.List("standing_out", &c.standing_out, 5, [](In& in, StandOutLevel& s) {
    double level = 0;
    if (in.Num("level", &level, 1, 5)) s.level = int(level);
    in.Str("id", &s.id) && in.Str("name", &s.name) && in.Strs("examples", &s.examples);
  });
}

void ReadLearn(In& root, Content& c) {
  root.List("parts", &c.learn, 5, [](In& in, LearnPart& p) {
    in.Str("id", &p.id) && in.Str("title", &p.title) && in.Str("intro", &p.intro) &&
        in.List("sections", &p.sections, 0, [](In& s, LearnSection& sec) {
          s.Str("id", &sec.id) && s.Str("title", &sec.title) && s.Strs("paragraphs", &sec.paragraphs) &&
              s.Str("shows", &sec.shows, false) && ReadTool(s, &sec.tool);
        });
  });
}

// Read after archetypes.json and design_choices.json (see ParseContent), so
// weight keys and design advice are checked against them here, where the
// error can name the exact item.
void ReadAssessment(In& root, Content& c) {
  if (!root.List("questions", &c.questionnaire, 0, [&c](In& in, AssessmentQuestion& q) {
        if (!(in.Str("id", &q.id) && in.Str("text", &q.text) && in.Str("help", &q.help, false))) return;
        if (!in.List("options", &q.options, 0, [&c](In& o, AssessmentOption& opt) {
              if (!(o.Str("id", &opt.id) && o.Str("label", &opt.label))) return;
              In w = o.Child("weights");
              int total = 0;
              for (auto it = w.raw().begin(); it != w.raw().end() && w.ok(); ++it) {
                if (!c.FindArchetype(it.key())) { w.Fail(it.key().c_str(), "is not an archetype"); return; }
                double points = 0;
                if (!w.Num(it.key().c_str(), &points, 0, 3)) return;
                if (points != std::floor(points)) { w.Fail(it.key().c_str(), "must be a whole number"); return; }
                opt.weights[it.key()] = int(points);
                total += int(points);
              }
              if (w.ok() && total == 0) { o.Fail("weights", "must give at least one archetype a point"); return; }
              o.Str("reading", &opt.reading);
            }))
          return;
        if (q.options.size() < 2 || q.options.size() > 6)
          in.Fail("options", "expected 2 to 6 options, found " + std::to_string(q.options.size()));
      }))
    return;
  if (c.questionnaire.size() < 10 || c.questionnaire.size() > 15) {
    root.Fail("questions", "expected 10 to 15 questions, found " + std::to_string(c.questionnaire.size()));
    return;
  }
  In advice = root.Child("design_advice");
  for (auto it = advice.raw().begin(); it != advice.raw().end() && advice.ok(); ++it) {
    const DesignDimension* dim = nullptr;
    for (const auto& d : c.design_dimensions)
      if (d.id == it.key()) dim = &d;
    if (!dim) { advice.Fail(it.key().c_str(), "is not a design dimension"); return; }
    In per = advice.Child(it.key().c_str());
    for (auto o = per.raw().begin(); o != per.raw().end() && per.ok(); ++o) {
      bool known = std::any_of(dim->options.begin(), dim->options.end(), [&](const DesignOption& x) { return x.id == o.key(); });
      if (!known) { per.Fail(o.key().c_str(), "is not an option of this design dimension"); return; }
      per.Str(o.key().c_str(), &c.design_advice[it.key()][o.key()]);
    }
  }
  for (const auto& d : c.design_dimensions)
    for (const auto& o : d.options)
      if (advice.ok() && !c.design_advice[d.id].count(o.id)) {
        advice.Fail((d.id + "." + o.id).c_str(), "is missing");
        return;
      }
}

// [SECTION] Cross-references
struct Checker {
  std::string error;
  bool Fail(const std::string& file, const std::string& what) {
    if (error.empty()) error = file + ": " + what;
    return false;
  }
  template <class T>
  bool Unique(const std::string& file, const char* list, const std::vector<T>& items) {
    std::string dup;
    return UniqueIds(items, &dup) || Fail(file, std::string(list) + ": the id \"" + dup + "\" is used twice");
  }
  template <class T>
  static bool Has(const std::vector<T>& items, const std::string& id) {
    return std::any_of(items.begin(), items.end(), [&](const T& t) { return t.id == id; });
  }
};

bool IsView(const std::string& v) {
  static const char* const kViews[] = {"learn", "roles", "skills", "org", "plan", "hiring"};
  return std::any_of(std::begin(kViews), std::end(kViews), [&](const char* k) { return v == k; });
}

bool CheckReferences(const Content& c, std::string* error) {
  Checker k;
  bool ok = true;
  for (int s = 0; s < kSkillCount && ok; ++s)
    ok = c.skills[s].id == SkillId(Skill(s)) ||
         k.Fail("roles.json", "skills[" + std::to_string(s) + "].id: expected \"" + std::string(SkillId(Skill(s))) +
                                  "\", found \"" + c.skills[s].id + "\"");
  ok = ok && k.Unique("roles.json", "roles", c.roles) && k.Unique("archetypes.json", "archetypes", c.archetypes) &&
            k.Unique("design_choices.json", "columns", c.design_columns) &&
            k.Unique("design_choices.json", "dimensions", c.design_dimensions) &&
            k.Unique("management.json", "challenges", c.challenges) &&
            k.Unique("management.json", "practices", c.practices) &&
            k.Unique("hiring.json", "role_groups", c.role_groups) && k.Unique("hiring.json", "channels", c.channels) &&
            k.Unique("hiring.json", "sourcing", c.sourcing) && k.Unique("hiring.json", "assessments", c.assessments) &&
            k.Unique("hiring.json", "practitioner_wants", c.practitioner_wants) &&
            k.Unique("hiring.json", "standing_out", c.standing_out) && k.Unique("learn.json", "parts", c.learn) &&
            k.Unique("assessment.json", "questions", c.questionnaire);
  for (const auto& q : c.questionnaire)
    ok = ok && k.Unique("assessment.json", ("questions." + q.id + ".options").c_str(), q.options);
  for (const auto& r : c.roles)
    ok = ok && (Checker::Has(c.role_groups, r.hiring_group) ||
                k.Fail("roles.json", "roles." + r.id + ".hiring_group: \"" + r.hiring_group + "\" is not a role group of hiring.json"));
  std::set<std::string> grouped;
  for (const auto& g : c.role_groups)
    for (const auto& r : g.roles) {
      ok = ok && (c.FindRole(r) || k.Fail("hiring.json", "role_groups." + g.id + ": \"" + r + "\" is not a role"));
      ok = ok && (grouped.insert(r).second || k.Fail("hiring.json", "role_groups: \"" + r + "\" is in two groups"));
    }
  ok = ok && (grouped.size() == c.roles.size() || k.Fail("hiring.json", "role_groups: every role must be in a group"));
  for (const auto& a : c.archetypes)
    ok = ok && (a.design_column.empty() || Checker::Has(c.design_columns, a.design_column) ||
                k.Fail("archetypes.json", a.id + ".design_column: \"" + a.design_column + "\" is not a column"));
  for (const auto& col : c.design_columns)
    ok = ok && (c.FindArchetype(col.archetype) ||
                k.Fail("design_choices.json", "columns." + col.id + ".archetype: \"" + col.archetype + "\" is not an archetype"));
  for (const auto& d : c.design_dimensions) {
    ok = ok && k.Unique("design_choices.json", ("dimensions." + d.id + ".options").c_str(), d.options);
    for (const auto& col : c.design_columns)
      ok = ok && (d.cells.count(col.id) || k.Fail("design_choices.json", "dimensions." + d.id + ".cells: no cell for \"" + col.id + "\""));
    for (const auto& [col, cell] : d.cells) {
      ok = ok && (Checker::Has(c.design_columns, col) ||
                  k.Fail("design_choices.json", "dimensions." + d.id + ".cells." + col + ": not a column"));
      ok = ok && (Checker::Has(d.options, cell.option) ||
                  k.Fail("design_choices.json", "dimensions." + d.id + ".cells." + col + ".option: \"" + cell.option + "\" is not an option"));
    }
  }
  for (const auto& s : c.sourcing)
    for (const auto& ch : s.channels)
      ok = ok && (Checker::Has(c.channels, ch) || k.Fail("hiring.json", "sourcing." + s.id + ".channels: \"" + ch + "\" is not a channel"));
  for (size_t i = 0; i < c.standing_out.size(); ++i)
    ok = ok && (c.standing_out[i].level == int(i) + 1 ||
                k.Fail("hiring.json", "standing_out[" + std::to_string(i) + "].level: levels must run 1 to 5 in order"));
  for (const auto& p : c.practices)
    ok = ok && (p.tool.view.empty() || IsView(p.tool.view) ||
                k.Fail("management.json", "practices." + p.id + ".tool.view: \"" + p.tool.view + "\" is not a view"));
  static const char* const kShows[] = {"roles", "skills_chart", "archetypes", "design_choices", "why_harder",
                                       "challenges", "practices", "talent_gap", "role_groups", "engineer_advice",
                                       "researcher_advice", "sourcing", "practitioner_wants", "assessments",
                                       "job_sources", "standing_out"};
  std::set<std::string> section_ids;
  for (const auto& part : c.learn)
    for (const auto& s : part.sections) {
      ok = ok && (section_ids.insert(s.id).second || k.Fail("learn.json", "section id \"" + s.id + "\" is used twice"));
      ok = ok && (s.tool.view.empty() || IsView(s.tool.view) ||
                  k.Fail("learn.json", part.id + "." + s.id + ".tool.view: \"" + s.tool.view + "\" is not a view"));
      ok = ok && (s.shows.empty() ||
                  std::any_of(std::begin(kShows), std::end(kShows), [&](const char* x) { return s.shows == x; }) ||
                  k.Fail("learn.json", part.id + "." + s.id + ".shows: \"" + s.shows + "\" is not something the view can show"));
    }
  if (!ok) *error = k.error;
  return ok;
}

}  // namespace

// [SECTION] Loading
const RoleInfo* Content::FindRole(std::string_view id) const {
  for (const auto& r : roles)
    if (r.id == id) return &r;
  return nullptr;
}
const Archetype* Content::FindArchetype(std::string_view id) const {
  for (const auto& a : archetypes)
    if (a.id == id) return &a;
  return nullptr;
}
const AssessmentQuestion* Content::FindQuestion(std::string_view id) const {
  for (const auto& q : questionnaire)
    if (q.id == id) return &q;
  return nullptr;
}
const AssessmentOption* AssessmentQuestion::FindOption(std::string_view id) const {
  for (const auto& o : options)
    if (o.id == id) return &o;
  return nullptr;
}
const LearnSection* Content::FindLearnSection(std::string_view id, const LearnPart** part) const {
  for (const auto& p : learn)
    for (const auto& s : p.sections)
      if (s.id == id) {
        if (part) *part = &p;
        return &s;
      }
  return nullptr;
}

ContentResult ParseContent(const std::map<std::string, std::string>& files) {
  ContentResult r;
  using ReadFn = void (*)(In&, Content&);
  const std::pair<const char*, ReadFn> readers[] = {
      {"roles.json", ReadRoles},     {"archetypes.json", ReadArchetypes}, {"design_choices.json", ReadDesignChoices},
      {"management.json", ReadManagement}, {"hiring.json", ReadHiring},   {"learn.json", ReadLearn},
      {"assessment.json", ReadAssessment}};  // after archetypes and design choices: it refers to both
  for (const auto& [name, read] : readers) {
    auto it = files.find(name);
    if (it == files.end()) { r.error = std::string(name) + ": the file is missing"; return r; }
    size_t at = 0;
    json j = ParseJson(it->second, &at);
    if (j.is_discarded()) { r.error = std::string(name) + ": not valid JSON (error at byte " + std::to_string(at) + ")"; return r; }
    std::string err;
    In root(j, "", &err);
    if (root.ok()) read(root, r.content);
    if (!err.empty()) {
      // Paths start with "." for fields of the root object; drop it.
      r.error = std::string(name) + ": " + (err[0] == '.' ? err.substr(1) : err);
      return r;
    }
  }
  if (!CheckReferences(r.content, &r.error)) return r;
  r.ok = true;
  return r;
}

ContentResult LoadContentDir(const std::string& dir) {
  std::map<std::string, std::string> files;
  for (const char* name : kContentFiles) {
    std::ifstream f(dir + "/" + name, std::ios::binary);
    if (!f) continue;  // reported as missing by ParseContent
    std::ostringstream s;
    s << f.rdbuf();
    files[name] = s.str();
  }
  return ParseContent(files);
}

}  // namespace mlt
