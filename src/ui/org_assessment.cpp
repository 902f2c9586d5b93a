// [SECTION] Editing  [SECTION] Questionnaire  [SECTION] Result  [SECTION] Compare  [SECTION] Tab
#include "ui/org_assessment.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <string>

#include "imgui.h"
#include "model/assessment.h"
#include "model/org_tree.h"
#include "model/table_csv.h"
#include "ui/app.h"
#include "ui/charts.h"
#include "ui/fonts.h"
#include "ui/icons.h"
#include "ui/item_recorder.h"
#include "ui/org_panels.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace mlt {
namespace {

// [SECTION] Editing
const OrgAssessment* Selected(App& app) {
  const auto& list = app.Store().Current().org.assessments;
  for (const OrgAssessment& a : list)
    if (a.id == app.ui.org_assessment) return &a;
  if (list.empty()) return nullptr;
  app.ui.org_assessment = list.front().id;
  return &list.front();
}

template <class F>
void EditAssessment(App& app, const std::string& id, const std::string& what, const std::string& merge, F&& edit) {
  app.Store().Apply(what, [&](Workspace& w) {
    for (OrgAssessment& a : w.org.assessments)
      if (a.id == id) edit(a);
  }, app.Now(), merge);
}

void AddAssessment(App& app, const OrgAssessment* copy_of) {
  OrgAssessment a = copy_of ? *copy_of : OrgAssessment{};
  a.id = app.NewOrgId("a-");
  const size_t n = app.Store().Current().org.assessments.size();
  a.name = copy_of ? copy_of->name + " (copy)" : n == 0 ? "Our organisation" : "Organisation " + std::to_string(n + 1);
  app.Store().Apply("add an assessment", [&](Workspace& w) { w.org.assessments.push_back(a); }, app.Now());
  app.ui.org_assessment = a.id;
}

const char* ArchetypeName(const Content& c, const std::string& id) {
  const Archetype* a = c.FindArchetype(id);
  return a ? a->name.c_str() : id.c_str();
}

// [SECTION] Questionnaire
// One radio button per option; clicking the chosen option again clears it.
void Question(App& app, const OrgAssessment& a, int number, const std::string& qid, const std::string& text,
              const std::string& help, const std::vector<std::pair<std::string, std::string>>& options, bool design) {
  const auto& answers = design ? a.design : a.answers;
  auto it = answers.find(qid);
  const std::string current = it == answers.end() ? "" : it->second;
  ImGui::PushID(qid.c_str());
  ImGui::Dummy(ImVec2(0, Em(0.4f)));
  ImGui::PushFont(Fonts().heading);
  char num[16];
  std::snprintf(num, sizeof num, "%d. ", number);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + Em(36));
  ImGui::TextUnformatted((num + text).c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
  if (!help.empty()) {
    ImGui::PushFont(Fonts().small);
    ImGui::PushStyleColor(ImGuiCol_Text, Palette().text_muted);
    Paragraph(help.c_str(), 40);
    ImGui::PopStyleColor();
    ImGui::PopFont();
  }
  for (const auto& [oid, label] : options) {
    ImGui::PushID(oid.c_str());
    if (ImGui::RadioButton(label.c_str(), current == oid)) {
      std::string aid = a.id, value = current == oid ? "" : oid;
      EditAssessment(app, aid, "answer a question", "", [&](OrgAssessment& x) {
        auto& m = design ? x.design : x.answers;
        if (value.empty()) m.erase(qid);
        else m[qid] = value;
      });
    }
    ImGui::PopID();
  }
  ImGui::PopID();
}

void Questionnaire(App& app, const OrgAssessment& a) {
  const Content& c = app.GetContent();
  int number = 1;
  Heading("How ML work is run today");
  MutedText("Pick the answer closest to your organisation; click it again to clear it.");
  for (const AssessmentQuestion& q : c.questionnaire) {
    std::vector<std::pair<std::string, std::string>> options;
    for (const AssessmentOption& o : q.options) options.emplace_back(o.id, o.label);
    Question(app, a, number++, q.id, q.text, q.help, options, false);
  }
  ImGui::Dummy(ImVec2(0, Em(0.8f)));
  Heading("How your ML teams are structured");
  MutedText("The three design choices of the lecture; the result compares them with the usual choice for your archetype.");
  for (const DesignDimension& d : c.design_dimensions) {
    std::vector<std::pair<std::string, std::string>> options;
    for (const DesignOption& o : d.options) options.emplace_back(o.id, o.label);
    Question(app, a, number++, d.id, d.name + ": " + d.question, "", options, true);
  }
  ImGui::Dummy(ImVec2(0, Em(1)));
  ImGui::PushFont(Fonts().small);
  MutedText("Notes on this organisation");
  ImGui::PopFont();
  std::string notes = a.notes;
  if (InputString("##assessment notes", &notes, Em(36), true)) {
    std::string id = a.id;
    EditAssessment(app, id, "notes of an assessment", "assessment-notes:" + id, [&](OrgAssessment& x) { x.notes = notes; });
  }
}

// [SECTION] Result
void ShareBar(const char* label, double share, ImU32 color, bool best, float width) {
  ImGui::PushFont(best ? Fonts().heading : Fonts().body);
  ImGui::TextUnformatted(label);
  ImGui::PopFont();
  char pct[16];
  std::snprintf(pct, sizeof pct, "%.0f%%", share * 100);
  ImVec2 p = ImGui::GetCursorScreenPos();
  float h = Em(0.55f), w = width - Em(3);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(p, ImVec2(p.x + w, p.y + h), WithAlpha(Palette().border, 0.7f), h / 2);
  dl->AddRectFilled(p, ImVec2(p.x + w * float(std::clamp(share, 0.0, 1.0)), p.y + h), color, h / 2);
  dl->AddText(ImVec2(p.x + w + Em(0.5f), p.y + h / 2 - ImGui::GetTextLineHeight() / 2), Palette().text_muted, pct);
  ImGui::Dummy(ImVec2(width, h + Em(0.25f)));
}

void ResultPanel(App& app, const OrgAssessment& a) {
  const Content& c = app.GetContent();
  const AssessmentResult r = ScoreAssessment(c, a);
  const PaletteColors& pal = Palette();
  const float w = ImGui::GetContentRegionAvail().x;
  char buf[160];
  if (r.best.empty()) {
    Heading("Your match");
    Paragraph("Answer a few questions on the left: the match with the five archetypes appears here and sharpens "
              "as you answer more.", 22);
    return;
  }
  const Archetype* best = c.FindArchetype(r.best);
  ImGui::PushFont(Fonts().small);
  MutedText("Closest archetype");
  ImGui::PopFont();
  ImGui::PushFont(Fonts().title);
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(best ? best->name.c_str() : r.best.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
  std::snprintf(buf, sizeof buf, "%s confidence (%.0f%%) \xC2\xB7 %d of %d questions answered", r.confidence_label.c_str(),
                r.confidence * 100, r.answered, r.total);
  buf[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(buf[0])));
  ImGui::PushStyleColor(ImGuiCol_Text, r.confidence_label == "strong" ? pal.success
                                       : r.confidence_label == "moderate" ? pal.text : pal.warning);
  ImGui::TextUnformatted(buf);
  ImGui::PopStyleColor();
  if (best) Paragraph(best->summary.c_str(), 26);

  // The org chart is a second, independent signal.
  const OrgMetrics& om = CurrentOrgMetrics(app);
  if (const Archetype* hint = c.FindArchetype(om.archetype_hint); hint && om.people > 0) {
    std::string line = "Your org chart points to " + hint->name + (hint->id == r.best ? ", which agrees." : ", not to this one: ") +
                       (hint->id == r.best ? "" : om.ml_placement_reason);
    ImGui::PushStyleColor(ImGuiCol_Text, hint->id == r.best ? pal.success : pal.warning);
    Paragraph(((hint->id == r.best ? ICON_CHECK "  " : ICON_INFO "  ") + line).c_str(), 26);
    ImGui::PopStyleColor();
  }

  Heading("Score by archetype");
  for (const ArchetypeScore& s : r.scores)
    ShareBar(ArchetypeName(c, s.archetype), s.share, s.archetype == r.best ? pal.accent : WithAlpha(pal.text_muted, 0.6f),
             s.archetype == r.best, w);

  if (!r.drivers.empty()) {
    Heading("What drove the match");
    for (const AnswerDriver& d : r.drivers) BulletParagraph(d.text.c_str(), 26);
  }
  if (best) {
    Heading("What usually goes well");
    for (const std::string& s : best->advantages) BulletParagraph(s.c_str(), 26, pal.success);
    Heading("What usually gets hard");
    for (const std::string& s : best->difficulties) BulletParagraph(s.c_str(), 26, pal.warning);
  }

  Heading("Your structure against the lecture's");
  const Archetype* cmp = c.FindArchetype(r.compared_archetype);
  if (!r.compared_note.empty()) Paragraph(r.compared_note.c_str(), 26);
  for (const DesignComparison& d : r.design) {
    const DesignDimension* dim = nullptr;
    for (const DesignDimension& x : c.design_dimensions)
      if (x.id == d.dimension) dim = &x;
    if (!dim) continue;
    auto label = [&](const std::string& id) {
      for (const DesignOption& o : dim->options)
        if (o.id == id) return o.label;
      return std::string("Not answered");
    };
    ImGui::Dummy(ImVec2(0, Em(0.2f)));
    ImGui::PushFont(Fonts().heading);
    ImGui::TextUnformatted(dim->name.c_str());
    ImGui::PopFont();
    std::string yours = "Yours: " + label(d.user_option);
    std::string usual = std::string("Usual for ") + (cmp ? cmp->short_name : r.compared_archetype) + ": " + label(d.recommended);
    Paragraph(yours.c_str(), 26);
    Paragraph(usual.c_str(), 26);
    if (d.match) {
      ImGui::PushStyleColor(ImGuiCol_Text, pal.success);
      ImGui::TextUnformatted(ICON_CHECK "  Matches");
      ImGui::PopStyleColor();
    } else {
      ImGui::PushStyleColor(ImGuiCol_Text, pal.warning);
      ImGui::TextUnformatted(d.user_option.empty() ? ICON_INFO "  Not answered yet" : ICON_WARNING "  Differs");
      ImGui::PopStyleColor();
      if (!d.advice.empty()) Paragraph(d.advice.c_str(), 26);
    }
  }
}

// [SECTION] Compare
void CompareTable(App& app) {
  const Content& c = app.GetContent();
  const auto& list = app.Store().Current().org.assessments;
  std::vector<AssessmentResult> results;
  for (const OrgAssessment& a : list) results.push_back(ScoreAssessment(c, a));
  const int cols = static_cast<int>(list.size()) + 1;
  if (cols > 64) {
    MutedText("Too many assessments to compare side by side (64 at most).");
    return;
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollX;
  if (!ImGui::BeginTable("compare", cols, flags)) return;
  ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, Em(16));
  for (const OrgAssessment& a : list) ImGui::TableSetupColumn(a.name.c_str(), ImGuiTableColumnFlags_WidthFixed, Em(13));
  ImGui::TableHeadersRow();
  auto row = [&](const char* label, auto&& cell) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(label);
    for (size_t i = 0; i < list.size(); ++i) {
      ImGui::TableNextColumn();
      cell(i);
    }
  };
  row("Closest archetype", [&](size_t i) {
    ImGui::PushFont(Fonts().heading);
    ImGui::TextUnformatted(results[i].best.empty() ? "-" : ArchetypeName(c, results[i].best));
    ImGui::PopFont();
  });
  row("Confidence", [&](size_t i) {
    ImGui::Text("%s (%.0f%%)", results[i].confidence_label.c_str(), results[i].confidence * 100);
  });
  row("Questions answered", [&](size_t i) { ImGui::Text("%d of %d", results[i].answered, results[i].total); });
  for (const Archetype& arch : c.archetypes) {
    row(arch.name.c_str(), [&](size_t i) {
      for (const ArchetypeScore& s : results[i].scores)
        if (s.archetype == arch.id) {
          ImVec2 p = ImGui::GetCursorScreenPos();
          float w = Em(8) * float(s.share), h = Em(0.5f);
          ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + Em(0.4f)), ImVec2(p.x + w, p.y + Em(0.4f) + h),
                                                    s.archetype == results[i].best ? Palette().accent
                                                                                   : WithAlpha(Palette().text_muted, 0.5f),
                                                    h / 2);
          ImGui::Dummy(ImVec2(Em(8.5f), 0));
          ImGui::SameLine();
          ImGui::Text("%.0f%%", s.share * 100);
        }
    });
  }
  for (const DesignDimension& d : c.design_dimensions) {
    row(d.name.c_str(), [&](size_t i) {
      for (const DesignComparison& x : results[i].design) {
        if (x.dimension != d.id) continue;
        std::string label = "-";
        for (const DesignOption& o : d.options)
          if (o.id == x.user_option) label = o.label;
        ImGui::PushStyleColor(ImGuiCol_Text, x.match ? Palette().text : Palette().warning);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + Em(12.5f));
        ImGui::TextUnformatted(((x.match ? "" : ICON_WARNING " ") + label).c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
      }
    });
  }
  ImGui::EndTable();
  MutedText(ICON_WARNING " marks a structure choice that differs from the usual one for that organisation's archetype.");
}

}  // namespace

