// The app driven without a GPU or a browser: an ImGui context with the real
// fonts, memory storage and a recording host. Shared by the UI smoke test
// and the UI benchmark.
#pragma once
#include <string>

#include "imgui.h"
#include "ui/app.h"
#include "ui/fonts.h"
#include "ui/item_recorder.h"
#include "ui/theme.h"

struct HeadlessApp {
  mlt::MemoryStorage storage;
  mlt::NullHost host;
  int64_t now = 1'700'000'000'000;
  int next_id = 0;
  mlt::App app{storage, host, [this] { return "ws-" + std::to_string(++next_id); }, [this] { return now; }};

  explicit HeadlessApp(ImVec2 display = ImVec2(1280, 800)) {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = display;
    io.DeltaTime = 1.0f / 60.0f;
    mlt::BuildFonts(MLT_FONT_DIR, 1.0f, 2.0f);
    unsigned char* px;
    int w, h;
    io.Fonts->GetTexDataAsRGBA32(&px, &w, &h);
    mlt::EnableItemRecorder();
    mlt::ApplyTheme(false, 1.0f);
    app.Start(MLT_CONTENT_DIR, MLT_EXAMPLES_DIR);
  }
  ~HeadlessApp() { ImGui::DestroyContext(); }
  HeadlessApp(const HeadlessApp&) = delete;
  HeadlessApp& operator=(const HeadlessApp&) = delete;

  void Frame() {
    now += 16;
    ImGui::NewFrame();
    mlt::ItemRecorderNewFrame();
    app.Frame();
    ImGui::Render();
  }
};
