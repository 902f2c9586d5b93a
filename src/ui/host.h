// What the UI needs from its host (the browser, or a test): downloads, the
// file picker, the colour-scheme preference. src/platform implements it for
// the web; NullHost records calls for the headless smoke test.
#pragma once
#include <string>
#include <vector>

namespace mlt {

class HostServices {
 public:
  virtual ~HostServices() = default;
  virtual void DownloadFile(const std::string& filename, const std::string& mime,
                            const std::string& content) = 0;
  // Opens the file picker; the chosen file arrives through App::OnFileOpened
  // with the same purpose. `accept` is the picker's filter (".json", ".csv").
  virtual void PickFile(const std::string& purpose, const std::string& accept) = 0;
  // Saves the rectangle (logical pixels) of the frame just rendered as a PNG
  // download. Called after rendering, so the image is exactly what is on screen.
  virtual void ExportFramePng(const std::string& filename, float x, float y, float w, float h) = 0;
  virtual bool PrefersDarkScheme() = 0;
  // Puts text on the system clipboard (the browser's, not only Dear ImGui's).
  virtual void CopyText(const std::string& text) = 0;
  // e.g. "localStorage: 42 KB used"; empty when unknown.
  virtual std::string StorageDescription() = 0;
  // Compresses a share-link envelope (the browser's CompressionStream). The
  // bytes arrive later through App::OnShareCompressed, or a reason through
  // App::OnShareFailed.
  virtual void CompressForShare(const std::string& payload) = 0;
  // The page's address without query or fragment: the base of share links.
  virtual std::string PageAddress() = 0;
};

class NullHost : public HostServices {
 public:
  void DownloadFile(const std::string& filename, const std::string&, const std::string& content) override {
    downloads.push_back({filename, content});
  }
  void PickFile(const std::string& purpose, const std::string&) override { picks.push_back(purpose); }
  void ExportFramePng(const std::string& filename, float, float, float w, float h) override {
    downloads.push_back({filename, "png " + std::to_string(int(w)) + "x" + std::to_string(int(h))});
  }
  bool PrefersDarkScheme() override { return prefers_dark; }
  void CopyText(const std::string& text) override { copied = text; }
  std::string StorageDescription() override { return "memory (test host)"; }
  void CompressForShare(const std::string& payload) override { share_payloads.push_back(payload); }
  std::string PageAddress() override { return "https://example.test/studio/"; }

  struct Download { std::string filename, content; };
  std::vector<Download> downloads;
  std::vector<std::string> picks;
  std::vector<std::string> share_payloads;
  bool prefers_dark = false;
  std::string copied;
};

}  // namespace mlt
