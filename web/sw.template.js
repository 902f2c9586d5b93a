// Service worker of ML Team Studio: after one visit the app opens and works
// with no network. Generated at build time by cmake/make_sw.cmake, which
// fills in the files of this build and a hash of their contents.
//
// Why one cache per build: the page's JS, the wasm and the data package must
// come from the same build. Each version caches all of its files at install
// (all or nothing) into its own cache and serves only from it. A new version
// waits until no tab runs the old one (no skipWaiting), then deletes the old
// cache. A page therefore never gets an old app.js with a new app.wasm.
const VERSION = "@MLT_SW_VERSION@";
const FILES = [@MLT_SW_FILES@];
const CACHE = "mlteams-" + VERSION;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) =>
    cache.addAll(FILES.map((f) => new Request(f, { cache: "reload" })))));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith("mlteams-") && k !== CACHE)
                                    .map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== location.origin) return;
  event.respondWith(caches.open(CACHE).then(async (cache) => {
    // index.html?embed=1&view=plan is index.html: parameters are read by the page.
    const hit = await cache.match(request, { ignoreSearch: true });
    if (hit) return hit;
    try {
      return await fetch(request);
    } catch (e) {
      // Offline, and not a file of the app (a course's own JSON, say).
      return new Response("Not available offline: " + new URL(request.url).pathname, {
        status: 503, headers: { "content-type": "text/plain; charset=utf-8" } });
    }
  }));
});
