// The printable report (workspace menu): a self-contained HTML page with the
// roster and the plan as real tables, which a screen reader can read.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { startSite, openApp, clickItem, waitFor } from "./helpers.mjs";

let site;
before(async () => { site = await startSite(); });
after(() => site.server.close());

test("the report downloads from the workspace menu and reads as headings and tables", async () => {
  const app = await openApp(site.url);
  try {
    const { page, browser } = app;
    const team = { schema_version: 2, name: "Search <team>", people: [
      { id: "a", name: "Ada Park", role: "ml_engineer", kind: "member" },
      { id: "b", name: "Bo Lind", role: "data_engineer", kind: "open_position", manager: "a" }] };
    assert.equal((await page.evaluate((t) => window.mlteams.loadWorkspace(t), JSON.stringify(team))).ok, true);
    await waitFor(page, () => window.mlteams.state().save.state === "saved");
    await clickItem(page, /^Search <team>/, { window: "Top bar" });
    const [download] = await Promise.all([page.waitForEvent("download"), clickItem(page, "Printable report (HTML)")]);
    assert.equal(download.suggestedFilename(), "Search-team-.report.html");
    const html = fs.readFileSync(await download.path(), "utf8");
    // Open it as a page of its own and read it the way assistive technology does.
    const report = await browser.newPage();
    await report.setContent(html);
    assert.equal(await report.title(), "Search <team> - ML Team Studio report");
    const headings = await report.$$eval("h1, h2", (hs) => hs.map((h) => h.textContent));
    assert.deepEqual(headings, ["Search <team>", "Team", "Organisation", "Plan"]);
    const people = await report.$$eval("main > section:first-of-type tbody th[scope=row]", (ths) => ths.map((t) => t.textContent));
    assert.deepEqual(people, ["Ada Park", "Bo Lind"]);
    const managers = await report.$$eval("main > section:first-of-type tbody tr", (rows) => rows.map((r) => r.cells[4].textContent));
    assert.deepEqual(managers, ["", "Ada Park"]);
    assert.equal(await report.$$eval("script", (s) => s.length), 0);
    await report.close();
  } finally {
    await app.close();
  }
});
