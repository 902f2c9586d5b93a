// Small shared widgets so every view looks the same: headings, paragraphs
// with a readable measure, cards, tooltips and icon buttons.
#pragma once
#include <string>

#include "imgui.h"

namespace mlt {

// Width in logical pixels of `n` font units (em) of the body font.
float Em(float n = 1.0f);
void ViewHeader(const char* icon, const char* title, const char* subtitle);
void Heading(const char* text);
// Wrapped text limited to a comfortable line length (about 70 characters).
void Paragraph(const char* text, float max_em = 42.0f);
void MutedText(const char* text);
// A labelled icon button: "icon label" with a tooltip; disabled when !enabled.
bool ToolButton(const char* icon, const char* label, const char* tooltip, bool enabled = true);
// A small "CSV" button at the end of the current line (a table's heading),
// right-aligned to `right_x` (window-local, as GetCursorPosX) when it fits.
// `key` tells a view's tables apart; items() reports it as the button's key.
bool CsvButton(const char* key, float right_x, const char* tooltip);
// A bordered panel; call EndCard() after its content.
bool BeginCard(const char* id, float height = 0.0f);
void EndCard();
void Tooltip(const char* text);
// While a frame is captured for a PNG export no tooltip is drawn.
void SetTooltipsSuppressed(bool suppressed);
bool TooltipsSuppressed();
// Toolbars that wrap: continue on the same line when an item of
// `next_width` still fits after the previous one, else start a new line.
void FlowNext(float next_width, float spacing = -1.0f);
// Width of a button with this label (for FlowNext).
float ButtonWidth(const char* label);

// A text field editing a std::string in place (grows as the user types).
bool InputString(const char* id, std::string* value, float width, bool multiline = false);

// A bullet point whose text wraps under itself.
void BulletParagraph(const char* text, float max_em = 40.0f, ImU32 bullet_color = 0);
// A small rounded label, e.g. a tool name or a skill.
void Chip(const char* text, ImU32 color = 0);
// A primary (accent-filled) button.
bool PrimaryButton(const char* label);

}  // namespace mlt