// [SECTION] Tab
void DrawOrgAssessment(App& app) {
  const OrgAssessment* a = Selected(app);
  if (!a) {
    if (BeginCard("assessment intro")) {
      Heading("Which archetype is your organisation?");
      std::string intro = std::to_string(app.GetContent().questionnaire.size()) +
                          " short questions about who does ML work, who owns data and models, and how work gets "
                          "funded and shipped, then the three team-structure choices. The answers are matched against "
                          "the lecture's five organisation archetypes: you see the closest one, how sure the match is "
                          "and which answers drove it, and how your structure compares with what usually works for "
                          "that archetype.";
      Paragraph(intro.c_str(), 46);
      ImGui::Dummy(ImVec2(0, Em(0.3f)));
      if (PrimaryButton(ICON_CHEVRON_RIGHT "  Start the assessment")) AddAssessment(app, nullptr);
    }
    EndCard();
    return;
  }
  const auto& list = app.Store().Current().org.assessments;
  ImGui::SetNextItemWidth(Em(14));
  if (BeginReportedCombo("##assessment", a->name.c_str())) {
    for (const OrgAssessment& x : list) {
      ImGui::PushID(x.id.c_str());
      if (ImGui::Selectable(x.name.c_str(), x.id == a->id)) app.ui.org_assessment = x.id;
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  std::string name = a->name, id = a->id;
  if (InputString("##assessment name", &name, Em(12)) && !name.empty())
    EditAssessment(app, id, "rename an assessment", "assessment-name:" + id, [&](OrgAssessment& x) { x.name = name; });
  Tooltip("The organisation's name");
  ImGui::SameLine();
  if (ToolButton(ICON_PLUS, "New", "Assess another organisation (or the same one as you want it to be)")) {
    AddAssessment(app, nullptr);
    return;
  }
  ImGui::SameLine();
  if (ToolButton(ICON_COPY, "Duplicate", "A copy of these answers, to try changes")) {
    AddAssessment(app, a);
    return;
  }
  ImGui::SameLine();
  if (ToolButton(ICON_TRASH, "Delete", "Delete this assessment (undo with Ctrl+Z)")) {
    std::string gone = a->name;
    app.Store().Apply("delete an assessment", [&](Workspace& w) {
      auto& v = w.org.assessments;
      v.erase(std::remove_if(v.begin(), v.end(), [&](const OrgAssessment& x) { return x.id == id; }), v.end());
    }, app.Now());
    app.ui.org_assessment.clear();
    app.Notify(NoticeKind::Info, "Deleted the assessment " + gone + ". Undo with Ctrl+Z.");
    return;
  }
  ImGui::SameLine(0, Em(1.5f));
  ImGui::Checkbox("Compare side by side", &app.ui.org_compare);
  if (app.ui.org_compare) {
    FlowNext(ButtonWidth(ICON_TABLE "  CSV"), Em(1));
    if (ToolButton(ICON_TABLE, "CSV##compare", "Download the comparison as CSV (assessment-comparison.csv)"))
      app.ExportTableCsv("assessment-comparison.csv", AssessmentCompareRows(app.GetContent(), list));
  }
  ImGui::Dummy(ImVec2(0, Em(0.2f)));
  if (app.ui.org_compare) {
    CompareTable(app);
    return;
  }
  const float side = std::min(Em(26), ImGui::GetContentRegionAvail().x * 0.42f);
  ImGui::BeginChild("questionnaire", ImVec2(ImGui::GetContentRegionAvail().x - side - Em(1), 0));
  Questionnaire(app, *a);
  ImGui::EndChild();
  ImGui::SameLine(0, Em(1));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(Em(1), Em(0.8f)));
  ImGui::BeginChild("assessment result", ImVec2(side, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AlwaysUseWindowPadding);
  ImGui::PopStyleVar();
  ResultPanel(app, *a);
  ImGui::EndChild();
}

}  // namespace mlt
