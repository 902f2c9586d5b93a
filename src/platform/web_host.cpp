#include "platform/web_host.h"

#include <cstdlib>

#include <emscripten.h>
#include <emscripten/html5.h>

#include "platform/js_string.h"

EM_JS(void, mlt_js_download, (const char* name, const char* mime, const char* data, int len), {
  Module.mltDownload(UTF8ToString(name), UTF8ToString(mime), HEAPU8.slice(data, data + len));
});
EM_JS(void, mlt_js_pick_file, (const char* purpose, const char* accept), {
  Module.mltPickFile(UTF8ToString(purpose), UTF8ToString(accept));
});
EM_JS(void, mlt_js_export_png, (const char* name, float x, float y, float w, float h), {
  Module.mltExportCanvasPng(UTF8ToString(name), x, y, w, h);
});
EM_JS(int, mlt_js_prefers_dark, (), {
  return Module.mltPrefersDark ? 1 : 0;  // kept current by a media-query listener in mlteams.js
});
EM_JS(char*, mlt_js_storage_description, (), { return Module.mltNewCString(Module.mltStorageDescription()); });
EM_JS(void, mlt_js_ready, (), { Module.mltReady(); });
EM_JS(void, mlt_js_copy_text, (const char* text), {
  const t = UTF8ToString(text);
  // The async clipboard API needs a user gesture, which the click provides.
  if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(t).catch(() => {});
});

EM_JS(void, mlt_js_compress_for_share, (const char* text), { Module.mltCompressForShare(UTF8ToString(text)); });
EM_JS(char*, mlt_js_page_address, (), {
  return Module.mltNewCString(location.origin === "null" ? location.href.split(/[?#]/)[0]
                                                         : location.origin + location.pathname);
});

namespace mlt {

void WebHost::DownloadFile(const std::string& filename, const std::string& mime, const std::string& content) {
  mlt_js_download(filename.c_str(), mime.c_str(), content.data(), int(content.size()));
}

void WebHost::PickFile(const std::string& purpose, const std::string& accept) {
  mlt_js_pick_file(purpose.c_str(), accept.c_str());
}

void WebHost::ExportFramePng(const std::string& filename, float x, float y, float w, float h) {
  mlt_js_export_png(filename.c_str(), x, y, w, h);
}

bool WebHost::PrefersDarkScheme() { return mlt_js_prefers_dark() != 0; }

void WebHost::CopyText(const std::string& text) { mlt_js_copy_text(text.c_str()); }

std::string WebHost::StorageDescription() {
  return TakeJsString(mlt_js_storage_description());
}

void WebHost::CompressForShare(const std::string& payload) { mlt_js_compress_for_share(payload.c_str()); }

std::string WebHost::PageAddress() {
  return TakeJsString(mlt_js_page_address());
}

double WebDevicePixelRatio() { return emscripten_get_device_pixel_ratio(); }
void WebNotifyReady() { mlt_js_ready(); }

}  // namespace mlt
