// Browser glue of ML Team Studio, bundled into app.js (--pre-js), so it runs
// inside the Emscripten module scope.
//   [SECTION] Helpers used by the C++ side (EM_JS)
//   [SECTION] Files: picker, drop, download
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

// [SECTION] Page lifecycle
let mltResolveReady, mltRejectReady, mltIsReady = false;
const mltReady = new Promise((resolve, reject) => { mltResolveReady = resolve; mltRejectReady = reject; });
mltReady.catch(() => {});  // a failed start is reported on the page; avoid an unhandled rejection

Module.mltReady = function () {
  mltIsReady = true;
  if (Module.mltOnReady) Module.mltOnReady();
  mltResolveReady();
};
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
  const flush = () => { if (mltIsReady) mltCall("mlt_host_page_hidden"); };
  window.addEventListener("pagehide", flush);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") flush();
    // Back in view: another tab may have saved meanwhile (checked before any write).
    else if (mltIsReady) mltCall("mlt_host_page_visible");
  });
  // Another tab wrote storage (key null: it was cleared).
  window.addEventListener("storage", (e) => {
    if (!mltIsReady || (e.key !== null && !e.key.startsWith("mlteams/"))) return;
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
