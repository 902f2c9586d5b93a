// HostServices for the browser: downloads, file picker, colour scheme.
#pragma once
#include "ui/host.h"

namespace mlt {

class WebHost : public HostServices {
 public:
  void DownloadFile(const std::string& filename, const std::string& mime, const std::string& content) override;
  void PickFile(const std::string& purpose, const std::string& accept) override;
  void ExportFramePng(const std::string& filename, float x, float y, float w, float h) override;
  bool PrefersDarkScheme() override;
  void CopyText(const std::string& text) override;
  std::string StorageDescription() override;
  void CompressForShare(const std::string& payload) override;
  std::string PageAddress() override;
};

double WebDevicePixelRatio();
void WebNotifyReady();  // resolves mlteams.ready

}  // namespace mlt
