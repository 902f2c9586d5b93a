#include "model/skills.h"

namespace mlt {
namespace {
struct SkillName { std::string_view id, label; };
constexpr SkillName kNames[kSkillCount] = {
    {"ml", "ML expertise"},
    {"software", "Software engineering"},
    {"communication", "Communication & writing"},
    {"data", "Data engineering"},
    {"infra", "Infrastructure & DevOps"},
    {"product", "Product sense"},
    {"research", "Research"},
};
}  // namespace

std::string_view SkillId(Skill s) { return kNames[static_cast<int>(s)].id; }
std::string_view SkillLabel(Skill s) { return kNames[static_cast<int>(s)].label; }

std::optional<Skill> SkillFromId(std::string_view id) {
  for (int i = 0; i < kSkillCount; ++i)
    if (kNames[i].id == id) return static_cast<Skill>(i);
  return std::nullopt;
}

}  // namespace mlt
