// Touch on a tablet: a tap presses a button, and a finger drag moves a bubble
// on the skills chart (SDL turns touches into pointer input for Dear ImGui).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startSite, findItem, waitFor } from "./helpers.mjs";
import { launchBrowser } from "./browser.mjs";

let site;
before(async () => { site = await startSite(); });
after(() => site.server.close());

test("tap to navigate and drag a bubble with a finger", async () => {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1180, height: 820 }, hasTouch: true, isMobile: false });
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(site.url);
    await page.evaluate(() => window.mlteams.ready);
    const team = { schema_version: 2, name: "Tablet", people: [
      { id: "z", name: "Zoe Touch", role: "ml_engineer", skills: { ml: 5, software: 5 } }] };
    assert.equal((await page.evaluate((t) => window.mlteams.loadWorkspace(t), JSON.stringify(team))).ok, true);
    await waitFor(page, () => window.mlteams.state().save.state === "saved");

    const nav = await findItem(page, "Skills", { window: "Navigation" });
    await page.touchscreen.tap(nav.x + nav.w / 2, nav.y + nav.h / 2);
    await waitFor(page, () => window.mlteams.state().view === "skills");

    const bubble = await findItem(page, "Zoe Touch", { window: "Skills chart" });
    const cx = bubble.x + bubble.w / 2, cy = bubble.y + bubble.h / 2;
    const cdp = await context.newCDPSession(page);
    const touch = (type, x, y) => cdp.send("Input.dispatchTouchEvent", {
      type, touchPoints: type === "touchEnd" ? [] : [{ x, y, id: 1 }] });
    await touch("touchStart", cx, cy);
    for (let i = 1; i <= 12; i++) {
      await touch("touchMove", cx + 10 * i, cy - 8 * i);
      await page.waitForTimeout(20);
    }
    await touch("touchEnd");
    await waitFor(page, () => {
      const p = JSON.parse(window.mlteams.getWorkspace()).people[0];
      return p.skills.ml > 6 && p.skills.software > 6;
    });
    assert.equal((await page.evaluate(() => window.mlteams.state())).canUndo, true);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
