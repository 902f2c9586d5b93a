// One colour per role everywhere (charts, tables, legends), from the
// colour-blind-safe Okabe-Ito palette. Custom roles are neutral grey.
#pragma once
#include <string_view>

#include "imgui.h"

namespace mlt {
ImU32 RoleColor(std::string_view role_id);
}  // namespace mlt
