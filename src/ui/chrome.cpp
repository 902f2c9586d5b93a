// [SECTION] Layout  [SECTION] Top bar  [SECTION] Navigation rail
// [SECTION] Status bar  [SECTION] Dialogs
#include "ui/chrome.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "imgui.h"
#include "imgui_internal.h"
#include "ui/app.h"
#include "ui/charts.h"
#include "ui/fonts.h"
#include "ui/icons.h"
#include "ui/share_dialogs.h"
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace mlt {
namespace {

constexpr ImGuiWindowFlags kPanelFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                         ImGuiWindowFlags_NoSavedSettings |
                                         ImGuiWindowFlags_NoBringToFrontOnFocus;

void BeginPanel(const char* name, ImVec2 pos, ImVec2 size, ImU32 bg, ImVec2 padding,
                ImGuiWindowFlags extra = 0) {
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, bg);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, padding);
  ImGui::Begin(name, nullptr, kPanelFlags | extra);
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
}

// A 1 px border on one edge of the current panel, drawn in its own draw list
// so popups and modals stay above it.
enum class Edge { Bottom, Right, Top };
void EdgeLine(Edge e) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 a = ImGui::GetWindowPos(), b(a.x + ImGui::GetWindowWidth(), a.y + ImGui::GetWindowHeight());
  dl->PushClipRectFullScreen();
  if (e == Edge::Bottom) dl->AddLine(ImVec2(a.x, b.y - 0.5f), ImVec2(b.x, b.y - 0.5f), Palette().border);
  if (e == Edge::Top) dl->AddLine(ImVec2(a.x, a.y + 0.5f), ImVec2(b.x, a.y + 0.5f), Palette().border);
  if (e == Edge::Right) dl->AddLine(ImVec2(b.x - 0.5f, a.y), ImVec2(b.x - 0.5f, b.y), Palette().border);
  dl->PopClipRect();
}

// "just now", "5 min ago", "3 h ago", "2 days ago" (time zones don't matter).
std::string AgoText(int64_t now_ms, int64_t then_ms) {
  if (then_ms <= 0) return "earlier";
  const int64_t s = std::max<int64_t>(0, (now_ms - then_ms) / 1000);
  char b[48];
  if (s < 60) return "just now";
  if (s < 3600) std::snprintf(b, sizeof b, "%d min ago", int(s / 60));
  else if (s < 86400) std::snprintf(b, sizeof b, "%d h %d min ago", int(s / 3600), int(s % 3600 / 60));
  else std::snprintf(b, sizeof b, "%d day%s ago", int(s / 86400), s / 86400 == 1 ? "" : "s");
  return b;
}

