// Interview loops: which interview tests which dimension (the coverage
// matrix), and the lecture's rule for a balanced loop: validate the
// strengths the role needs in depth, check the weaker sides for a minimum bar.
#include <algorithm>

#include "model/hiring.h"

namespace mlt {

LoopInterview InterviewFromAssessment(const Assessment& a, std::string id) {
  LoopInterview li;
  li.id = std::move(id);
  li.assessment = a.id;
  li.name = a.name;
  li.skills = a.skills;
  li.minutes = a.minutes;
  return li;
}

bool IsStrength(const JobDescription& jd, const Content& content, Skill s) {
  if (std::find(jd.must_skills.begin(), jd.must_skills.end(), s) != jd.must_skills.end()) return true;
  const RoleInfo* role = content.FindRole(jd.role);
  return role && role->skills[int(s)] >= kStrengthLevel;
}

LoopCoverage AnalyseLoop(const JobDescription& jd, const Content& content) {
  LoopCoverage c;
  using K = HiringNote::Kind;
  for (const LoopInterview& li : jd.loop) c.total_minutes += li.minutes;
  for (int s = 0; s < kSkillCount; ++s) {
    CoverageRow row;
    row.skill = Skill(s);
    row.strength = IsStrength(jd, content, row.skill);
    row.must_have = std::find(jd.must_skills.begin(), jd.must_skills.end(), row.skill) != jd.must_skills.end();
    for (size_t i = 0; i < jd.loop.size(); ++i) {
      const auto& sk = jd.loop[i].skills;
      if (std::find(sk.begin(), sk.end(), row.skill) != sk.end()) row.interviews.push_back(int(i));
    }
    size_t n = row.interviews.size();
    if (n == 0) row.state = CoverageRow::State::Untested;
    else if (n >= 2) row.state = CoverageRow::State::Deep;
    else row.state = row.strength ? CoverageRow::State::Once : CoverageRow::State::Minimum;
    c.rows.push_back(std::move(row));
  }
  if (jd.loop.empty()) {
    c.notes.push_back({K::Warning, "empty_loop", "The loop has no interviews yet: add the assessments that test the must-haves."});
    return c;
  }
  for (const CoverageRow& r : c.rows) {
    std::string name(SkillLabel(r.skill));
    if (r.must_have && r.interviews.empty())
      c.notes.push_back({K::Warning, "untested_must", "Must-have \"" + name + "\" is not tested by any interview."});
    else if (r.strength && r.interviews.size() == 1)
      c.notes.push_back({K::Warning, "tested_once",
                         "\"" + name + "\" is a strength for this role but only one interview tests it: "
                         "one interviewer's opinion decides it. Add a second interview for depth."});
  }
  // Every role needs both ML and software checked, in different proportions.
  for (Skill s : {Skill::Ml, Skill::Software})
    if (c.rows[int(s)].interviews.empty())
      c.notes.push_back({K::Warning, "minimum_bar",
                         std::string(SkillLabel(s)) + " is never checked: test it at least for a minimum bar."});
  if (c.total_minutes > kMaxLoopMinutes)
    c.notes.push_back({K::Warning, "too_long",
                       "The loop takes " + std::to_string(c.total_minutes / 60) + " h " +
                           std::to_string(c.total_minutes % 60) + " min of the candidate's time; above " +
                           std::to_string(kMaxLoopMinutes / 60) + " h strong candidates drop out. Cut or shorten an interview."});
  return c;
}

// [SECTION] Scorecards
namespace {
constexpr std::string_view kRatingLabels[] = {"Not rated", "Strong no", "No", "Yes", "Strong yes"};
}
std::string_view RatingLabel(int rating) {
  return rating >= 0 && rating <= kRatingMax ? kRatingLabels[rating] : "Not rated";
}

CandidateSummary SummariseCandidate(const Candidate& c, const JobDescription& jd, const Content& content,
                                    const SkillLevels& fallback) {
  CandidateSummary sum;
  sum.scorecards = int(c.scorecards.size());
  sum.profile = fallback;
  const RoleInfo* role = content.FindRole(jd.role);
  int rec_n = 0;
  double rec_sum = 0;
  std::array<int, kSkillCount> n{};
  std::array<double, kSkillCount> total{};
  for (const Scorecard& sc : c.scorecards) {
    for (int s = 0; s < kSkillCount; ++s)
      if (sc.ratings[s] >= 1 && sc.ratings[s] <= kRatingMax) { ++n[s]; total[s] += sc.ratings[s]; }
    if (sc.recommendation >= 1 && sc.recommendation <= kRatingMax) { ++rec_n; rec_sum += sc.recommendation; }
  }
  bool all_cleared = true;
  for (int s = 0; s < kSkillCount; ++s) {
    Skill sk = Skill(s);
    bool must = std::find(jd.must_skills.begin(), jd.must_skills.end(), sk) != jd.must_skills.end();
    if (n[s] == 0) {
      if (must) sum.untested_must.push_back(sk);
      continue;
    }
    DimensionVerdict d;
    d.skill = sk;
    d.count = n[s];
    d.mean = total[s] / n[s];
    d.strength = IsStrength(jd, content, sk);
    // A strength needs a clear yes; a weaker side only has to lean yes.
    d.bar = d.strength ? 3.0 : 2.5;
    d.cleared = d.mean >= d.bar - 1e-9;
    all_cleared = all_cleared && d.cleared;
    double typical = role ? role->skills[s] : 5.0;
    sum.profile[s] = std::clamp(typical + (d.mean - 3.0) * kRatingStep, kSkillMin, kSkillMax);
    sum.dims.push_back(d);
  }
  sum.recommendation = rec_n ? rec_sum / rec_n : 0;
  sum.hire = sum.scorecards > 0 && !sum.dims.empty() && all_cleared && sum.untested_must.empty() &&
             (rec_n == 0 || sum.recommendation >= 2.5);
  return sum;
}

}  // namespace mlt
