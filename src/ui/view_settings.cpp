#include <cstdio>

#include "imgui.h"
#include "ui/app.h"
#include "ui/icons.h"
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace mlt {

void DrawSettingsView(App& app) {
  ViewHeader(ICON_SETTINGS, "Settings", "Appearance, storage and information about this app.");
  Prefs& prefs = app.MutablePrefs();

  Heading("Appearance");
  int theme = int(prefs.theme);
  bool changed = false;
  changed |= ImGui::RadioButton("Follow the system", &theme, int(ThemeChoice::System));
  ImGui::SameLine(0, Em(1.2f));
  changed |= ImGui::RadioButton(ICON_SUN "  Light", &theme, int(ThemeChoice::Light));
  ImGui::SameLine(0, Em(1.2f));
  changed |= ImGui::RadioButton(ICON_MOON "  Dark", &theme, int(ThemeChoice::Dark));
  if (changed) prefs.theme = ThemeChoice(theme);

  int zoom_pct = int(prefs.zoom * 100.0f + 0.5f);
  ImGui::SetNextItemWidth(Em(14));
  // Applied on release: each change rebuilds the font atlas.
  ImGui::SliderInt("Interface size", &zoom_pct, 80, 150, "%d%%", ImGuiSliderFlags_AlwaysClamp);
  if (ImGui::IsItemDeactivatedAfterEdit()) { prefs.zoom = zoom_pct / 100.0f; changed = true; }
  ImGui::SameLine();
  if (ImGui::Button("Reset")) { prefs.zoom = 1.0f; changed = true; }
  if (changed) app.SavePrefs();

  Heading("Storage");
  const SaveStatus& st = app.Store().Status();
  std::string where = app.Host().StorageDescription();
  if (!where.empty()) ImGui::Text("%s  %s", ICON_DATABASE, where.c_str());
  ImGui::Text("%zu workspace(s) in this browser", app.Store().List().size());
  if (st.state == SaveState::Saved || st.state == SaveState::Pending) {
    MutedText("Changes are saved automatically, within a second. Export a file now and then to keep "
              "a copy outside the browser.");
  } else {
    ImGui::PushStyleColor(ImGuiCol_Text, Palette().warning);
    Paragraph((std::string(ICON_WARNING "  ") + st.message).c_str());
    ImGui::PopStyleColor();
  }
  // Whether the browser may clear this site's storage when space runs low,
  // next to the last export: together they say how safe the work is.
  const std::string& persist = app.PersistResult();
  const char* persist_text =
      persist == "granted" ? "Persistent storage: granted. The browser keeps this app's data even when disk space runs low."
      : persist == "denied" ? "Persistent storage: not granted. The browser may clear this app's data when disk space runs "
                              "low (rare, but possible); exporting now and then keeps a copy."
      : persist == "unsupported" ? "Persistent storage: this browser cannot promise to keep the data; export now and then."
      : "Persistent storage: asking the browser\xE2\x80\xA6";
  ImGui::PushStyleColor(ImGuiCol_Text, persist == "granted" ? Palette().success : Palette().text);
  Paragraph((std::string(persist == "granted" ? ICON_CHECK "  " : ICON_INFO "  ") + persist_text).c_str());
  ImGui::PopStyleColor();
  const int64_t exported = app.MutablePrefs().last_export_ms;
  std::string last = "Last export from this browser: ";
  if (exported > 0) {
    const Date d = DateFromUnixMs(exported);
    last += FormatLongDate(d);
  } else {
    last += "never";
  }
  MutedText(last.c_str());
  if (ToolButton(ICON_EXPORT, "Export this workspace", nullptr)) app.ExportWorkspace();
  ImGui::SameLine();
  if (ToolButton(ICON_REPORT, "Printable report (HTML)", "Roster, organisation, assessments and plan as a page "
                                                         "to print or read with a screen reader"))
    app.ExportReport();

  Heading("About");
  char buf[160];
  std::snprintf(buf, sizeof buf, "ML Team Studio %s  \xC2\xB7  workspace schema %d", MLT_VERSION, kSchemaVersion);
  ImGui::TextUnformatted(buf);
  Paragraph("A planning studio for machine-learning teams. Everything runs in this browser tab: no "
            "server sees your data. Built with Dear ImGui, SDL2 and nlohmann/json; text set in Inter, "
            "icons from Fork Awesome.");
}

}  // namespace mlt
