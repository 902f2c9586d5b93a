// Offline (README "Offline"): after one visit the service worker has cached
// this build and the app reloads with the network off, with the work kept;
// the single-file build opens from file:// with nothing else around it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { startSite, openApp, state, waitFor, SITE } from "./helpers.mjs";
import { launchBrowser } from "./browser.mjs";

let site;
before(async () => { site = await startSite(); });
after(() => site.server.close());

test("the manifest and the service worker describe this build", async () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(SITE, "manifest.webmanifest"), "utf8"));
  assert.equal(manifest.name, "ML Team Studio");
  assert.equal(manifest.display, "standalone");
  const sw = fs.readFileSync(path.join(SITE, "sw.js"), "utf8");
  const version = /const VERSION = "([0-9a-f]{16})"/.exec(sw);
  assert.ok(version, "the worker carries a content hash");
  for (const f of ["index.html", "app.js", "app.wasm", "app.data", "shell.js", "manifest.webmanifest"])
    assert.ok(sw.includes(`"${f}"`), f + " is cached");
  assert.ok(!sw.includes("ml-team-studio-offline.html"), "the single-file build is not cached");
});

test("after one visit the app reloads with the network off, and the work is still there", async () => {
  const app = await openApp(site.url);
  try {
    const { page, context } = app;
    const active = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      return reg.active && reg.active.state;
    });
    assert.ok(active === "activated" || active === "activating", String(active));
    await page.evaluate(() => navigator.serviceWorker.controller ||
      new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r)));
    // Installable: Chromium finds nothing missing (a test profile is always incognito).
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    assert.deepEqual(installabilityErrors.map((e) => e.errorId).filter((id) => id !== "in-incognito"), []);
    const r = await page.evaluate(() => window.mlteams.loadWorkspace(JSON.stringify({
      schema_version: 2, name: "Offline team", people: [{ id: "a", name: "Ann Offline" }] })));
    assert.equal(r.ok, true, r.error);
    await waitFor(page, () => window.mlteams.state().save.state === "saved");

    await context.setOffline(true);
    assert.equal(await page.evaluate(() => fetch("/nothing-here.json").then((x) => x.status, () => "failed")), 503);
    await page.reload();
    await page.evaluate(() => window.mlteams.ready);
    const s = await state(page);
    assert.equal(s.workspaceName, "Offline team");
    // The embed parameters are the same cached page.
    await page.goto(site.url + "?embed=1&view=plan&src=examples/plan-four-tasks.json");
    await page.evaluate(() => window.mlteams.ready);
    await waitFor(page, () => window.mlteams.state().readOnly);
    assert.ok((await state(page)).plan.tasks > 0);
    assert.ok((await page.evaluate(() => window.mlteams.frameStats())).frames > 0);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test("the single-file build opens from file:// with nothing else next to it", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mlt-usb-"));
  const file = path.join(dir, "ml-team-studio-offline.html");
  fs.copyFileSync(path.join(SITE, "ml-team-studio-offline.html"), file);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = [];
    const requests = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("request", (r) => { if (!r.url().startsWith("data:")) requests.push(r.url()); });
    await context.setOffline(true);
    await page.goto(pathToFileURL(file).href);
    await page.evaluate(() => window.mlteams.ready);
    await page.evaluate(() => window.mlteams.setView("plan"));
    await waitFor(page, () => window.mlteams.frameStats().frames > 5);
    const s = await page.evaluate(() => window.mlteams.state());
    assert.equal(s.view, "plan");
    // The fonts and the lecture content came from inside the file: Learn has its sections.
    const items = await page.evaluate(() => { window.mlteams.setView("learn"); return window.mlteams.items(); });
    assert.ok(items.length > 0);
    assert.deepEqual(requests.filter((u) => u !== pathToFileURL(file).href), [], "it fetched nothing else");
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
