// Hiring section basics (equality, look-ups) and the two self-assessments:
// the employer pitch against what practitioners want, and the job seeker's
// ladder of ways to stand out.
#include <algorithm>

#include "model/hiring.h"

namespace mlt {

bool LoopInterview::operator==(const LoopInterview& o) const {
  return id == o.id && assessment == o.assessment && name == o.name && skills == o.skills && minutes == o.minutes;
}
bool JobDescription::operator==(const JobDescription& o) const {
  return id == o.id && title == o.title && role == o.role && seniority == o.seniority &&
         what_you_will_do == o.what_you_will_do && must_skills == o.must_skills && nice_skills == o.nice_skills &&
         must_tools == o.must_tools && nice_tools == o.nice_tools && loop == o.loop;
}
bool Scorecard::operator==(const Scorecard& o) const {
  return interview == o.interview && interviewer == o.interviewer && ratings == o.ratings && notes == o.notes &&
         recommendation == o.recommendation;
}
bool Candidate::operator==(const Candidate& o) const {
  return person == o.person && job == o.job && scorecards == o.scorecards;
}
bool FunnelChannel::operator==(const FunnelChannel& o) const {
  return channel == o.channel && enabled == o.enabled && per_month == o.per_month && rates == o.rates;
}
bool Funnel::operator==(const Funnel& o) const {
  return target_hires == o.target_hires && process_min == o.process_min && process_likely == o.process_likely &&
         process_max == o.process_max && channels == o.channels;
}
bool Hiring::operator==(const Hiring& o) const {
  return jobs == o.jobs && candidates == o.candidates && funnel == o.funnel && pitch == o.pitch && ladder == o.ladder;
}
bool Hiring::Empty() const { return *this == Hiring{}; }

const JobDescription* Hiring::FindJob(std::string_view id) const {
  for (const JobDescription& j : jobs)
    if (j.id == id) return &j;
  return nullptr;
}
JobDescription* Hiring::FindJob(std::string_view id) {
  return const_cast<JobDescription*>(static_cast<const Hiring*>(this)->FindJob(id));
}
const Candidate* Hiring::FindCandidate(std::string_view person) const {
  for (const Candidate& c : candidates)
    if (c.person == person) return &c;
  return nullptr;
}
Candidate* Hiring::FindCandidate(std::string_view person) {
  return const_cast<Candidate*>(static_cast<const Hiring*>(this)->FindCandidate(person));
}

std::vector<const PractitionerWant*> WeakestWants(const Hiring& h, const Content& content, size_t n) {
  std::vector<std::pair<int, const PractitionerWant*>> scored;
  for (const PractitionerWant& w : content.practitioner_wants) {
    auto it = h.pitch.find(w.id);
    int score = it == h.pitch.end() ? 0 : it->second.score;
    if (score > 0) scored.push_back({score, &w});
  }
  // Stable: ties keep the lecture's order.
  std::stable_sort(scored.begin(), scored.end(), [](auto& a, auto& b) { return a.first < b.first; });
  std::vector<const PractitionerWant*> out;
  for (size_t i = 0; i < scored.size() && out.size() < n; ++i)
    if (scored[i].first <= 3) out.push_back(scored[i].second);
  return out;
}

std::vector<std::string> LadderPlan(const Hiring& h, const Content& content) {
  std::vector<std::string> steps;
  for (const StandOutLevel& l : content.standing_out) {
    auto it = h.ladder.find(l.id);
    LadderStatus st = it == h.ladder.end() ? LadderStatus::NotStarted : it->second.status;
    if (st == LadderStatus::Done) continue;
    std::string step = (st == LadderStatus::InProgress ? "Finish: " : "Next: ") + l.name;
    if (!l.examples.empty()) {
      step += " (for example: ";
      for (size_t i = 0; i < l.examples.size(); ++i) step += (i ? "; " : "") + l.examples[i];
      step += ")";
    }
    steps.push_back(step);
    // Two rungs at a time: the ladder is climbed in order.
    if (steps.size() == 2) break;
  }
  return steps;
}

}  // namespace mlt
