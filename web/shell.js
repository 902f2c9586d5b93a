// Page shell: checks WebGL2, shows download progress, reports failures in
// plain words, then starts app.js. Everything is fetched from this origin.
(function () {
  "use strict";
  const $ = (id) => document.getElementById(id);
  const canvas = $("canvas");

  function showError(message, help) {
    $("loader").hidden = true;
    $("failure").hidden = false;
    $("failure-text").textContent = message;
    $("failure-help").textContent = help || "";
    window.mltStartupError = message;  // read by tests and by embedding pages
  }

  const probe = document.createElement("canvas");
  let gl = null;
  try { gl = probe.getContext("webgl2"); } catch (e) { gl = null; }
  if (!gl) {
    showError("This browser cannot show the app: WebGL2 is not available.",
              "Use a current version of Chrome, Edge, Firefox or Safari, and check that hardware " +
              "acceleration (or WebGL) is not turned off in the browser's settings.");
    return;
  }

  // Progress: the wasm download is counted here, the font/data package by
  // Emscripten's setStatus("Downloading data... (done/total)").
  const progress = { wasm: [0, 0], data: [0, 0] };
  function render() {
    const done = progress.wasm[0] + progress.data[0];
    const total = Math.max(progress.wasm[1] + progress.data[1], 1);
    const pct = Math.min(100, Math.round((100 * done) / total));
    $("loader-bar").style.width = pct + "%";
    $("loader-detail").textContent = total > 1 ? (done / 1048576).toFixed(1) + " of " +
                                      (total / 1048576).toFixed(1) + " MB" : "\u00a0";
  }

  function fetchWithProgress(url) {
    return fetch(url).then((response) => {
      if (!response.ok) throw new Error(url + " could not be downloaded (HTTP " + response.status + ")");
      const total = Number(response.headers.get("content-length")) || 0;
      progress.wasm[1] = total;
      if (!response.body || !total) return response.arrayBuffer();
      const reader = response.body.getReader();
      const chunks = [];
      let received = 0;
      const pump = () => reader.read().then(({ done, value }) => {
        if (done) {
          const out = new Uint8Array(received);
          let at = 0;
          for (const c of chunks) { out.set(c, at); at += c.length; }
          return out.buffer;
        }
        chunks.push(value);
        received += value.length;
        progress.wasm[0] = received;
        render();
        return pump();
      });
      return pump();
    });
  }

  function fail(err) {
    const text = err && err.message ? err.message : String(err);
    const message = "The app could not be loaded: " + text + ".";
    const help = "Check your connection and try again. If it keeps failing, clear this site's cache.";
    // Through the app's own glue when app.js is there, so mlteams.ready rejects too.
    if (window.Module && window.Module.mltFatal) window.Module.mltFatal(message, help);
    else showError(message, help);
  }

  // The single-file build (README "Offline") has the wasm inside its own
  // script, which follows this one in the page: nothing to download.
  const single = !!window.mltSingleFile;
  window.Module = {
    canvas: canvas,
    print: (t) => console.log(t),
    printErr: (t) => console.warn(t),
    setStatus: (t) => {
      const m = /\((\d+(?:\.\d+)?)\/(\d+)\)/.exec(t || "");
      if (m) { progress.data = [Number(m[1]), Number(m[2])]; render(); }
    },
    instantiateWasm: single ? undefined : (imports, success) => {
      fetchWithProgress("app.wasm")
        .then((bytes) => WebAssembly.instantiate(bytes, imports))
        .then((r) => success(r.instance, r.module))
        .catch(fail);
      return {};
    },
    onAbort: (what) => fail(new Error(typeof what === "string" ? what : "it stopped unexpectedly")),
    mltShowError: showError,
    mltOnReady: () => {
      canvas.classList.add("live");
      $("loader").hidden = true;
      canvas.focus();
    },
  };
  canvas.addEventListener("contextmenu", (e) => e.preventDefault());
  canvas.addEventListener("webglcontextlost", (e) => {
    e.preventDefault();
    showError("The graphics context was lost.", "Your work up to the last save is kept. Reload the page to continue.");
  });

  // Offline use (README "Offline"): the service worker caches this build's
  // files on the first visit. Not for file:// (the single-file build needs none).
  if ("serviceWorker" in navigator && /^https?:$/.test(location.protocol)) {
    window.addEventListener("load", () => {
      navigator.serviceWorker.register("sw.js").then((reg) => {
        reg.addEventListener("updatefound", () => {
          const next = reg.installing;
          if (!next) return;
          next.addEventListener("statechange", () => {
            // A newer version is cached; it takes over when every tab of this one is closed.
            if (next.state === "installed" && navigator.serviceWorker.controller && window.mlteams)
              window.mlteams.ready.then(() => window.Module.mltInfo(
                "An update of ML Team Studio is ready; it is used once every tab of the app has been closed."));
          });
        });
      }, (e) => console.warn("Offline use is not available: " + e.message));
    });
  }

  if (single) return;
  const script = document.createElement("script");
  script.src = "app.js";
  script.onerror = () => fail(new Error("app.js could not be downloaded"));
  document.body.appendChild(script);
})();
