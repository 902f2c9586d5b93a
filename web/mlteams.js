// Browser glue of ML Team Studio, bundled into app.js (--pre-js), so it runs
// inside the Emscripten module scope.
//   [SECTION] Helpers used by the C++ side (EM_JS)
//   [SECTION] Files: picker, drop, download
//   [SECTION] Share links
//   [SECTION] Page lifecycle
//   [SECTION] window.mlteams (docs/automation-api.md)

// [SECTION] Helpers used by the C++ side (EM_JS)
// A malloc'ed UTF-8 copy of a JS string; the C++ side frees it.
Module.mltNewCString = function (s) {
  const n = lengthBytesUTF8(s) + 1;
  const p = _malloc(n);
  stringToUTF8(s, p, n);
  return p;
};
Module.mltInfo = function (text) { mltCall("mlt_host_info", text); };
Module.mltDescribeError = function (e) {
  if (!e) return "unknown error";
  return (e.name ? e.name + ": " : "") + (e.message || String(e));
};
// Browsers spell a full quota differently.
Module.mltIsQuotaError = function (e) {
  return !!e && (e.name === "QuotaExceededError" || e.name === "NS_ERROR_DOM_QUOTA_REACHED" ||
                 e.code === 22 || e.code === 1014);
};
// Reading window.localStorage itself throws when storage is disabled, so it
// is looked up on every call, inside the callers' try blocks.
Module.mltStorage = function () { return window.localStorage; };

let storageDescription = { at: 0, text: "" };
Module.mltStorageDescription = function () {
  const now = Date.now();
  if (now - storageDescription.at < 2000) return storageDescription.text;
  let text;
  try {
    const s = Module.mltStorage();
    let bytes = 0;
    for (let i = 0; i < s.length; i++) {
      const k = s.key(i);
      if (k && k.startsWith("mlteams/")) bytes += 2 * (k.length + (s.getItem(k) || "").length);
    }
    text = "Browser storage (localStorage): " + Math.max(1, Math.round(bytes / 1024)) + " KB used by this app";
  } catch (e) {
    text = "Browser storage is unavailable: " + Module.mltDescribeError(e);
  }
  storageDescription = { at: now, text: text };
  return text;
};

Module.mltPrefersDark = false;
if (typeof matchMedia === "function") {
  const mq = matchMedia("(prefers-color-scheme: dark)");
  Module.mltPrefersDark = mq.matches;
  mq.addEventListener("change", (e) => { Module.mltPrefersDark = e.matches; });
}

// Calls an exported C function with string arguments; returns its string result.
function mltCall(name, ...args) {
  const fn = Module["_" + name];
  if (!fn) throw new Error("ML Team Studio is not ready yet (await mlteams.ready)");
  const ptrs = args.map((a) => Module.mltNewCString(String(a)));
  try {
    const r = fn(...ptrs);
    return typeof r === "number" && r !== 0 ? UTF8ToString(r) : undefined;
  } finally {
    ptrs.forEach((p) => _free(p));
  }
}

// [SECTION] Files: picker, drop, download
const MLT_MAX_IMPORT_BYTES = 32 * 1024 * 1024;  // same limit as the C++ parser

function mltReadFile(file, purpose) {
  if (!file) return;
  purpose = purpose || (/\.csv$/i.test(file.name) ? "csv" : "workspace");
  if (file.size > MLT_MAX_IMPORT_BYTES) {
    mltCall("mlt_host_file_rejected", "Could not import " + file.name + ": the file is too large (" +
            Math.round(file.size / 1048576) + " MB; the limit is 32 MB). Nothing was changed.");
    return;
  }
  file.text().then(
    (text) => mltCall("mlt_host_file_opened", file.name, text, purpose),
    (e) => mltCall("mlt_host_file_rejected", "Could not read " + file.name + ": " +
                   Module.mltDescribeError(e) + ". Nothing was changed."));
}

Module.mltPickFile = function (purpose, accept) {
  let input = document.getElementById("mlt-file-input");
  if (!input) {
    input = document.createElement("input");
    input.type = "file";
    input.id = "mlt-file-input";
    input.style.display = "none";
    input.addEventListener("change", () => mltReadFile(input.files && input.files[0], input.dataset.purpose));
    document.body.appendChild(input);
  }
  input.dataset.purpose = purpose;
  input.accept = accept || ".json,application/json";
  input.value = "";
  input.click();
};

// Called right after a frame is rendered: the WebGL drawing buffer still holds
// it, so the crop is exactly what is on screen. Rect in CSS pixels.
Module.mltExportCanvasPng = function (name, x, y, w, h) {
  const canvas = Module.canvas, r = canvas.width / canvas.getBoundingClientRect().width;
  const out = document.createElement("canvas");
  out.width = Math.max(1, Math.round(w * r));
  out.height = Math.max(1, Math.round(h * r));
  out.getContext("2d").drawImage(canvas, Math.round(x * r), Math.round(y * r), out.width, out.height,
                                 0, 0, out.width, out.height);
  out.toBlob((blob) => {
    if (!blob) return;
    blob.arrayBuffer().then((buf) => Module.mltDownload(name, "image/png", new Uint8Array(buf)));
  }, "image/png");
};

