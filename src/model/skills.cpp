#include "model/skills.h"

namespace mlt {
namespace {
struct SkillName { std::string_view id, label, short_label; };
constexpr SkillName kNames[kSkillCount] = {
    {"ml", "ML expertise", "ML"},
    {"software", "Software engineering", "Software"},
    {"communication", "Communication & writing", "Communication"},
    {"data", "Data engineering", "Data"},
    {"infra", "Infrastructure & DevOps", "Infra & DevOps"},
    {"product", "Product sense", "Product"},
    {"research", "Research", "Research"},
};
}  // namespace

std::string_view SkillId(Skill s) { return kNames[static_cast<int>(s)].id; }
std::string_view SkillLabel(Skill s) { return kNames[static_cast<int>(s)].label; }
std::string_view SkillShortLabel(Skill s) { return kNames[static_cast<int>(s)].short_label; }

std::optional<Skill> SkillFromId(std::string_view id) {
  for (int i = 0; i < kSkillCount; ++i)
    if (kNames[i].id == id) return static_cast<Skill>(i);
  return std::nullopt;
}

}  // namespace mlt