// [SECTION] Top bar
void WorkspaceMenu(App& app) {
  WorkspaceStore& store = app.Store();
  char label[200];
  std::snprintf(label, sizeof label, "%s  %s  %s##workspace", ICON_FOLDER, store.Current().name.c_str(),
                ICON_CARET_DOWN);
  if (ImGui::Button(label)) ImGui::OpenPopup("Workspaces");
  Tooltip("Switch, create, rename, duplicate or delete workspaces");
  if (!ImGui::BeginPopup("Workspaces")) return;
  ImGui::PushFont(Fonts().small);
  MutedText("WORKSPACES IN THIS BROWSER");
  ImGui::PopFont();
  for (const WorkspaceInfo& w : store.List()) {
    bool current = w.id == store.Current().id;
    ImGui::PushID(w.id.c_str());
    if (w.damaged) {
      // Kept untouched: it can be downloaded as stored, or an earlier version opened as a copy.
      if (ImGui::Selectable((std::string(ICON_WARNING "  ") + w.name + " (could not be read) - download as stored").c_str(), false))
        app.DownloadRawDocument(w.id);
      Tooltip(w.reason.empty() ? "The stored file is damaged. It is kept untouched." : w.reason.c_str());
    } else if (ImGui::Selectable((std::string(current ? ICON_CHECK "  " : "      ") + w.name).c_str(), current)) {
      OpResult r = store.Switch(w.id, app.Now());
      if (!r.ok) app.Notify(NoticeKind::Error, r.error, 0);
    }
    ImGui::PopID();
  }
  ImGui::Separator();
  if (ImGui::Selectable(ICON_PLUS "  New workspace...")) {
    app.dialogs.open_new = true;
    std::snprintf(app.dialogs.name_buf, sizeof app.dialogs.name_buf, "New workspace");
  }
  if (ImGui::Selectable(ICON_RENAME "  Rename...")) {
    app.dialogs.open_rename = true;
    std::snprintf(app.dialogs.name_buf, sizeof app.dialogs.name_buf, "%s", store.Current().name.c_str());
  }
  if (ImGui::Selectable(ICON_COPY "  Duplicate")) {
    OpResult r = store.Duplicate(app.Now());
    if (r.ok) app.Notify(NoticeKind::Success, "Opened a copy: \"" + store.Current().name + "\"");
  }
  if (ImGui::Selectable(ICON_CLOCK "  Previous versions...")) app.dialogs.open_versions = true;
  if (ImGui::Selectable(ICON_REPORT "  Printable report (HTML)")) app.ExportReport();
  Tooltip("A page with the roster, the organisation, the assessments and the plan, to print or read with a screen reader");
  if (ImGui::Selectable(ICON_TRASH "  Delete...")) {
    app.dialogs.open_delete = true;
    app.dialogs.delete_id = store.Current().id;
    app.dialogs.delete_name = store.Current().name;
  }
  ImGui::EndPopup();
}

void SaveIndicator(App& app) {
  const SaveStatus& st = app.Store().Status();
  const PaletteColors& p = Palette();
  const char* text = nullptr;
  ImU32 color = p.text_muted;
  bool problem = false;
  switch (st.state) {
    case SaveState::Saved: text = ICON_CHECK "  Saved"; break;
    case SaveState::Pending: text = ICON_CLOCK "  Saving..."; break;
    case SaveState::Failed: text = ICON_WARNING "  Not saved - export"; color = p.error; problem = true; break;
    case SaveState::Disabled: text = ICON_WARNING "  Not saved - export"; color = p.warning; problem = true; break;
    case SaveState::Conflict: text = ICON_WARNING "  Changed in another tab"; color = p.error; problem = true; break;
  }
  float w = ImGui::CalcTextSize(text).x + ImGui::GetStyle().FramePadding.x * 2;
  ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - w);
  if (problem) {
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::PushStyleColor(ImGuiCol_Border, color);
    if (ImGui::Button(text)) app.ExportWorkspace();
    ImGui::PopStyleColor(2);
    Tooltip(st.message.c_str());
  } else {
    ImGui::AlignTextToFramePadding();
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
    if (st.state == SaveState::Saved) Tooltip("Everything is saved in this browser. Export a file to keep a copy elsewhere.");
  }
}

