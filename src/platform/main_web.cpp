// The browser entry point: SDL2 + WebGL2 + Dear ImGui, the main loop, HiDPI,
// and the C functions behind window.mlteams (web/mlteams.js calls them).
// [SECTION] Globals  [SECTION] Frame  [SECTION] Start-up  [SECTION] Exports
#include <SDL.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <GLES3/gl3.h>

#include <chrono>
#include <cmath>
#include <cstdlib>
#include <random>
#include <string>

#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl2.h"
#include "model/json_util.h"
#include "model/share.h"
#include "platform/js_string.h"
#include "platform/web_host.h"
#include "platform/web_storage.h"
#include "ui/app.h"
#include "ui/fonts.h"
#include "ui/item_recorder.h"
#include "ui/theme.h"

namespace {

// [SECTION] Globals
// One app per page; the exports below need to reach it without a user pointer.
struct Runtime {
  SDL_Window* window = nullptr;
  SDL_GLContext gl = nullptr;
  mlt::WebLocalStorage storage;
  // An embedded app (?embed=1) keeps everything in memory: a course page can
  // never write into the visitor's own workspaces, and two embeds on one page
  // never see each other's data.
  mlt::MemoryStorage embed_storage;
  mlt::WebHost host;
  mlt::App* app = nullptr;
  float font_zoom = 0, font_ratio = 0;  // what the atlas was built for
  int theme_dark = -1;
  float theme_zoom = 0;
  double last_frame_start = 0;
  bool ready_sent = false;
  std::string api_out;  // last API result, valid until the next call
  std::string share_bytes;  // compressed bytes of the share link being opened
  std::string clipboard;    // the last text copied in or pasted into the app
};
Runtime g;

int64_t NowMs() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::string NewId() {
  // Random ids so workspaces made in different tabs or devices never collide.
  static std::mt19937_64 rng(uint64_t(NowMs()) ^ uint64_t(emscripten_random() * 4294967296.0));
  static const char kAlphabet[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  std::string id = "ws-";
  for (int i = 0; i < 12; ++i) id += kAlphabet[rng() % 36];
  return id;
}

// Deep links: ?view=learn&section=archetypes
EM_JS(char*, mlt_js_url_param, (const char* name), {
  let v = null;
  try { v = new URLSearchParams(location.search).get(UTF8ToString(name)); } catch (e) { v = null; }
  return v === null ? 0 : Module.mltNewCString(v);
});

std::string UrlParam(const char* name) {
  return mlt::TakeJsString(mlt_js_url_param(name));
}

// Clipboard: SDL keeps copied text to itself on the web, so Dear ImGui's copy
// (Ctrl+C / Ctrl+X in a text field) goes to the browser's clipboard here, and
// a paste arrives from the page's "paste" event (web/mlteams.js).
EM_JS(void, mlt_js_clipboard_write, (const char* text), {
  const t = UTF8ToString(text);
  if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(t).catch(() => {});
});
void SetClipboard(void*, const char* text) {
  g.clipboard = text ? text : "";
  mlt_js_clipboard_write(g.clipboard.c_str());
}
const char* GetClipboard(void*) { return g.clipboard.c_str(); }

void ApplyUrlParams(mlt::App& app) { app.ApplyLaunchParams(UrlParam("view"), UrlParam("section")); }

// [SECTION] Frame
void UpdateFontsAndTheme() {
  float ratio = float(mlt::WebDevicePixelRatio());
  if (!(ratio > 0.25f && ratio < 8.0f)) ratio = 1.0f;
  float zoom = g.app->Zoom();
  if (ratio != g.font_ratio || zoom != g.font_zoom) {
    mlt::BuildFonts("/fonts", zoom, ratio);
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    g.font_ratio = ratio;
    g.font_zoom = zoom;
  }
  int dark = g.app->DarkTheme() ? 1 : 0;
  if (dark != g.theme_dark || zoom != g.theme_zoom) {
    mlt::ApplyTheme(dark, zoom);
    g.theme_dark = dark;
    g.theme_zoom = zoom;
  }
}

void MainLoop() {
  double start = emscripten_get_now();
  SDL_Event event;
  while (SDL_PollEvent(&event)) ImGui_ImplSDL2_ProcessEvent(&event);
  UpdateFontsAndTheme();

  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ImGui::NewFrame();
  mlt::ItemRecorderNewFrame();
  g.app->Frame();
  ImGui::Render();
  double built = emscripten_get_now();

  ImGuiIO& io = ImGui::GetIO();
  int fb_w = int(io.DisplaySize.x * io.DisplayFramebufferScale.x);
  int fb_h = int(io.DisplaySize.y * io.DisplayFramebufferScale.y);
  glViewport(0, 0, fb_w, fb_h);
  ImVec4 bg = ImGui::ColorConvertU32ToFloat4(mlt::Palette().background);
  glClearColor(bg.x, bg.y, bg.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  g.app->AfterRender();  // PNG exports read the frame just drawn

  double end = emscripten_get_now();
  g.app->RecordFrameTime(float(end - start), g.last_frame_start ? float(start - g.last_frame_start) : 0.0f,
                         float(built - start));
  g.last_frame_start = start;
  if (!g.ready_sent) {
    g.ready_sent = true;
    mlt::WebNotifyReady();
  }
}

}  // namespace

// [SECTION] Start-up
int main(int, char**) {
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
    EM_ASM({ Module.mltFatal("SDL could not start: " + UTF8ToString($0)); }, SDL_GetError());
    return 1;
  }
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
  SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);
  // The canvas is sized by CSS; SDL follows it and scales the backing store
  // by devicePixelRatio (ALLOW_HIGHDPI), so text is drawn at device pixels.
  g.window = SDL_CreateWindow("ML Team Studio", SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED, 1280, 800,
                              SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  g.gl = g.window ? SDL_GL_CreateContext(g.window) : nullptr;
  if (!g.gl) {
    EM_ASM({ Module.mltFatal("WebGL2 could not be started: " + UTF8ToString($0)); }, SDL_GetError());
    return 1;
  }
  SDL_GL_MakeCurrent(g.window, g.gl);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // layout is fixed; preferences live in the store
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  ImGui_ImplSDL2_InitForOpenGL(g.window, g.gl);
  io.SetClipboardTextFn = SetClipboard;
  io.GetClipboardTextFn = GetClipboard;
  ImGui_ImplOpenGL3_Init("#version 300 es");
  mlt::EnableItemRecorder();

  const std::string embed = UrlParam("embed");
  const bool embedded = !embed.empty() && embed != "0" && embed != "false";
  static mlt::App app(embedded ? static_cast<mlt::KeyValueStorage&>(g.embed_storage) : g.storage, g.host, NewId,
                      NowMs);
  g.app = &app;
  if (embedded) app.EnterEmbedMode();
  app.Start("/content", "/examples");
  ApplyUrlParams(app);
  emscripten_set_main_loop(MainLoop, 0, false);
  return 0;
}

// [SECTION] Exports
// Called from web/mlteams.js. Returned strings stay valid until the next call;
// JavaScript copies them at once (ccall with returnType "string").
extern "C" {
EMSCRIPTEN_KEEPALIVE const char* mlt_api_version() { return (g.api_out = g.app->ApiVersion()).c_str(); }
EMSCRIPTEN_KEEPALIVE const char* mlt_api_get_workspace() { return (g.api_out = g.app->ApiGetWorkspace()).c_str(); }
EMSCRIPTEN_KEEPALIVE const char* mlt_api_load_workspace(const char* json) {
  return (g.api_out = g.app->ApiLoadWorkspace(json ? json : "")).c_str();
}
EMSCRIPTEN_KEEPALIVE const char* mlt_api_list_workspaces() { return (g.api_out = g.app->ApiListWorkspaces()).c_str(); }
EMSCRIPTEN_KEEPALIVE const char* mlt_api_new_workspace(const char* name) {
  return (g.api_out = g.app->ApiNewWorkspace(name ? name : "")).c_str();
}
EMSCRIPTEN_KEEPALIVE const char* mlt_api_switch_workspace(const char* id) {
  return (g.api_out = g.app->ApiSwitchWorkspace(id ? id : "")).c_str();
}
EMSCRIPTEN_KEEPALIVE const char* mlt_api_set_view(const char* name, const char* section) {
  return (g.api_out = g.app->ApiSetView(name ? name : "", section ? section : "")).c_str();
}
EMSCRIPTEN_KEEPALIVE const char* mlt_api_simulate(const char* trials, const char* seed) {
  int t = trials ? std::atoi(trials) : 0;
  uint64_t s = seed ? std::strtoull(seed, nullptr, 10) : 1;
  return (g.api_out = g.app->ApiSimulate(t, s ? s : 1)).c_str();
}
EMSCRIPTEN_KEEPALIVE const char* mlt_api_items() { return (g.api_out = g.app->ApiItems()).c_str(); }
EMSCRIPTEN_KEEPALIVE const char* mlt_api_frame_stats() { return (g.api_out = g.app->ApiFrameStats()).c_str(); }
EMSCRIPTEN_KEEPALIVE const char* mlt_api_state() { return (g.api_out = g.app->ApiState()).c_str(); }
EMSCRIPTEN_KEEPALIVE void mlt_host_file_opened(const char* name, const char* text, const char* purpose) {
  g.app->OnFileOpened(name ? name : "file", text ? text : "", purpose ? purpose : "workspace");
}
EMSCRIPTEN_KEEPALIVE void mlt_host_file_rejected(const char* message) {
  g.app->Notify(mlt::NoticeKind::Error, message ? message : "The file could not be read", 0);
}
// Text pasted into the page (Ctrl/Cmd+V): Dear ImGui gets a Ctrl+V of its own
// and reads the text from GetClipboard, so the active field pastes it as
// usual (replacing the selection, one undo step). Typing it in as characters
// would not do: a text field ignores characters while Ctrl is held.
// `ctrl_held`: whether Ctrl itself is down (not with Cmd on a Mac), so the
// modifier ImGui sees afterwards matches the keyboard.
EMSCRIPTEN_KEEPALIVE void mlt_host_paste(const char* text, const char* ctrl_held) {
  if (!text || !*text) return;
  g.clipboard = text;
  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(ImGuiMod_Ctrl, true);
  io.AddKeyEvent(ImGuiKey_V, true);
  io.AddKeyEvent(ImGuiKey_V, false);
  io.AddKeyEvent(ImGuiMod_Ctrl, ctrl_held && ctrl_held[0] == '1');
}
EMSCRIPTEN_KEEPALIVE void mlt_host_persist(const char* result) { g.app->OnPersistResult(result ? result : ""); }
EMSCRIPTEN_KEEPALIVE void mlt_host_info(const char* message) {
  if (message && *message) g.app->Notify(mlt::NoticeKind::Info, message, 10000);
}
EMSCRIPTEN_KEEPALIVE void mlt_host_page_hidden() { g.app->OnPageHidden(); }
EMSCRIPTEN_KEEPALIVE void mlt_host_page_visible() { g.app->OnPageVisible(); }
EMSCRIPTEN_KEEPALIVE void mlt_host_storage_event(const char* key) { g.app->OnStorageEvent(key ? key : ""); }
// Share links (docs/share-links.md): the page hands over the fragment; the
// checked, decoded bytes stay here for the page to decompress (it reads them
// from the returned pointer), and the result comes back as text.
EMSCRIPTEN_KEEPALIVE const char* mlt_share_decode(const char* fragment) {
  std::string error;
  nlohmann::json r;
  if (mlt::DecodeShareFragment(fragment ? fragment : "", &g.share_bytes, &error))
    r = {{"ok", true}, {"ptr", uintptr_t(g.share_bytes.data())}, {"len", g.share_bytes.size()}};
  else
    r = {{"ok", false}, {"error", error}};
  return (g.api_out = mlt::Dump(r)).c_str();
}
EMSCRIPTEN_KEEPALIVE void mlt_host_share_compressed(const char* bytes, int len) {
  g.app->OnShareCompressed(std::string_view(bytes, len > 0 ? size_t(len) : 0));
}
EMSCRIPTEN_KEEPALIVE void mlt_host_share_opened(const char* text) {
  g.share_bytes.clear();
  g.app->OnShareOpened(text ? text : "");
}
EMSCRIPTEN_KEEPALIVE void mlt_host_embed_source(const char* name, const char* text) {
  g.app->OnEmbedSource(name ? name : "", text ? text : "");
}
EMSCRIPTEN_KEEPALIVE void mlt_host_embed_failed(const char* message) {
  g.app->OnEmbedFailed(message ? message : "The embedded workspace could not be loaded.");
}
EMSCRIPTEN_KEEPALIVE void mlt_host_share_failed(const char* message) {
  g.share_bytes.clear();
  g.app->OnShareFailed(message ? message : "The share link could not be opened. Nothing was changed.");
}
}
