// Colours and sizes of the app: one calm light theme and one dark theme.
// Custom drawing (charts, badges) takes its colours from Palette() so that
// both themes and exports stay consistent.
#pragma once
#include "imgui.h"

namespace mlt {

enum class ThemeChoice { System = 0, Light, Dark };

struct PaletteColors {
  ImU32 background, surface, rail, border, text, text_muted, accent, accent_soft, on_accent;
  ImU32 success, warning, error;
  // Okabe-Ito: a colour-blind-safe set, one per role everywhere.
  ImU32 roles[7];
  bool dark;
};

const PaletteColors& Palette();
// Applies colours and sizes; `scale` is the user's zoom (sizes are in
// logical pixels; HiDPI is handled by the font atlas, not here).
void ApplyTheme(bool dark, float scale);

}  // namespace mlt