void TopBar(App& app, ImVec2 pos, ImVec2 size) {
  const PaletteColors& p = Palette();
  BeginPanel("Top bar", pos, size, p.surface, ImVec2(Em(0.8f), (size.y - ImGui::GetFrameHeight()) * 0.5f));
  ImGui::PushFont(Fonts().heading);
  ImGui::AlignTextToFramePadding();
  ImGui::PushStyleColor(ImGuiCol_Text, p.accent);
  ImGui::TextUnformatted(ICON_CIRCLE);
  ImGui::PopStyleColor();
  ImGui::SameLine(0, Em(0.4f));
  ImGui::TextUnformatted("ML Team Studio");
  ImGui::PopFont();
  ImGui::SameLine(0, Em(1.5f));
  WorkspaceMenu(app);
  ImGui::SameLine(0, Em(1.0f));
  const History& h = app.Store().Edits();
  std::string undo_tip = h.CanUndo() ? "Undo " + h.UndoLabel() + " (Ctrl+Z)" : "Nothing to undo";
  std::string redo_tip = h.CanRedo() ? "Redo " + h.RedoLabel() + " (Ctrl+Shift+Z)" : "Nothing to redo";
  if (ToolButton(ICON_UNDO, "Undo", undo_tip.c_str(), h.CanUndo())) app.Undo();
  ImGui::SameLine();
  if (ToolButton(ICON_REDO, "Redo", redo_tip.c_str(), h.CanRedo())) app.Redo();
  ImGui::SameLine(0, Em(1.0f));
  if (ToolButton(ICON_IMPORT, "Import", "Open a workspace file (.json) as a new workspace. You can also drop a file on the page."))
    app.RequestImport();
  ImGui::SameLine();
  if (ToolButton(ICON_EXPORT, "Export", "Download this workspace as a .json file")) app.ExportWorkspace();
  ImGui::SameLine();
  if (ToolButton(ICON_SHARE, "Share", "Make a link that opens a copy of this workspace (or of this view)"))
    app.dialogs.open_share = true;
  ImGui::SameLine();
  if (ToolButton(ICON_KEYBOARD, "", "Keyboard shortcuts (F1)")) app.dialogs.open_shortcuts = true;
  SaveIndicator(app);
  EdgeLine(Edge::Bottom);
  ImGui::End();
}

// [SECTION] Navigation rail
bool NavItem(View v, bool selected, float width) {
  const PaletteColors& p = Palette();
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  float height = Em(3.6f);
  ImVec2 pos = window->DC.CursorPos;
  std::string id = std::string(ViewTitle(v)) + "##nav";
  bool pressed = ImGui::InvisibleButton(id.c_str(), ImVec2(width, height));
  bool hovered = ImGui::IsItemHovered();
  ImDrawList* dl = window->DrawList;
  ImVec2 max(pos.x + width, pos.y + height);
  if (selected || hovered)
    dl->AddRectFilled(ImVec2(pos.x + Em(0.3f), pos.y), ImVec2(max.x - Em(0.3f), max.y),
                      selected ? p.accent_soft : (p.border & 0x80FFFFFF), Em(0.4f));
  if (selected) dl->AddRectFilled(pos, ImVec2(pos.x + Em(0.2f), max.y), p.accent, Em(0.1f));
  ImU32 col = selected ? p.accent : p.text_muted;
  ImFont* icon_font = Fonts().heading;
  float icon_size = icon_font->FontSize * 1.1f;
  ImVec2 isz = icon_font->CalcTextSizeA(icon_size, FLT_MAX, 0, ViewIcon(v));
  dl->AddText(icon_font, icon_size, ImVec2(pos.x + (width - isz.x) * 0.5f, pos.y + Em(0.45f)), col,
              ViewIcon(v));
  ImFont* label_font = Fonts().small;
  const char* title = ViewTitle(v).data();
  const char* title_end = title + ViewTitle(v).size();
  ImVec2 tsz = label_font->CalcTextSizeA(label_font->FontSize, FLT_MAX, 0, title, title_end);
  dl->AddText(label_font, label_font->FontSize, ImVec2(pos.x + (width - tsz.x) * 0.5f, max.y - Em(1.35f)),
              selected ? p.text : p.text_muted, title, title_end);
  return pressed;
}

void NavRail(App& app, ImVec2 pos, ImVec2 size) {
  BeginPanel("Navigation", pos, size, Palette().rail, ImVec2(0, Em(0.6f)));
  for (int i = 0; i < kViewCount; ++i) {
    View v = View(i);
    if (v == View::Settings) ImGui::SetCursorPosY(size.y - Em(3.6f) - Em(0.6f));
    if (NavItem(v, app.CurrentView() == v, size.x)) {
      app.SetView(v);
      app.SavePrefs();
    }
    ImGui::Dummy(ImVec2(0, Em(0.15f)));
  }
  EdgeLine(Edge::Right);
  ImGui::End();
}

