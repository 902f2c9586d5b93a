// The "hiring" section of a workspace document (docs/workspace-schema.md):
// writing, and reading with validation that names the item and field.
#include <algorithm>
#include <cmath>
#include <set>

#include "model/hiring.h"
#include "model/json_reader.h"
#include "model/workspace.h"

namespace mlt {
using nlohmann::json;

namespace {
constexpr size_t kMaxItems = 10000;    // jobs, candidates, interviews, scorecards per list
constexpr size_t kMaxText = 64 * 1024;  // one text field

json SkillList(const std::vector<Skill>& v) {
  json a = json::array();
  for (Skill s : v) a.push_back(SkillId(s));
  return a;
}

bool ReadText(In& in, const char* key, std::string* out, bool required = false) {
  if (!in.Str(key, out, required)) return false;
  if (out->size() > kMaxText) return in.Fail(key, "is too long (" + std::to_string(out->size()) + " bytes)");
  return true;
}

bool ReadSkills(In& in, const char* key, std::vector<Skill>* out) {
  Texts ids;
  if (!in.Strs(key, &ids, 0, false)) return false;
  std::set<Skill> seen;
  for (const std::string& id : ids) {
    auto s = SkillFromId(id);
    if (!s) return in.Fail(key, "unknown skill \"" + id + "\"");
    if (!seen.insert(*s).second) return in.Fail(key, "lists \"" + id + "\" twice");
    out->push_back(*s);
  }
  return true;
}

bool ReadInt(In& in, const char* key, int* out, int lo, int hi, bool required) {
  if (!required && !in.Get(key, false)) return true;
  const json* v = in.Get(key, true);
  if (!v) return false;
  if (!v->is_number_integer()) return in.Fail(key, "must be a whole number");
  long long x = v->get<long long>();
  if (x < lo || x > hi) return in.Fail(key, "must be between " + std::to_string(lo) + " and " + std::to_string(hi));
  *out = int(x);
  return true;
}

template <class T, class F>
bool ReadList(In& in, const char* key, std::vector<T>* out, F&& each) {
  const json* v = in.Get(key, false);
  if (!v) return true;
  if (v->is_array() && v->size() > kMaxItems) return in.Fail(key, "has too many entries");
  return in.List(key, out, 0, each, true);
}

bool ReadInterview(In& in, LoopInterview& li) {
  return ReadText(in, "id", &li.id, true) && ReadText(in, "assessment", &li.assessment) &&
         ReadText(in, "name", &li.name, true) && ReadSkills(in, "skills", &li.skills) &&
         ReadInt(in, "minutes", &li.minutes, 1, 24 * 60, true);
}

bool ReadJob(In& in, JobDescription& jd) {
  int sen = int(jd.seniority);
  if (!ReadText(in, "id", &jd.id, true) || !ReadText(in, "title", &jd.title, true) ||
      !ReadText(in, "role", &jd.role, true) ||
      !in.OptEnum("seniority", &sen, {"junior", "mid", "senior", "lead"}) ||
      !ReadText(in, "what_you_will_do", &jd.what_you_will_do) || !ReadSkills(in, "must_skills", &jd.must_skills) ||
      !ReadSkills(in, "nice_skills", &jd.nice_skills) || !in.Strs("must_tools", &jd.must_tools, 0, false) ||
      !in.Strs("nice_tools", &jd.nice_tools, 0, false))
    return false;
  jd.seniority = Seniority(sen);
  for (Skill s : jd.must_skills)
    if (std::find(jd.nice_skills.begin(), jd.nice_skills.end(), s) != jd.nice_skills.end())
      return in.Fail("nice_skills", "\"" + std::string(SkillId(s)) + "\" is already a must-have");
  if (!ReadList(in, "loop", &jd.loop, ReadInterview)) return false;
  std::set<std::string> ids;
  for (const LoopInterview& li : jd.loop)
    if (!ids.insert(li.id).second) return in.Fail("loop", "the interview id \"" + li.id + "\" is used twice");
  return true;
}

bool ReadScorecard(In& in, Scorecard& sc) {
  if (!ReadText(in, "interview", &sc.interview, true) || !ReadText(in, "interviewer", &sc.interviewer) ||
      !ReadText(in, "notes", &sc.notes) || !ReadInt(in, "recommendation", &sc.recommendation, 0, kRatingMax, false))
    return false;
  const json* r = in.Get("ratings", false);
  if (!r) return true;
  if (!r->is_object()) return in.Fail("ratings", "must be an object of skill -> rating");
  for (auto it = r->begin(); it != r->end(); ++it) {
    auto s = SkillFromId(it.key());
    if (!s) return in.Fail("ratings", "unknown skill \"" + it.key() + "\"");
    // The scale has no neutral middle: 1..4 only, 0 for "not rated".
    if (!it->is_number_integer() || it->get<long long>() < 0 || it->get<long long>() > kRatingMax)
      return in.Fail("ratings", "\"" + it.key() + "\" must be a whole number from 1 (strong no) to 4 (strong yes)");
    sc.ratings[int(*s)] = int(it->get<long long>());
  }
  return true;
}

bool ReadCandidate(In& in, Candidate& c) {
  return ReadText(in, "person", &c.person, true) && ReadText(in, "job", &c.job, true) &&
         ReadList(in, "scorecards", &c.scorecards, ReadScorecard);
}

bool ReadChannel(In& in, FunnelChannel& c) {
  if (!ReadText(in, "channel", &c.channel, true) || !in.OptBool("enabled", &c.enabled) ||
      !in.Num("per_month", &c.per_month, 0, 1e6))
    return false;
  const char* keys[] = {"screen", "interview", "offer", "accept"};
  for (int s = 0; s < 4; ++s)
    if (!in.Num(keys[s], &c.rates[s], 0, 1)) return false;
  return true;
}

template <class T, class F>
bool ReadMap(In& in, std::string* err, const char* key, std::map<std::string, T>* out, F&& each) {
  const json* v = in.Get(key, false);
  if (!v) return true;
  if (!v->is_object()) return in.Fail(key, "must be an object");
  if (v->size() > 100) return in.Fail(key, "has too many entries");
  for (auto it = v->begin(); it != v->end(); ++it) {
    In item(*it, in.path() + "." + key + "." + it.key(), err);
    T value{};
    if (!item.ok() || !each(item, value)) return false;
    (*out)[it.key()] = value;
  }
  return true;
}
}  // namespace

json HiringToJson(const Hiring& h) {
  json jobs = json::array();
  for (const JobDescription& jd : h.jobs) {
    json loop = json::array();
    for (const LoopInterview& li : jd.loop)
      loop.push_back({{"id", li.id}, {"assessment", li.assessment}, {"name", li.name},
                      {"skills", SkillList(li.skills)}, {"minutes", li.minutes}});
    jobs.push_back({{"id", jd.id}, {"title", jd.title}, {"role", jd.role}, {"seniority", SeniorityId(jd.seniority)},
                    {"what_you_will_do", jd.what_you_will_do}, {"must_skills", SkillList(jd.must_skills)},
                    {"nice_skills", SkillList(jd.nice_skills)}, {"must_tools", jd.must_tools},
                    {"nice_tools", jd.nice_tools}, {"loop", std::move(loop)}});
  }
  json candidates = json::array();
  for (const Candidate& c : h.candidates) {
    json cards = json::array();
    for (const Scorecard& sc : c.scorecards) {
      json ratings = json::object();
      for (int s = 0; s < kSkillCount; ++s)
        if (sc.ratings[s]) ratings[std::string(SkillId(Skill(s)))] = sc.ratings[s];
      cards.push_back({{"interview", sc.interview}, {"interviewer", sc.interviewer}, {"ratings", ratings},
                       {"notes", sc.notes}, {"recommendation", sc.recommendation}});
    }
    candidates.push_back({{"person", c.person}, {"job", c.job}, {"scorecards", std::move(cards)}});
  }
  json channels = json::array();
  for (const FunnelChannel& c : h.funnel.channels)
    channels.push_back({{"channel", c.channel}, {"enabled", c.enabled}, {"per_month", c.per_month},
                        {"screen", c.rates[0]}, {"interview", c.rates[1]}, {"offer", c.rates[2]},
                        {"accept", c.rates[3]}});
  json pitch = json::object();
  for (const auto& [id, a] : h.pitch) pitch[id] = {{"score", a.score}, {"how", a.how}};
  json ladder = json::object();
  const char* statuses[] = {"not_started", "in_progress", "done"};
  for (const auto& [id, a] : h.ladder) ladder[id] = {{"status", statuses[int(a.status)]}, {"notes", a.notes}};
  return {{"jobs", std::move(jobs)},
          {"candidates", std::move(candidates)},
          {"funnel",
           {{"target_hires", h.funnel.target_hires},
            {"process_weeks", {h.funnel.process_min, h.funnel.process_likely, h.funnel.process_max}},
            {"channels", std::move(channels)}}},
          {"pitch", std::move(pitch)},
          {"ladder", std::move(ladder)}};
}

bool HiringFromJson(const json& j, Hiring* out, std::string* error) {
  error->clear();
  *out = Hiring{};
  In in(j, "hiring", error);
  if (!in.ok()) return false;
  if (!ReadList(in, "jobs", &out->jobs, ReadJob) || !ReadList(in, "candidates", &out->candidates, ReadCandidate))
    return false;
  std::set<std::string> ids;
  for (const JobDescription& jd : out->jobs)
    if (!ids.insert(jd.id).second) return in.Fail("jobs", "the id \"" + jd.id + "\" is used twice");
  std::set<std::string> people;
  for (const Candidate& c : out->candidates) {
    if (!ids.count(c.job)) return in.Fail("candidates", "\"" + c.person + "\" applies for an unknown job \"" + c.job + "\"");
    if (!people.insert(c.person).second) return in.Fail("candidates", "\"" + c.person + "\" is listed twice");
    const JobDescription* jd = out->FindJob(c.job);
    for (const Scorecard& sc : c.scorecards) {
      bool known = std::any_of(jd->loop.begin(), jd->loop.end(), [&](auto& li) { return li.id == sc.interview; });
      if (!known) return in.Fail("candidates", "a scorecard of \"" + c.person + "\" names an interview \"" + sc.interview + "\" that is not in the loop");
    }
  }
  if (const json* f = in.Get("funnel", false)) {
    In fi(*f, "hiring.funnel", error);
    if (!fi.ok() || !ReadInt(fi, "target_hires", &out->funnel.target_hires, 1, 1000, false)) return false;
    if (const json* pw = fi.Get("process_weeks", false)) {
      if (!pw->is_array() || pw->size() != 3 || !std::all_of(pw->begin(), pw->end(), [](auto& x) { return x.is_number(); }))
        return fi.Fail("process_weeks", "must be three numbers [min, likely, max]");
      double a = (*pw)[0].get<double>(), m = (*pw)[1].get<double>(), b = (*pw)[2].get<double>();
      if (!(a >= 0 && a <= m && m <= b && b <= 520))
        return fi.Fail("process_weeks", "must satisfy 0 <= min <= likely <= max <= 520");
      out->funnel.process_min = a, out->funnel.process_likely = m, out->funnel.process_max = b;
    }
    if (!ReadList(fi, "channels", &out->funnel.channels, ReadChannel)) return false;
  }
  if (!ReadMap(in, error, "pitch", &out->pitch, [](In& a, PitchAnswer& p) {
        return ReadInt(a, "score", &p.score, 0, 5, false) && ReadText(a, "how", &p.how);
      }))
    return false;
  if (!ReadMap(in, error, "ladder", &out->ladder, [](In& a, LadderAnswer& l) {
        int st = 0;
        if (!a.OptEnum("status", &st, {"not_started", "in_progress", "done"}) || !ReadText(a, "notes", &l.notes))
          return false;
        l.status = LadderStatus(st);
        return true;
      }))
    return false;
  return in.ok();
}

std::vector<std::string> MissingCandidatePeople(const Hiring& h, const std::vector<Person>& people) {
  std::vector<std::string> missing;
  for (const Candidate& c : h.candidates)
    if (std::none_of(people.begin(), people.end(), [&](const Person& p) { return p.id == c.person; }))
      missing.push_back(c.person);
  return missing;
}

}  // namespace mlt
