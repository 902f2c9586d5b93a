// Navigation: real clicks on the rail (found through items()) and setView.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startSite, openApp, clickItem, findItem, state, waitFor } from "./helpers.mjs";

let site;
before(async () => { site = await startSite(); });
after(() => site.server.close());

test("clicking navigation items switches views, and the choice survives a reload", async () => {
  const app = await openApp(site.url);
  try {
    assert.equal((await state(app.page)).view, "learn");
    for (const [label, id] of [["Skills", "skills"], ["Organisation", "org"], ["Plan", "plan"],
                               ["Hiring", "hiring"], ["Roles", "roles"], ["Settings", "settings"]]) {
      await clickItem(app.page, label, { window: "Navigation" });
      await waitFor(app.page, (v) => window.mlteams.state().view === v, id);
    }
    // The settings view draws its own widgets.
    await findItem(app.page, "Follow the system");
    await app.page.reload();
    await app.page.evaluate(() => window.mlteams.ready);
    assert.equal((await state(app.page)).view, "settings");
  } finally { await app.close(); }
});

test("setView accepts every documented view and refuses others with a reason", async () => {
  const app = await openApp(site.url);
  try {
    for (const v of ["learn", "roles", "skills", "org", "plan", "hiring", "settings"]) {
      const r = await app.page.evaluate((x) => window.mlteams.setView(x), v);
      assert.equal(r.ok, true);
      assert.equal(r.view, v);
    }
    const bad = await app.page.evaluate(() => window.mlteams.setView("nowhere"));
    assert.equal(bad.ok, false);
    assert.match(bad.error, /Unknown view "nowhere"/);
    assert.equal((await state(app.page)).view, "settings");
  } finally { await app.close(); }
});

test("simulate rejects clearly when the plan has nothing to simulate", async () => {
  const app = await openApp(site.url);
  try {
    const msg = await app.page.evaluate(() => window.mlteams.simulate({ trials: 10 }).then(() => "ok", (e) => e.message));
    assert.match(msg, /no tasks yet/);
  } finally { await app.close(); }
});

test("theme and interface size change from settings and persist", async () => {
  const app = await openApp(site.url);
  try {
    await app.page.evaluate(() => window.mlteams.setView("settings"));
    await clickItem(app.page, "Dark");
    await app.page.waitForTimeout(200);
    const bg = await app.page.screenshot({ clip: { x: 1000, y: 500, width: 4, height: 4 } });
    const px = await app.page.evaluate(async (b64) => {
      const img = new Image(); img.src = "data:image/png;base64," + b64; await img.decode();
      const c = document.createElement("canvas"); c.width = 4; c.height = 4;
      const x = c.getContext("2d"); x.drawImage(img, 0, 0); return Array.from(x.getImageData(1, 1, 1, 1).data);
    }, bg.toString("base64"));
    assert.ok(px[0] < 60 && px[1] < 60 && px[2] < 60, `dark background expected, got ${px}`);
    await app.page.reload();
    await app.page.evaluate(() => window.mlteams.ready);
    const prefs = await app.page.evaluate(() => JSON.parse(localStorage.getItem("mlteams/prefs")));
    assert.equal(prefs.theme, 2);
  } finally { await app.close(); }
});