// [SECTION] Status bar
void StatusBar(App& app, ImVec2 pos, ImVec2 size) {
  const PaletteColors& p = Palette();
  BeginPanel("Status bar", pos, size, p.surface, ImVec2(Em(0.8f), (size.y - ImGui::GetTextLineHeight()) * 0.5f));
  ImGui::PushFont(Fonts().small);
  const Notice& n = app.CurrentNotice();
  const SaveStatus& st = app.Store().Status();
  const Workspace& ws = app.Store().Current();
  if (!n.text.empty()) {
    ImU32 c = n.kind == NoticeKind::Error ? p.error : n.kind == NoticeKind::Warning ? p.warning
            : n.kind == NoticeKind::Success ? p.success : p.text;
    const char* icon = n.kind == NoticeKind::Error ? ICON_ERROR : n.kind == NoticeKind::Warning ? ICON_WARNING
                     : n.kind == NoticeKind::Success ? ICON_CHECK : ICON_INFO;
    ImGui::PushStyleColor(ImGuiCol_Text, c);
    ImGui::Text("%s  %s", icon, n.text.c_str());
    ImGui::PopStyleColor();
  } else {
    char buf[256];
    std::snprintf(buf, sizeof buf, "%s  %s  \xC2\xB7  %zu people  \xC2\xB7  %s", ICON_DATABASE, ws.name.c_str(),
                  ws.people.size(),
                  st.state == SaveState::Disabled ? "storage unavailable: not saved"
                  : st.state == SaveState::Failed ? "last save failed"
                  : app.Store().Persistent() ? "saved in this browser" : "in memory");
    MutedText(buf);
  }
  ImGui::PopFont();
  EdgeLine(Edge::Top);
  ImGui::End();
}

// [SECTION] Dialogs
void CenterNext() {
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
}

bool NameDialog(const char* title, const char* prompt, const char* ok_label, char* buf, size_t buf_size) {
  bool done = false;
  CenterNext();
  ImGui::SetNextWindowSize(ImVec2(Em(24), 0));
  if (ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings)) {
    ImGui::TextUnformatted(prompt);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(-FLT_MIN);
    bool enter = ImGui::InputText("##name", buf, buf_size, ImGuiInputTextFlags_EnterReturnsTrue);
    bool empty = buf[0] == 0;
    if (empty) {
      ImGui::PushStyleColor(ImGuiCol_Text, Palette().warning);
      ImGui::TextUnformatted(ICON_WARNING "  A name is needed");
      ImGui::PopStyleColor();
    }
    ImGui::Dummy(ImVec2(0, Em(0.3f)));
    ImGui::BeginDisabled(empty);
    if (ImGui::Button(ok_label) || (enter && !empty)) { done = true; ImGui::CloseCurrentPopup(); }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }
  return done;
}

