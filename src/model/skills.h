// Skill dimensions shared by roles, people, interviews and charts.
#pragma once
#include <array>
#include <optional>
#include <string_view>

namespace mlt {

enum class Skill : int {
  Ml = 0,         // machine-learning expertise (x axis of the lecture's chart)
  Software,       // software engineering (y axis)
  Communication,  // communication and technical writing (bubble size)
  Data,           // data engineering
  Infra,          // infrastructure / DevOps
  Product,        // product sense
  Research,       // research
  Count
};
constexpr int kSkillCount = static_cast<int>(Skill::Count);
constexpr double kSkillMin = 0.0, kSkillMax = 10.0;

using SkillLevels = std::array<double, kSkillCount>;

// Stable ids used in documents, CSV headers and content files.
std::string_view SkillId(Skill s);
std::string_view SkillLabel(Skill s);
std::string_view SkillShortLabel(Skill s);  // for narrow columns: "ML", "Software", "Infra"...
std::optional<Skill> SkillFromId(std::string_view id);

}  // namespace mlt
