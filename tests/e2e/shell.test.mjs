// The page shell: it starts, renders, stays on its own origin, handles HiDPI
// and resizes, and explains clearly when it cannot start.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { startSite, openApp, imageStats, findItem, OUT } from "./helpers.mjs";

let site;
before(async () => { site = await startSite(); fs.mkdirSync(OUT, { recursive: true }); });
after(() => site.server.close());

test("the app starts, reports its version and renders a non-blank frame", async () => {
  const app = await openApp(site.url);
  try {
    const v = await app.page.evaluate(() => window.mlteams.version());
    assert.equal(v.schema, 3);  // docs/workspace-schema.md: the current schema
    assert.match(v.app, /^\d+\.\d+\.\d+$/);
    const shot = await app.page.screenshot({ path: path.join(OUT, "shell-learn.png") });
    const s = await imageStats(app.page, shot);
    assert.equal(s.width, 1280);
    assert.ok(s.colours > 20, `a rendered frame has many colours, got ${s.colours}`);
    assert.ok(s.stddev > 8, `a rendered frame has contrast, got ${s.stddev}`);
    const stats = await app.page.evaluate(() => window.mlteams.frameStats());
    assert.ok(stats.frames >= 1);
    assert.deepEqual(app.errors, []);
  } finally { await app.close(); }
});

test("every request stays on the app's own origin", async () => {
  const requests = [];
  const app = await openApp(site.url, { wait: false });
  try {
    app.page.on("request", (r) => requests.push(r.url()));
    await app.page.reload();
    await app.page.evaluate(() => window.mlteams.ready);
    await app.page.waitForTimeout(300);
    const origin = new URL(site.url).origin;
    const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:"));
    assert.deepEqual(foreign, []);
    assert.ok(requests.some((u) => u.endsWith("app.wasm")));
  } finally { await app.close(); }
});

test("HiDPI: the canvas backing store follows devicePixelRatio and window resizes", async () => {
  const app = await openApp(site.url, { scale: 2, viewport: { width: 1024, height: 700 } });
  try {
    const size = () => app.page.evaluate(() => {
      const c = document.getElementById("canvas");
      return { w: c.width, h: c.height, cw: c.clientWidth, ch: c.clientHeight };
    });
    let s = await size();
    const settingsBefore = await findItem(app.page, "Settings", { window: "Navigation" });
    assert.equal(s.cw, 1024);
    assert.equal(s.w, 2048);
    assert.equal(s.h, 1400);
    await app.page.setViewportSize({ width: 1400, height: 900 });
    await app.page.waitForFunction(() => document.getElementById("canvas").width === 2800, null, { timeout: 5000 });
    s = await size();
    assert.equal(s.h, 1800);
    // The layout follows: the Settings item, pinned to the bottom of the rail, moves down by 200 px.
    await app.page.waitForTimeout(100);
    const settingsAfter = await findItem(app.page, "Settings", { window: "Navigation" });
    assert.ok(Math.abs(settingsAfter.y - settingsBefore.y - 200) < 2,
              `Settings moved from ${settingsBefore.y} to ${settingsAfter.y}`);
    await app.page.screenshot({ path: path.join(OUT, "shell-hidpi.png") });
  } finally { await app.close(); }
});

test("without WebGL2 the page says so instead of failing silently", async () => {
  const app = await openApp(site.url, {
    wait: false,
    init: () => {
      const orig = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
        return type === "webgl2" ? null : orig.call(this, type, ...rest);
      };
    },
  });
  try {
    await app.page.waitForSelector("#failure:not([hidden])", { timeout: 5000 });
    const text = await app.page.textContent("#failure");
    assert.match(text, /WebGL2 is not available/);
  } finally { await app.close(); }
});

test("a wasm file that fails to download gets a clear message", async () => {
  const browser = await (await import("./browser.mjs")).launchBrowser();
  try {
    const page = await browser.newPage();
    await page.route("**/app.wasm", (route) => route.fulfill({ status: 404, body: "missing" }));
    await page.goto(site.url);
    await page.waitForSelector("#failure:not([hidden])", { timeout: 10000 });
    const text = await page.textContent("#failure-text");
    assert.match(text, /could not be loaded: app\.wasm could not be downloaded \(HTTP 404\)/);
    const rejected = await page.evaluate(() => window.mlteams.ready.then(() => "resolved", (e) => e.message));
    assert.notEqual(rejected, "resolved");
  } finally { await browser.close(); }
});
