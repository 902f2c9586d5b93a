#include "ui/widgets.h"

#include "imgui_internal.h"
#include "ui/fonts.h"
#include "ui/icons.h"
#include "ui/theme.h"

namespace mlt {

float Em(float n) { return ImGui::GetFontSize() * n; }

void ViewHeader(const char* icon, const char* title, const char* subtitle) {
  ImGui::PushFont(Fonts().title);
  ImGui::PushStyleColor(ImGuiCol_Text, Palette().accent);
  ImGui::TextUnformatted(icon);
  ImGui::PopStyleColor();
  ImGui::SameLine();
  ImGui::TextUnformatted(title);
  ImGui::PopFont();
  if (subtitle && *subtitle) {
    ImGui::PushStyleColor(ImGuiCol_Text, Palette().text_muted);
    Paragraph(subtitle, 52.0f);
    ImGui::PopStyleColor();
  }
  ImGui::Dummy(ImVec2(0, Em(0.4f)));
}

void Heading(const char* text) {
  ImGui::Dummy(ImVec2(0, Em(0.3f)));
  ImGui::PushFont(Fonts().heading);
  ImGui::TextUnformatted(text);
  ImGui::PopFont();
}

void Paragraph(const char* text, float max_em) {
  float right = ImGui::GetCursorPosX() + Em(max_em);
  float avail_right = ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x;
  ImGui::PushTextWrapPos(right < avail_right ? right : avail_right);
  ImGui::TextUnformatted(text);
  ImGui::PopTextWrapPos();
}

void MutedText(const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, Palette().text_muted);
  ImGui::TextUnformatted(text);
  ImGui::PopStyleColor();
}

namespace {
bool g_no_tooltips = false;
}
void SetTooltipsSuppressed(bool suppressed) { g_no_tooltips = suppressed; }
bool TooltipsSuppressed() { return g_no_tooltips; }

void Tooltip(const char* text) {
  if (!g_no_tooltips && ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort | ImGuiHoveredFlags_AllowWhenDisabled)) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(Em(22));
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
}

namespace {
int ResizeCallback(ImGuiInputTextCallbackData* data) {
  if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
    auto* str = static_cast<std::string*>(data->UserData);
    str->resize(size_t(data->BufTextLen));
    data->Buf = str->data();
  }
  return 0;
}
}  // namespace

bool InputString(const char* id, std::string* value, float width, bool multiline) {
  ImGui::SetNextItemWidth(width);
  value->reserve(64);
  ImGuiInputTextFlags flags = ImGuiInputTextFlags_CallbackResize;
  if (multiline)
    return ImGui::InputTextMultiline(id, value->data(), value->capacity() + 1, ImVec2(width, Em(5)), flags,
                                     ResizeCallback, value);
  return ImGui::InputText(id, value->data(), value->capacity() + 1, flags, ResizeCallback, value);
}

void FlowNext(float next_width, float spacing) {
  if (spacing < 0) spacing = ImGui::GetStyle().ItemSpacing.x;
  float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  if (ImGui::GetItemRectMax().x + spacing + next_width <= right) ImGui::SameLine(0, spacing);
}

float ButtonWidth(const char* label) {
  return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}

void BulletParagraph(const char* text, float max_em, ImU32 bullet_color) {
  ImGui::PushStyleColor(ImGuiCol_Text, bullet_color ? bullet_color : Palette().text_muted);
  ImGui::TextUnformatted("\xE2\x80\xA2");
  ImGui::PopStyleColor();
  ImGui::SameLine(0, Em(0.5f));
  Paragraph(text, max_em);
}

void Chip(const char* text, ImU32 color) {
  const PaletteColors& p = Palette();
  ImFont* font = Fonts().small;
  ImVec2 ts = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text);
  ImVec2 pad(Em(0.45f), Em(0.15f));
  ImVec2 size(ts.x + pad.x * 2, ts.y + pad.y * 2);
  if (ImGui::GetContentRegionAvail().x < size.x && ImGui::GetCursorPosX() > ImGui::GetStyle().WindowPadding.x + 1)
    ImGui::NewLine();
  ImVec2 pos = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImU32 c = color ? color : p.accent;
  dl->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), (c & 0x00FFFFFF) | 0x26000000, size.y * 0.5f);
  dl->AddRect(pos, ImVec2(pos.x + size.x, pos.y + size.y), (c & 0x00FFFFFF) | 0x80000000, size.y * 0.5f);
  dl->AddText(font, font->FontSize, ImVec2(pos.x + pad.x, pos.y + pad.y), p.text, text);
  ImGui::Dummy(size);
}

bool PrimaryButton(const char* label) {
  const PaletteColors& p = Palette();
  ImGui::PushStyleColor(ImGuiCol_Button, p.accent);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, (p.accent & 0x00FFFFFF) | 0xDD000000);
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, (p.accent & 0x00FFFFFF) | 0xBB000000);
  ImGui::PushStyleColor(ImGuiCol_Text, p.on_accent);
  ImGui::PushStyleColor(ImGuiCol_Border, p.accent);
  bool pressed = ImGui::Button(label);
  ImGui::PopStyleColor(5);
  return pressed;
}

bool ToolButton(const char* icon, const char* label, const char* tooltip, bool enabled) {
  ImGui::BeginDisabled(!enabled);
  char buf[160];
  if (label && *label) ImFormatString(buf, sizeof buf, "%s  %s", icon, label);
  else ImFormatString(buf, sizeof buf, "%s", icon);
  bool pressed = ImGui::Button(buf);
  ImGui::EndDisabled();
  if (tooltip) Tooltip(tooltip);
  return pressed && enabled;
}

bool CsvButton(const char* key, float right_x, const char* tooltip) {
  ImGui::SameLine();
  float x = right_x - ButtonWidth(ICON_TABLE "  CSV");
  if (x > ImGui::GetCursorPosX()) ImGui::SetCursorPosX(x);
  char label[96];
  ImFormatString(label, sizeof label, "CSV##%s", key);
  return ToolButton(ICON_TABLE, label, tooltip);
}

bool BeginCard(const char* id, float height) {
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(Em(1.1f), Em(0.9f)));
  bool open = ImGui::BeginChild(id, ImVec2(0, height), ImGuiChildFlags_Border |
                                    (height == 0.0f ? ImGuiChildFlags_AutoResizeY : 0) |
                                    ImGuiChildFlags_AlwaysUseWindowPadding);
  ImGui::PopStyleVar();
  return open;
}

void EndCard() { ImGui::EndChild(); }

}  // namespace mlt
