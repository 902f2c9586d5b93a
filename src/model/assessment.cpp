// [SECTION] Scores  [SECTION] Confidence  [SECTION] Drivers  [SECTION] Design comparison
#include "model/assessment.h"

#include <algorithm>

namespace mlt {
namespace {

struct Chosen {
  int number = 0;  // 1-based question number, content order
  const AssessmentQuestion* question = nullptr;
  const AssessmentOption* option = nullptr;
};

const DesignColumn* FindColumn(const Content& c, const std::string& id) {
  for (const auto& col : c.design_columns)
    if (col.id == id) return &col;
  return nullptr;
}

const DesignOption* FindDesignOption(const DesignDimension& d, const std::string& id) {
  for (const auto& o : d.options)
    if (o.id == id) return &o;
  return nullptr;
}

std::string Quoted(const std::string& s) { return "\u201c" + s + "\u201d"; }

// The archetype an option gives the most points (first in content order on a tie).
std::string PrimaryArchetype(const Content& c, const AssessmentOption& o) {
  std::string best;
  int most = -1;
  for (const auto& a : c.archetypes)
    if (o.Weight(a.id) > most) { most = o.Weight(a.id); best = a.id; }
  return best;
}

}  // namespace

AssessmentResult ScoreAssessment(const Content& content, const OrgAssessment& assessment) {
  AssessmentResult r;
  r.total = int(content.questionnaire.size());

  // [SECTION] Scores
  // Answers to unknown questions, or with options a question doesn't have, are skipped.
  std::vector<Chosen> chosen;
  for (size_t i = 0; i < content.questionnaire.size(); ++i) {
    const AssessmentQuestion& q = content.questionnaire[i];
    auto it = assessment.answers.find(q.id);
    if (it == assessment.answers.end()) continue;
    const AssessmentOption* o = q.FindOption(it->second);
    if (!o) continue;
    chosen.push_back({int(i) + 1, &q, o});
  }
  r.answered = int(chosen.size());
  double sum = 0;
  for (const auto& a : content.archetypes) {
    ArchetypeScore s;
    s.archetype = a.id;
    for (const Chosen& ch : chosen) s.points += ch.option->Weight(a.id);
    sum += s.points;
    r.scores.push_back(s);
  }
  for (auto& s : r.scores) s.share = sum > 0 ? s.points / sum : 0;
  std::stable_sort(r.scores.begin(), r.scores.end(),
                   [](const ArchetypeScore& x, const ArchetypeScore& y) { return x.points > y.points; });
  if (sum > 0) r.best = r.scores[0].archetype;

  // [SECTION] Confidence
  // lead = (best - runner-up) / best, the runner-up's shortfall relative to the
  // best; a best with twice the runner-up's points (lead 0.5) counts as fully
  // clear. confidence = min(1, lead / 0.5) * answered / total.
  // Labels: strong >= 0.6, moderate >= 0.3, weak below (and with nothing answered).
  if (!r.best.empty()) {
    double best = r.scores[0].points, runner_up = r.scores.size() > 1 ? r.scores[1].points : 0;
    double lead = (best - runner_up) / best;
    double coverage = r.total > 0 ? double(r.answered) / r.total : 0;
    r.confidence = std::min(1.0, lead / kAssessmentClearLead) * coverage;
  }
  r.confidence_label = r.confidence >= kAssessmentStrong     ? "strong"
                       : r.confidence >= kAssessmentModerate ? "moderate"
                                                             : "weak";

  // [SECTION] Drivers
  if (!r.best.empty()) {
    const Archetype* best = content.FindArchetype(r.best);
    size_t others = content.archetypes.size() > 1 ? content.archetypes.size() - 1 : 1;
    for (const Chosen& ch : chosen) {
      double to_others = 0;
      for (const auto& a : content.archetypes)
        if (a.id != r.best) to_others += ch.option->Weight(a.id);
      double weight = ch.option->Weight(r.best) - to_others / double(others);
      if (weight <= 0) continue;
      AnswerDriver d;
      d.question = ch.question->id;
      d.option = ch.option->id;
      d.weight = weight;
      d.text = "You said " + Quoted(ch.option->label) + " (question " + std::to_string(ch.number) + "): this " +
               ch.option->reading + ".";
      if (PrimaryArchetype(content, *ch.option) != r.best && best)
        d.text += " It also counts toward " + best->short_name + ".";
      r.drivers.push_back(d);
    }
    std::stable_sort(r.drivers.begin(), r.drivers.end(),
                     [](const AnswerDriver& x, const AnswerDriver& y) { return x.weight > y.weight; });
    if (r.drivers.size() > kAssessmentMaxDrivers) r.drivers.resize(kAssessmentMaxDrivers);
  }

  // [SECTION] Design comparison
  const Archetype* compared = nullptr;
  if (!r.best.empty()) {
    for (const auto& s : r.scores) {  // best first
      const Archetype* a = content.FindArchetype(s.archetype);
      if (a && FindColumn(content, a->design_column)) { compared = a; break; }
    }
    if (compared) {
      r.compared_archetype = compared->id;
      if (compared->id != r.best) {
        const Archetype* best = content.FindArchetype(r.best);
        double points = 0;
        for (const auto& s : r.scores)
          if (s.archetype == compared->id) points = s.points;
        r.compared_note = (best ? best->name : r.best) + " has no recommended team design of its own, so your choices are compared with " +
                          compared->name +
                          (points > 0 ? ", the closest match that has one."
                                      : ", the first archetype that has one (no other archetype scored any points).");
      }
    }
  }
  const DesignColumn* column = compared ? FindColumn(content, compared->design_column) : nullptr;
  for (const DesignDimension& d : content.design_dimensions) {
    DesignComparison cmp;
    cmp.dimension = d.id;
    auto it = assessment.design.find(d.id);
    const DesignOption* user = it != assessment.design.end() ? FindDesignOption(d, it->second) : nullptr;
    if (user) cmp.user_option = user->id;  // an unknown option counts as unanswered
    auto cell = column ? d.cells.find(column->id) : d.cells.end();
    const DesignOption* rec = cell != d.cells.end() ? FindDesignOption(d, cell->second.option) : nullptr;
    if (rec) cmp.recommended = rec->id;
    cmp.match = user && rec && user == rec;
    if (!rec) {
      cmp.advice = "Answer the questionnaire first: the recommended choice depends on which archetype your organisation is closest to.";
    } else if (!user) {
      cmp.advice = "Not answered yet: pick the option closest to how your ML team works today, then compare it with what the " +
                   column->label + " column suggests (" + Quoted(rec->label) + ").";
    } else if (!cmp.match) {
      std::string how;
      auto per = content.design_advice.find(d.id);
      if (per != content.design_advice.end()) {
        auto text = per->second.find(rec->id);
        if (text != per->second.end()) how = " " + text->second;
      }
      cmp.advice = "You chose " + Quoted(user->label) + ", but the " + column->label + " column suggests " +
                   Quoted(rec->label) + "." + how;
    }
    r.design.push_back(cmp);
  }
  return r;
}

}  // namespace mlt