Module.mltDownload = function (name, mime, bytes) {
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30000);
};

// [SECTION] Share links (docs/share-links.md)
// The C++ side checks the fragment's format, version and length and does the
// base64url; the page only (de)compresses, because CompressionStream is the
// browser's. Decompression stops as soon as the output passes the cap, so a
// small link that unpacks to gigabytes (a "decompression bomb") never does.
const MLT_SHARE_MAX_DECODED = 16 * 1024 * 1024;  // = ShareLimits::max_decoded_bytes
const MLT_SHARE_REFUSED = "This share link cannot be opened: ";

Module.mltCompressForShare = function (text) {
  if (typeof CompressionStream !== "function") {
    mltCall("mlt_host_share_failed", "This browser cannot make share links (it has no CompressionStream). " +
            "Export the workspace as a file instead.");
    return;
  }
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream("deflate"));
  new Response(stream).arrayBuffer().then((buf) => {
    const bytes = new Uint8Array(buf);
    const p = _malloc(Math.max(1, bytes.length));
    HEAPU8.set(bytes, p);
    try { Module["_mlt_host_share_compressed"](p, bytes.length); } finally { _free(p); }
  }, (e) => mltCall("mlt_host_share_failed", "The share link could not be made: " + Module.mltDescribeError(e)));
};

async function mltInflateCapped(bytes, cap) {
  const ds = new DecompressionStream("deflate");
  const writer = ds.writable.getWriter();
  writer.write(bytes).catch(() => {});
  writer.close().catch(() => {});
  const reader = ds.readable.getReader();
  const chunks = [];
  let total = 0;
  for (;;) {
    let step;
    try {
      step = await reader.read();
    } catch (e) {
      throw new Error(MLT_SHARE_REFUSED + "it is incomplete or damaged (its data does not unpack). It may have " +
                      "been cut off when it was copied: ask for the link again, or for the exported file.");
    }
    if (step.done) break;
    total += step.value.length;
    if (total > cap) {
      reader.cancel().catch(() => {});
      throw new Error(MLT_SHARE_REFUSED + "it unpacks to more than " + Math.round(cap / 1048576) +
                      " MB, more than any workspace shared by link.");
    }
    chunks.push(step.value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(out);
  } catch (e) {
    throw new Error(MLT_SHARE_REFUSED + "its content is not text.");
  }
}

// Opens the share link in the address bar, if there is one. The fragment is
// removed first, so a reload or a bookmark does not offer the same link again.
function mltOpenShareFragment() {
  const fragment = location.hash.replace(/^#/, "");
  if (!fragment.startsWith("share=")) return;
  try { history.replaceState(history.state, "", location.pathname + location.search); } catch (e) { location.hash = ""; }
  const failed = (message) => mltCall("mlt_host_share_failed", message + " Nothing was changed.");
  if (typeof DecompressionStream !== "function") {
    failed(MLT_SHARE_REFUSED + "this browser cannot unpack it (it has no DecompressionStream).");
    return;
  }
  const r = mltJson("mlt_share_decode", fragment);
  if (!r.ok) { mltCall("mlt_host_share_failed", r.error); return; }
  const bytes = HEAPU8.slice(r.ptr, r.ptr + r.len);
  mltInflateCapped(bytes, MLT_SHARE_MAX_DECODED).then(
    (text) => mltCall("mlt_host_share_opened", text),
    (e) => failed(e.message));
}

// Embed mode (?embed=1): the document may come from a same-origin JSON file
// (?src=course/team.json). Other origins are refused: the page must not be
// usable to show (and appear to vouch for) someone else's data.
Module.mltEmbedded = (() => {
  try {
    const v = new URLSearchParams(location.search).get("embed");
    return v !== null && v !== "" && v !== "0" && v !== "false";
  } catch (e) { return false; }
})();

function mltLoadEmbedSource() {
  let src = null;
  try { src = new URLSearchParams(location.search).get("src"); } catch (e) { src = null; }
  if (!Module.mltEmbedded || !src) return;
  const failed = (why) => mltCall("mlt_host_embed_failed", "The workspace " + src + " could not be shown: " + why + ".");
  let url;
  try { url = new URL(src, location.href); } catch (e) { failed("it is not a valid address"); return; }
  if (url.origin !== location.origin || location.origin === "null") {
    failed("only files from this site can be shown (it is on " + url.origin + ")");
    return;
  }
  fetch(url).then((r) => {
    if (!r.ok) throw new Error("the server answered " + r.status + " " + r.statusText);
    const n = Number(r.headers.get("content-length")) || 0;
    if (n > MLT_MAX_IMPORT_BYTES) throw new Error("it is larger than 32 MB");
    return r.text();
  }).then((text) => {
    if (text.length > MLT_MAX_IMPORT_BYTES) throw new Error("it is larger than 32 MB");
    mltCall("mlt_host_embed_source", src, text);
  }).catch((e) => failed(e.message || String(e)));
}

// [SECTION] Page lifecycle
let mltResolveReady, mltRejectReady, mltIsReady = false;
const mltReady = new Promise((resolve, reject) => { mltResolveReady = resolve; mltRejectReady = reject; });
mltReady.catch(() => {});  // a failed start is reported on the page; avoid an unhandled rejection

Module.mltReady = function () {
  mltIsReady = true;
  if (Module.mltOnReady) Module.mltOnReady();
  mltResolveReady();
  mltOpenShareFragment();
  mltLoadEmbedSource();
  mltAskPersistence();
};

// Asks the browser not to clear this site's storage under pressure (it decides
// without a prompt in most browsers); Settings shows the answer.
function mltAskPersistence() {
  if (Module.mltEmbedded) return;  // (an embed stores nothing)
  const s = typeof navigator !== "undefined" && navigator.storage;
  if (!s || !s.persist || !s.persisted) { mltCall("mlt_host_persist", "unsupported"); return; }
  s.persisted()
    .then((already) => already || s.persist())
    .then((granted) => mltCall("mlt_host_persist", granted ? "granted" : "denied"),
          () => mltCall("mlt_host_persist", "unsupported"));
}
Module.mltFatal = function (message, help) {
  if (Module.mltShowError) Module.mltShowError(message, help || "");
  mltRejectReady(new Error(message));
};

if (typeof document !== "undefined") {
  document.addEventListener("dragover", (e) => { e.preventDefault(); });
  document.addEventListener("drop", (e) => {
    e.preventDefault();
    if (mltIsReady && e.dataTransfer && e.dataTransfer.files.length) mltReadFile(e.dataTransfer.files[0], null);
  });
  // Save pending edits when the tab is hidden or closed: rAF stops in hidden
  // tabs, so the autosave timer cannot be relied on there.
  // (An embedded app keeps nothing in the browser's storage: nothing to flush or follow.)
  const flush = () => { if (mltIsReady && !Module.mltEmbedded) mltCall("mlt_host_page_hidden"); };
  window.addEventListener("pagehide", flush);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") flush();
    // Back in view: another tab may have saved meanwhile (checked before any write).
    else if (mltIsReady && !Module.mltEmbedded) mltCall("mlt_host_page_visible");
  });
  // Paste: SDL stops Ctrl+V's default, so the browser would never fire "paste".
  // Taken before SDL sees it (capture phase), the shortcut pastes as usual and
  // the text goes into the app's active field (mlt_host_paste).
  let pasteWithCtrl = true;
  window.addEventListener("keydown", (e) => {
    if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && (e.key === "v" || e.key === "V")) {
      pasteWithCtrl = e.ctrlKey;
      e.stopImmediatePropagation();
    }
  }, true);
  document.addEventListener("paste", (e) => {
    const text = e.clipboardData ? e.clipboardData.getData("text/plain") : "";
    if (!mltIsReady || !text) return;
    e.preventDefault();
    mltCall("mlt_host_paste", text, pasteWithCtrl ? "1" : "0");
  });
  // A share link pasted into the address bar of an open tab changes only the fragment.
  window.addEventListener("hashchange", () => { if (mltIsReady) mltOpenShareFragment(); });
  // Another tab wrote storage (key null: it was cleared).
  window.addEventListener("storage", (e) => {
    if (!mltIsReady || Module.mltEmbedded || (e.key !== null && !e.key.startsWith("mlteams/"))) return;
    mltCall("mlt_host_storage_event", e.key === null ? "" : e.key);
  });
}

