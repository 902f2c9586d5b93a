#include "ui/role_colors.h"

#include "ui/theme.h"

namespace mlt {

ImU32 RoleColor(std::string_view role_id) {
  // Okabe-Ito order in Palette().roles: orange, sky blue, bluish green,
  // yellow, blue, vermillion, reddish purple. Yellow is skipped: it is too
  // faint on the light theme.
  const auto& r = Palette().roles;
  if (role_id == "ml_product_manager") return r[6];
  if (role_id == "mlops_engineer") return r[4];
  if (role_id == "data_engineer") return r[1];
  if (role_id == "ml_engineer") return r[2];
  if (role_id == "ml_researcher") return r[5];
  if (role_id == "data_scientist") return r[0];
  return Palette().text_muted;
}

}  // namespace mlt
