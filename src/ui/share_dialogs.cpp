#include "ui/share_dialogs.h"

#include <string>

#include "imgui.h"
#include "ui/app.h"
#include "ui/fonts.h"
#include "ui/icons.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace mlt {
namespace {

// What a view-only link of `view` holds, or null when the view has no part of
// its own (the link then carries the whole workspace).
const char* ViewScopeLabel(std::string_view view) {
  if (view == "roles" || view == "skills") return "Only the people (what the Roles and Skills views show)";
  if (view == "org") return "Only the people and the organisation";
  if (view == "plan") return "Only the plan";
  return nullptr;
}

void ColoredParagraph(ImU32 color, const char* icon, const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  ImGui::TextUnformatted(icon);
  ImGui::PopStyleColor();
  ImGui::SameLine();
  Paragraph(text.c_str(), 30);
}

void MakeLinkDialog(App& app) {
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(Em(34), 0));
  if (!ImGui::BeginPopupModal("Share a link", nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings))
    return;
  App::ShareState& s = app.share;
  const std::string view(ViewId(app.CurrentView()));
  const char* view_scope = ViewScopeLabel(view);
  Paragraph("The link carries the data itself, compressed into the part after '#'. It is never sent to a "
            "server: anyone who has the link can open a copy, and your workspace stays as it is.", 32);
  ImGui::Dummy(ImVec2(0, Em(0.2f)));
  bool whole = s.whole || !view_scope;
  bool changed = false;
  if (ImGui::RadioButton("The whole workspace", whole)) { whole = true; changed = true; }
  if (view_scope) {
    if (ImGui::RadioButton(view_scope, !whole)) { whole = false; changed = true; }
  }
  if (changed || (s.link.empty() && !s.making && s.error.empty()) || s.view != view) app.RequestShareLink(whole);
  ImGui::Dummy(ImVec2(0, Em(0.3f)));

  if (s.making) {
    MutedText("Compressing\xE2\x80\xA6");
  } else if (!s.error.empty()) {
    ColoredParagraph(Palette().error, ICON_ERROR, s.error);
  } else if (!s.link.empty()) {
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputText("##link", s.link.data(), s.link.size() + 1, ImGuiInputTextFlags_ReadOnly);
    const size_t n = s.link.size();
    const std::string length = "The link is " + WithThousands(n) + " characters long.";
    if (n > kShareLinkTooLongChars) {
      ColoredParagraph(Palette().error, ICON_WARNING,
                       length + " That is too long for most chat apps, mail and browsers' address bars. "
                                "Export the workspace as a file and send the file instead.");
    } else if (n > kShareLinkWarnChars) {
      ColoredParagraph(Palette().warning, ICON_WARNING,
                       length + " Some chat and mail apps cut links longer than about 2,000 characters; if it "
                                "arrives broken, send the exported file instead.");
    } else {
      ColoredParagraph(Palette().success, ICON_CHECK, length + " Short enough for chat and mail.");
    }
  }
  ImGui::Dummy(ImVec2(0, Em(0.3f)));
  ImGui::BeginDisabled(s.link.empty());
  if (PrimaryButton(ICON_COPY "  Copy link")) {
    app.Host().CopyText(s.link);
    app.Notify(NoticeKind::Success, "Link copied");
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button(ICON_EXPORT "  Export a file instead")) app.ExportWorkspace();
  ImGui::SameLine();
  if (ImGui::Button("Close") || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
    s.making = false;
    s.link.clear();
    s.error.clear();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

void OpenLinkDialog(App& app) {
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(Em(32), 0));
  if (!ImGui::BeginPopupModal("Open a shared workspace?", nullptr,
                              ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings))
    return;
  App::ShareState& s = app.share;
  if (!s.pending) {  // (answered elsewhere, e.g. through the automation API)
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return;
  }
  ImGui::PushFont(Fonts().heading);
  ImGui::TextUnformatted(("\"" + s.incoming.workspace.name + "\"").c_str());
  ImGui::PopFont();
  std::string what = "The link holds " + s.incoming_contents + ".";
  if (!s.incoming.whole_workspace) {
    View v;
    if (ViewFromId(s.incoming.view, &v))
      what += " It was shared from the " + std::string(ViewTitle(v)) + " view, with only what that view shows.";
  }
  Paragraph(what.c_str(), 30);
  const size_t count = app.Store().List().size();
  const std::string keep = count == 1 ? std::string("It opens as a new workspace. Your workspace stays exactly as it is.")
                                      : "It opens as a new workspace. Your " + WithThousands(count) +
                                            " workspaces stay exactly as they are.";
  ColoredParagraph(Palette().success, ICON_CHECK, keep);
  ImGui::Dummy(ImVec2(0, Em(0.3f)));
  if (PrimaryButton(ICON_PLUS "  Open as a new workspace")) {
    app.OpenSharedWorkspace();
    ImGui::CloseCurrentPopup();
  }
  ImGui::SameLine();
  if (ImGui::Button("Don't open") || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
    app.DiscardSharedWorkspace();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace

void DrawShareDialogs(App& app) {
  auto& d = app.dialogs;
  if (d.open_share) { ImGui::OpenPopup("Share a link"); d.open_share = false; }
  if (d.open_share_incoming) { ImGui::OpenPopup("Open a shared workspace?"); d.open_share_incoming = false; }
  MakeLinkDialog(app);
  OpenLinkDialog(app);
}

}  // namespace mlt