void Dialogs(App& app) {
  auto& d = app.dialogs;
  if (d.open_new) { ImGui::OpenPopup("New workspace"); d.open_new = false; }
  if (d.open_rename) { ImGui::OpenPopup("Rename workspace"); d.open_rename = false; }
  if (d.open_delete) { ImGui::OpenPopup("Delete workspace?"); d.open_delete = false; }
  if (d.open_shortcuts) { ImGui::OpenPopup("Keyboard shortcuts"); d.open_shortcuts = false; }
  if (d.open_problems) { ImGui::OpenPopup("Problems###problems"); d.open_problems = false; }
  if (d.open_versions) { ImGui::OpenPopup("Previous versions"); d.open_versions = false; }
  DrawShareDialogs(app);

  CenterNext();
  ImGui::SetNextWindowSize(ImVec2(Em(30), 0));
  if (ImGui::BeginPopupModal("Previous versions", nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings)) {
    const Workspace& ws = app.Store().Current();
    std::vector<VersionInfo> versions = app.Store().Versions(ws.id);
    std::string intro = "The last " + std::to_string(WorkspaceStore::kVersionsKept) + " saves of \"" + ws.name +
                        "\" are kept in this browser. Restoring one is a normal edit: Undo brings back the newer state.";
    Paragraph(intro.c_str(), 28);
    if (versions.empty()) MutedText("Nothing has been saved yet.");
    if (!versions.empty() && ImGui::BeginTable("versions", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
      ImGui::TableSetupColumn("Saved", ImGuiTableColumnFlags_WidthStretch);
      ImGui::TableSetupColumn("People", ImGuiTableColumnFlags_WidthFixed, Em(4));
      ImGui::TableSetupColumn("Size", ImGuiTableColumnFlags_WidthFixed, Em(5));
      ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, Em(6.5f));
      ImGui::TableHeadersRow();
      for (const VersionInfo& v : versions) {
        ImGui::PushID(v.slot);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(AgoText(app.Now(), v.saved_ms).c_str());
        ImGui::TableNextColumn();
        if (v.people >= 0) ImGui::Text("%d", v.people); else MutedText("-");
        ImGui::TableNextColumn();
        if (v.bytes > 0) ImGui::Text("%.1f KB", double(v.bytes) / 1024); else MutedText("-");
        ImGui::TableNextColumn();
        if (v.current) {
          MutedText("current");
        } else if (ImGui::SmallButton("Restore")) {
          app.RestoreVersion(v.slot);
          ImGui::CloseCurrentPopup();
        }
        ImGui::PopID();
      }
      ImGui::EndTable();
    }
    ImGui::Dummy(ImVec2(0, Em(0.3f)));
    if (ImGui::Button("Close") || ImGui::IsKeyPressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }

  if (NameDialog("New workspace", "Name of the new workspace", "Create", d.name_buf, sizeof d.name_buf)) {
    app.Store().Create(d.name_buf, app.Now());
    app.Notify(NoticeKind::Success, std::string("Created \"") + d.name_buf + "\"");
  }
  if (NameDialog("Rename workspace", "New name", "Rename", d.name_buf, sizeof d.name_buf)) {
    std::string name = d.name_buf;
    app.Store().Apply("rename", [&](Workspace& w) { w.name = name; }, app.Now());
  }

  CenterNext();
  ImGui::SetNextWindowSize(ImVec2(Em(26), 0));
  if (ImGui::BeginPopupModal("Delete workspace?", nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings)) {
    std::string msg = "\"" + d.delete_name + "\" and everything in it will be removed from this browser. "
                      "This cannot be undone. Export it first if you may need it again.";
    Paragraph(msg.c_str(), 24);
    ImGui::Dummy(ImVec2(0, Em(0.3f)));
    ImGui::PushStyleColor(ImGuiCol_Text, Palette().error);
    if (ImGui::Button(ICON_TRASH "  Delete")) {
      OpResult r = app.Store().Delete(d.delete_id, app.Now());
      if (r.ok) app.Notify(NoticeKind::Success, "Deleted \"" + d.delete_name + "\"");
      else app.Notify(NoticeKind::Error, r.error, 0);
      ImGui::CloseCurrentPopup();
    }
    ImGui::PopStyleColor();
    ImGui::SameLine();
    if (ImGui::Button(ICON_EXPORT "  Export first")) app.ExportWorkspace();
    ImGui::SameLine();
    if (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }

  CenterNext();
  ImGui::SetNextWindowSize(ImVec2(Em(34), 0));
  std::string problems_title = d.problems_title + "###problems";
  if (ImGui::BeginPopupModal(problems_title.c_str(), nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings)) {
    Paragraph(d.problems_intro.c_str(), 32);
    ImGui::BeginChild("problem list", ImVec2(0, std::min(Em(18), Em(1.6f) * float(d.problems.size()) + Em(1))),
                      ImGuiChildFlags_Border);
    for (const std::string& line : d.problems) BulletParagraph(line.c_str(), 30, Palette().error);
    ImGui::EndChild();
    ImGui::Dummy(ImVec2(0, Em(0.3f)));
    if (ImGui::Button(ICON_COPY "  Copy the list")) {
      std::string all;
      for (const std::string& line : d.problems) all += line + "\n";
      app.Host().CopyText(all);
    }
    ImGui::SameLine();
    if (ImGui::Button("Close") || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
      d.problems.clear();
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }

  CenterNext();
  ImGui::SetNextWindowSize(ImVec2(Em(30), 0));
  if (ImGui::BeginPopupModal("Keyboard shortcuts", nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings)) {
    static const char* const kRows[][2] = {
        {"Ctrl+Z", "Undo"},
        {"Ctrl+Shift+Z, Ctrl+Y", "Redo"},
        {"Ctrl+C, Ctrl+X, Ctrl+V", "Copy, cut, paste in a text field (the system clipboard)"},
        {"Ctrl+A", "Select all in a text field"},
        {"F1", "This list"},
        {"Tab / Shift+Tab", "Next / previous field"},
        {"Enter", "Confirm a dialog"},
        {"Esc", "Close a dialog"},
        {"Wheel, drag", "Zoom and pan a chart"},
        {"Touch", "Tap to press, drag with one finger"}};
    if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
      for (const auto& r : kRows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushFont(Fonts().heading);
        ImGui::TextUnformatted(r[0]);
        ImGui::PopFont();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(r[1]);
      }
      ImGui::EndTable();
    }
    MutedText("On a Mac, Cmd works wherever Ctrl is listed.");
    if (ImGui::Button("Close") || ImGui::IsKeyPressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }
}

}  // namespace

// [SECTION] Storage banner
// A persistent strip above the view whenever work is not safely saved: it
// says why and offers the way out (export, or choosing between two tabs).
void StorageBanner(App& app) {
  WorkspaceStore& store = app.Store();
  const SaveStatus& st = store.Status();
  const PaletteColors& p = Palette();
  const bool conflict = st.state == SaveState::Conflict;
  const bool failing = st.state == SaveState::Failed || st.state == SaveState::Disabled;
  if (!conflict && !failing && !store.ReadOnly()) return;
  const ImU32 col = conflict || st.state == SaveState::Failed ? p.error : p.warning;
  ImGui::PushStyleColor(ImGuiCol_ChildBg, WithAlpha(col, 0.12f));
  ImGui::PushStyleColor(ImGuiCol_Border, col);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(Em(0.8f), Em(0.5f)));
  ImGui::BeginChild("Storage banner", ImVec2(0, 0),
                    ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
  ImGui::PushStyleColor(ImGuiCol_Text, p.text);
  std::string text;
  if (conflict) {
    const ConflictInfo& c = store.ConflictDetails();
    text = c.deleted_elsewhere
               ? "\"" + c.name + "\" was deleted in another tab while you were editing it here. Nothing is saved until you choose."
               : "\"" + c.name + "\" was changed in another tab while you were editing it here. Nothing is saved until you choose; both versions are kept.";
  } else if (store.ReadOnly()) {
    text = store.ReadOnlyReason();
  } else {
    text = (st.state == SaveState::Disabled ? "This browser does not let the app save: " : "Your latest changes are not saved: ") +
           st.message + " Export a file to keep your work.";
  }
  ImGui::PushTextWrapPos(ImGui::GetContentRegionMax().x - Em(1));
  ImGui::TextUnformatted((std::string(ICON_WARNING "  ") + text).c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  if (conflict) {
    if (ImGui::Button("Keep mine as a copy")) {
      const bool deleted = store.ConflictDetails().deleted_elsewhere;
      OpResult r = store.ResolveConflictKeepMine(app.Now());
      if (!r.ok) app.Notify(NoticeKind::Error, r.error, 0);
      else if (deleted) app.Notify(NoticeKind::Success, "Your version is saved as a new workspace and open here.", 8000);
      else app.Notify(NoticeKind::Success, "Your version is saved as a new workspace; this one now shows the other tab's.", 8000);
    }
    ImGui::SameLine();
    if (ImGui::Button(store.ConflictDetails().deleted_elsewhere ? "Discard my changes" : "Use the other tab's version")) {
      OpResult r = store.ResolveConflictTakeTheirs(app.Now());
      if (r.ok) app.Notify(NoticeKind::Info, "Showing the other tab's version. Undo brings yours back.", 8000);
      else app.Notify(NoticeKind::Error, r.error, 0);
    }
  } else if (store.ReadOnly()) {
    if (ImGui::Button(ICON_EXPORT "  Download it as stored")) app.DownloadRawDocument(store.Current().id);
  } else {
    if (ImGui::Button(ICON_EXPORT "  Export this workspace")) app.ExportWorkspace();
  }
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor(2);
  ImGui::Dummy(ImVec2(0, Em(0.3f)));
}

// [SECTION] Layout
// Embedded in a course page: the view alone, with a slim bar that says what
// is shown and that it is read-only.
void EmbedBar(App& app, ImVec2 pos, ImVec2 size) {
  const PaletteColors& p = Palette();
  BeginPanel("Status bar", pos, size, p.surface, ImVec2(Em(0.8f), (size.y - ImGui::GetTextLineHeight()) * 0.5f));
  ImGui::PushFont(Fonts().small);
  const Notice& n = app.CurrentNotice();
  std::string text;
  if (!app.EmbedError().empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, p.error);
    ImGui::Text("%s  %s", ICON_ERROR, app.EmbedError().c_str());
    ImGui::PopStyleColor();
  } else if (!n.text.empty() && n.kind != NoticeKind::Success) {
    ImGui::PushStyleColor(ImGuiCol_Text, n.kind == NoticeKind::Error ? p.error : p.text_muted);
    ImGui::Text("%s  %s", n.kind == NoticeKind::Error ? ICON_ERROR : ICON_INFO, n.text.c_str());
    ImGui::PopStyleColor();
  } else {
    ImGui::PushStyleColor(ImGuiCol_Text, p.accent);
    ImGui::TextUnformatted(ICON_CIRCLE);
    ImGui::PopStyleColor();
    ImGui::SameLine(0, Em(0.4f));
    text = "ML Team Studio  \xC2\xB7  " + std::string(ViewTitle(app.CurrentView()));
    if (app.Store().ReadOnly()) text += "  \xC2\xB7  " + app.Store().Current().name + "  \xC2\xB7  read-only";
    MutedText(text.c_str());
  }
  ImGui::PopFont();
  EdgeLine(Edge::Top);
  ImGui::End();
}

void DrawChrome(App& app) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  float top_h = Em(3.0f), status_h = Em(1.9f), rail_w = Em(6.4f);
  ImVec2 o = vp->WorkPos, s = vp->WorkSize;
  if (app.Embedded()) {
    EmbedBar(app, ImVec2(o.x, o.y + s.y - status_h), ImVec2(s.x, status_h));
    BeginPanel("Main", o, ImVec2(s.x, s.y - status_h), Palette().background, ImVec2(Em(1.4f), Em(1.0f)));
    DrawView(app);
    ImGui::End();
    Dialogs(app);
    return;
  }
  TopBar(app, o, ImVec2(s.x, top_h));
  NavRail(app, ImVec2(o.x, o.y + top_h), ImVec2(rail_w, s.y - top_h - status_h));
  StatusBar(app, ImVec2(o.x, o.y + s.y - status_h), ImVec2(s.x, status_h));

  ImVec2 main_pos(o.x + rail_w, o.y + top_h), main_size(s.x - rail_w, s.y - top_h - status_h);
  BeginPanel("Main", main_pos, main_size, Palette().background, ImVec2(Em(2.0f), Em(1.4f)));
  StorageBanner(app);
  DrawView(app);
  ImGui::End();

  Dialogs(app);
}

}  // namespace mlt
