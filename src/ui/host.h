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
  // Opens the file picker; the chosen file arrives through App::OnFileOpened.
  virtual void PickFileToImport() = 0;
  virtual bool PrefersDarkScheme() = 0;
  // e.g. "localStorage: 42 KB used"; empty when unknown.
  virtual std::string StorageDescription() = 0;
};

class NullHost : public HostServices {
 public:
  void DownloadFile(const std::string& filename, const std::string&, const std::string& content) override {
    downloads.push_back({filename, content});
  }
  void PickFileToImport() override { ++pick_requests; }
  bool PrefersDarkScheme() override { return prefers_dark; }
  std::string StorageDescription() override { return "memory (test host)"; }

  struct Download { std::string filename, content; };
  std::vector<Download> downloads;
  int pick_requests = 0;
  bool prefers_dark = false;
};

}  // namespace mlt
