// Scoring an organisation against the lecture's five archetypes from its
// answers to the questionnaire (Content::questionnaire, from
// assets/content/assessment.json), and comparing its answers on the three
// design choices with the lecture's recommendation for the matched archetype.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "model/content.h"
#include "model/org.h"

namespace mlt {

struct ArchetypeScore {
  std::string archetype;  // archetype id
  double points = 0;      // sum of the chosen options' weights for it
  double share = 0;       // points / sum of all archetypes' points (0 when nothing answered)
};

// One answer that pushed toward the best match, in plain words.
struct AnswerDriver {
  std::string question;  // question id
  std::string option;    // option id
  double weight = 0;     // points it gave the best match minus the mean it gave the others
  std::string text;      // "You said ML work is mostly occasional side projects (question 1): this points to Nascent."
};

struct DesignComparison {
  std::string dimension;    // design dimension id
  std::string user_option;  // empty: not answered
  std::string recommended;  // the option of the compared archetype's column
  bool match = false;
  std::string advice;       // for a mismatch or an unanswered choice: what to do about it, in plain words
};

struct AssessmentResult {
  int answered = 0, total = 0;             // questions answered / in the questionnaire
  std::vector<ArchetypeScore> scores;      // all five, best first (ties: content order)
  std::string best;                        // archetype id; empty when nothing is answered
  double confidence = 0;                   // 0..1: how clearly the best beats the runner-up, scaled by how much was answered
  std::string confidence_label;            // "strong", "moderate" or "weak"
  std::vector<AnswerDriver> drivers;       // the answers that drove the match, strongest first (at most 5)
  // The design column compared against: the best match's column, or for an
  // archetype without one (nascent), the best-scoring archetype that has one;
  // `compared_note` says so in that case.
  std::string compared_archetype, compared_note;
  std::vector<DesignComparison> design;    // one per design dimension, content order
};

// Confidence = min(1, lead / kAssessmentClearLead) * answered / total, where
// lead = (best points - runner-up points) / best points: a best match with at
// least twice the runner-up's points is fully clear, and unanswered questions
// scale it down. Labels: "strong" from kAssessmentStrong, "moderate" from
// kAssessmentModerate, "weak" below (and when nothing is answered).
constexpr double kAssessmentClearLead = 0.5;
constexpr double kAssessmentStrong = 0.6;
constexpr double kAssessmentModerate = 0.3;
constexpr size_t kAssessmentMaxDrivers = 5;

// Answers to unknown questions or with unknown options (and unknown design
// options) are ignored, as if unanswered. A driver is an answer whose weight
// toward the best match exceeds the mean of its weights toward the other
// archetypes; ties keep question order. Never throws.
AssessmentResult ScoreAssessment(const Content& content, const OrgAssessment& assessment);

}  // namespace mlt
