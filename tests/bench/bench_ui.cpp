// Benchmark: CPU time per frame of the Skills and Roles views with a large
// roster, and of the org chart with a large organisation, drawn headless (no
// GPU: ImGui builds the draw lists, nothing is rasterised). Prints numbers;
// it is not a pass/fail test.
// Usage: bench_ui [people=2000] [frames=300] [org_nodes=10000]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "imgui.h"
#include "support/headless_app.h"
#include "ui/app.h"
#include "ui/fonts.h"
#include "ui/item_recorder.h"
#include "ui/theme.h"

using namespace mlt;

namespace {

// A roster of `n` people spread over the six roles and eight teams.
Workspace MakeRoster(int n) {
  static const char* const kRoles[] = {"ml_product_manager", "mlops_engineer", "data_engineer",
                                       "ml_engineer",        "ml_researcher",  "data_scientist"};
  std::mt19937 rng(42);
  std::uniform_real_distribution<double> skill(0, 10);
  Workspace w;
  w.name = "Benchmark";
  for (int i = 0; i < n; ++i) {
    Person p;
    p.id = "p" + std::to_string(i);
    p.name = "Person " + std::to_string(i);
    p.role = kRoles[i % 6];
    p.team = "Team " + std::to_string(i % 8);
    p.kind = i % 17 == 0 ? PersonKind::OpenPosition : i % 11 == 0 ? PersonKind::Candidate : PersonKind::Member;
    for (double& s : p.skills) s = std::round(skill(rng) * 10) / 10;
    w.people.push_back(p);
  }
  return w;
}

// An org of `n` people: each manager has 3-9 reports, one in 13 is an open position.
Workspace MakeOrg(int n) {
  static const char* const kRoles[] = {"ml_product_manager", "mlops_engineer", "data_engineer",
                                       "ml_engineer",        "ml_researcher",  "data_scientist"};
  std::mt19937 rng(7);
  Workspace w;
  w.name = "Org benchmark";
  int manager = 0, left = 0;
  for (int i = 0; i < n; ++i) {
    Person p;
    p.id = "p" + std::to_string(i);
    p.name = "Person " + std::to_string(i);
    p.title = "Title " + std::to_string(i % 40);
    p.role = kRoles[i % 6];
    p.kind = i % 13 == 12 ? PersonKind::OpenPosition : PersonKind::Member;
    if (i > 0) {
      if (left == 0) {
        ++manager;
        if (manager >= i) manager = i - 1;
        left = 3 + int(rng() % 7);
      }
      p.manager = "p" + std::to_string(manager - 1 < 0 ? 0 : manager - 1);
      --left;
    }
    w.people.push_back(p);
  }
  return w;
}

struct Stats { double mean, p50, p95, max; };
Stats Summarise(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  double sum = 0;
  for (double x : v) sum += x;
  return {sum / v.size(), v[v.size() / 2], v[size_t(v.size() * 0.95)], v.back()};
}

}  // namespace

int main(int argc, char** argv) {
  int people = argc > 1 ? std::atoi(argv[1]) : 2000;
  int frames = argc > 2 ? std::atoi(argv[2]) : 300;
  int org_nodes = argc > 3 ? std::atoi(argv[3]) : 10000;
  HeadlessApp headless(ImVec2(1440, 900));
  App& app = headless.app;
  ImGuiIO& io = ImGui::GetIO();
  auto r = app.ApiLoadWorkspace(WorkspaceToText(MakeRoster(people)));
  if (r.find("\"ok\":true") == std::string::npos) { std::fprintf(stderr, "load failed: %s\n", r.c_str()); return 1; }

  std::printf("people: %d, frames: %d, display 1440x900, headless (draw lists built, no GPU)\n", people, frames);
  auto measure = [&](const char* what, auto&& before_frame) {
    std::vector<double> ms;
    for (int f = 0; f < frames + 30; ++f) {
      headless.now += 16;
      before_frame(f);
      auto t0 = std::chrono::steady_clock::now();
      ImGui::NewFrame();
      ItemRecorderNewFrame();
      app.Frame();
      ImGui::Render();
      auto t1 = std::chrono::steady_clock::now();
      if (f >= 30) ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    Stats s = Summarise(ms);
    int cards = 0;
    for (const RecordedItem& it : LastFrameItems()) cards += it.window == "org chart";
    std::printf("%-34s CPU per frame mean %.2f ms, p50 %.2f ms, p95 %.2f ms, max %.2f ms (%d items on the chart, %.0f vertices)\n",
                what, s.mean, s.p50, s.p95, s.max, cards, double(ImGui::GetDrawData()->TotalVtxCount));
  };
  for (View v : {View::Skills, View::Roles}) {
    app.SetView(v);
    std::vector<double> ms;
    for (int f = 0; f < frames + 30; ++f) {
      headless.now += 16;
      // Move the mouse across the chart so hover and hit testing run too.
      io.AddMousePosEvent(300.0f + float(f % 600), 300.0f + float((f * 7) % 400));
      auto t0 = std::chrono::steady_clock::now();
      ImGui::NewFrame();
      ItemRecorderNewFrame();
      app.Frame();
      ImGui::Render();
      auto t1 = std::chrono::steady_clock::now();
      if (f >= 30) ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    Stats s = Summarise(ms);
    std::printf("%-7s view: CPU per frame mean %.2f ms, p50 %.2f ms, p95 %.2f ms, max %.2f ms\n",
                std::string(ViewId(v)).c_str(), s.mean, s.p50, s.p95, s.max);
  }

  // The org chart: a large organisation fitted on screen (every card drawn as
  // a box, no text) and at 100% (culling leaves a few dozen cards with text).
  r = app.ApiLoadWorkspace(WorkspaceToText(MakeOrg(org_nodes)));
  if (r.find("\"ok\":true") == std::string::npos) { std::fprintf(stderr, "org load failed: %s\n", r.c_str()); return 1; }
  app.SetView(View::Org);
  std::printf("org chart: %d nodes\n", org_nodes);
  auto hover = [&](int f) { io.AddMousePosEvent(300.0f + float(f % 600), 300.0f + float((f * 7) % 400)); };
  measure("org chart, whole chart fitted", [&](int f) {
    if (f == 0) app.ui.org_fit_request = true;
    hover(f);
  });
  measure("org chart, 100% (culled)", [&](int f) {
    if (f == 0) {
      app.ui.org_zoom = 1.0f;
      app.ui.org_center_on = "p1";  // a manager near the top: a screenful of cards
    }
    hover(f);
  });
  return 0;
}
