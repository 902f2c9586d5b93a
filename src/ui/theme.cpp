#include "ui/theme.h"

namespace mlt {
namespace {
constexpr ImU32 Hex(unsigned rgb, unsigned a = 255) {
  return IM_COL32((rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255, a);
}
constexpr ImU32 kOkabeIto[7] = {Hex(0xE69F00), Hex(0x56B4E9), Hex(0x009E73), Hex(0xF0E442),
                                Hex(0x0072B2), Hex(0xD55E00), Hex(0xCC79A7)};

const PaletteColors kLight = {
    Hex(0xF4F5F7), Hex(0xFFFFFF), Hex(0xEBEDF1), Hex(0xD9DCE3), Hex(0x1D2230), Hex(0x5E6675),
    Hex(0x0B6BAA), Hex(0xDCEBF6), Hex(0xFFFFFF), Hex(0x1B7F4B), Hex(0xA86200), Hex(0xC62828),
    {kOkabeIto[0], kOkabeIto[1], kOkabeIto[2], kOkabeIto[3], kOkabeIto[4], kOkabeIto[5], kOkabeIto[6]},
    false};
const PaletteColors kDark = {
    Hex(0x15171C), Hex(0x1D2027), Hex(0x111317), Hex(0x2F333D), Hex(0xE4E7EC), Hex(0x9AA2B1),
    Hex(0x56B4E9), Hex(0x1E3A4F), Hex(0x0B1620), Hex(0x4CC38A), Hex(0xF0B03A), Hex(0xF26B6B),
    {kOkabeIto[0], kOkabeIto[1], kOkabeIto[2], kOkabeIto[3], kOkabeIto[4], kOkabeIto[5], kOkabeIto[6]},
    true};

const PaletteColors* g_palette = &kLight;

ImVec4 V(ImU32 c, float alpha = 1.0f) {
  ImVec4 v = ImGui::ColorConvertU32ToFloat4(c);
  v.w *= alpha;
  return v;
}
}  // namespace

const PaletteColors& Palette() { return *g_palette; }

void ApplyTheme(bool dark, float scale) {
  g_palette = dark ? &kDark : &kLight;
  const PaletteColors& p = *g_palette;
  ImGuiStyle style;
  style.WindowPadding = ImVec2(16, 14);
  style.FramePadding = ImVec2(9, 5);
  style.ItemSpacing = ImVec2(9, 7);
  style.ItemInnerSpacing = ImVec2(6, 5);
  style.CellPadding = ImVec2(8, 5);
  style.ScrollbarSize = 12;
  style.GrabMinSize = 10;
  style.WindowRounding = 0;
  style.ChildRounding = 6;
  style.FrameRounding = 5;
  style.PopupRounding = 6;
  style.ScrollbarRounding = 6;
  style.GrabRounding = 4;
  style.TabRounding = 5;
  style.WindowBorderSize = 0;
  style.ChildBorderSize = 1;
  style.PopupBorderSize = 1;
  style.FrameBorderSize = 1;
  style.SeparatorTextBorderSize = 1;
  style.WindowTitleAlign = ImVec2(0.0f, 0.5f);

  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = V(p.text);
  c[ImGuiCol_TextDisabled] = V(p.text_muted);
  c[ImGuiCol_WindowBg] = V(p.background);
  c[ImGuiCol_ChildBg] = V(p.surface);
  c[ImGuiCol_PopupBg] = V(p.surface);
  c[ImGuiCol_Border] = V(p.border);
  c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_FrameBg] = V(p.surface);
  c[ImGuiCol_FrameBgHovered] = V(p.accent_soft);
  c[ImGuiCol_FrameBgActive] = V(p.accent_soft);
  c[ImGuiCol_TitleBg] = V(p.surface);
  c[ImGuiCol_TitleBgActive] = V(p.surface);
  c[ImGuiCol_TitleBgCollapsed] = V(p.surface);
  c[ImGuiCol_MenuBarBg] = V(p.surface);
  c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_ScrollbarGrab] = V(p.border);
  c[ImGuiCol_ScrollbarGrabHovered] = V(p.text_muted, 0.6f);
  c[ImGuiCol_ScrollbarGrabActive] = V(p.text_muted);
  c[ImGuiCol_CheckMark] = V(p.accent);
  c[ImGuiCol_SliderGrab] = V(p.accent);
  c[ImGuiCol_SliderGrabActive] = V(p.accent);
  c[ImGuiCol_Button] = V(p.surface);
  c[ImGuiCol_ButtonHovered] = V(p.accent_soft);
  c[ImGuiCol_ButtonActive] = V(p.accent, 0.35f);
  c[ImGuiCol_Header] = V(p.accent_soft);
  c[ImGuiCol_HeaderHovered] = V(p.accent_soft);
  c[ImGuiCol_HeaderActive] = V(p.accent, 0.35f);
  c[ImGuiCol_Separator] = V(p.border);
  c[ImGuiCol_SeparatorHovered] = V(p.accent);
  c[ImGuiCol_SeparatorActive] = V(p.accent);
  c[ImGuiCol_ResizeGrip] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_ResizeGripHovered] = V(p.accent, 0.5f);
  c[ImGuiCol_ResizeGripActive] = V(p.accent);
  c[ImGuiCol_Tab] = V(p.surface);
  c[ImGuiCol_TabHovered] = V(p.accent_soft);
  c[ImGuiCol_TabActive] = V(p.accent_soft);
  c[ImGuiCol_TabUnfocused] = V(p.surface);
  c[ImGuiCol_TabUnfocusedActive] = V(p.accent_soft);
  c[ImGuiCol_PlotLines] = V(p.accent);
  c[ImGuiCol_PlotLinesHovered] = V(p.warning);
  c[ImGuiCol_PlotHistogram] = V(p.accent);
  c[ImGuiCol_PlotHistogramHovered] = V(p.warning);
  c[ImGuiCol_TableHeaderBg] = V(p.rail);
  c[ImGuiCol_TableBorderStrong] = V(p.border);
  c[ImGuiCol_TableBorderLight] = V(p.border, 0.6f);
  c[ImGuiCol_TableRowBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_TableRowBgAlt] = V(p.rail, 0.5f);
  c[ImGuiCol_TextSelectedBg] = V(p.accent, 0.3f);
  c[ImGuiCol_DragDropTarget] = V(p.warning);
  c[ImGuiCol_NavHighlight] = V(p.accent);
  c[ImGuiCol_NavWindowingHighlight] = V(p.accent);
  c[ImGuiCol_NavWindowingDimBg] = V(p.text, 0.2f);
  c[ImGuiCol_ModalWindowDimBg] = V(Hex(dark ? 0x000000 : 0x1D2230), 0.45f);

  style.ScaleAllSizes(scale);
  ImGui::GetStyle() = style;
}

}  // namespace mlt