// [SECTION] window.mlteams (docs/automation-api.md)
function mltJson(name, ...args) { return JSON.parse(mltCall(name, ...args)); }

window.mlteams = {
  ready: mltReady,
  version: () => mltJson("mlt_api_version"),
  getWorkspace: () => mltCall("mlt_api_get_workspace"),
  loadWorkspace: (json) => mltJson("mlt_api_load_workspace", typeof json === "string" ? json : JSON.stringify(json)),
  listWorkspaces: () => mltJson("mlt_api_list_workspaces"),
  newWorkspace: (name) => mltJson("mlt_api_new_workspace", name === undefined ? "" : name),
  switchWorkspace: (id) => mltJson("mlt_api_switch_workspace", id),
  setView: (name, section) => mltJson("mlt_api_set_view", name, section === undefined ? "" : section),
  // Runs the whole simulation of the current plan at once and resolves to its
  // results (docs/automation-api.md); rejects with the reason when the plan
  // cannot be simulated.
  simulate: (options) => new Promise((resolve, reject) => {
    const o = options || {};
    const r = mltJson("mlt_api_simulate", String(o.trials || 2000), String(o.seed || 1));
    if (r.ok) resolve(r); else reject(new Error(r.error));
  }),
  // Rectangles in CSS pixels of the page (the canvas may not sit at 0,0).
  items: () => {
    const r = Module.canvas.getBoundingClientRect();
    return mltJson("mlt_api_items").map((it) => Object.assign(it, { x: it.x + r.left, y: it.y + r.top }));
  },
  frameStats: () => mltJson("mlt_api_frame_stats"),
  state: () => mltJson("mlt_api_state"),
};
