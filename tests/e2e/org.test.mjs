// The Organisation view in the browser: an example organisation, collapsing a
// subtree, re-parenting by dragging a card (and a refused loop), the
// archetype assessment through the UI, org CSV import (bad and good) and the
// chart and CSV exports.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { startSite, openApp, clickItem, findItem, items, waitFor, imageStats, OUT } from "./helpers.mjs";

let site;
before(async () => { site = await startSite(); fs.mkdirSync(OUT, { recursive: true }); });
after(() => site.server.close());

const workspace = (page) => page.evaluate(() => JSON.parse(window.mlteams.getWorkspace()));
const byName = (ws, name) => ws.people.find((p) => p.name === name);

async function openExample(page, archetypeName) {
  await page.evaluate(() => window.mlteams.setView("org"));
  await clickItem(page, null, { key: "example orgs" });
  await clickItem(page, archetypeName);
  await waitFor(page, () => JSON.parse(window.mlteams.getWorkspace()).org.units.length > 0);
  // Let the fit-to-screen frame run.
  await page.waitForTimeout(200);
}

// Presses on one card, moves in steps as a hand does, releases on another.
async function dragCard(page, from, to) {
  const a = await findItem(page, from, { window: "org chart" });
  const b = await findItem(page, to, { window: "org chart" });
  const ax = a.x + a.w / 2, ay = a.y + a.h / 2, bx = b.x + b.w / 2, by = b.y + b.h / 2;
  await page.mouse.move(ax, ay);
  await page.waitForTimeout(40);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) {
    await page.mouse.move(ax + ((bx - ax) * i) / 10, ay + ((by - ay) * i) / 10);
    await page.waitForTimeout(20);
  }
  await page.waitForTimeout(60);
  await page.mouse.up();
  await page.waitForTimeout(100);
}

test("an example organisation: collapse a subtree, drag a person to a new manager, a loop is refused, undo", async () => {
  const app = await openApp(site.url, { viewport: { width: 1440, height: 900 } });
  try {
    const before = (await app.page.evaluate(() => window.mlteams.listWorkspaces())).length;
    await openExample(app.page, "Product-embedded ML");
    const after = (await app.page.evaluate(() => window.mlteams.listWorkspaces())).length;
    assert.equal(after, before + 1, "the example opens as a new workspace");
    let ws = await workspace(app.page);

    // Pick a manager with reports, and one of their reports, from the document itself.
    const managers = ws.people.filter((p) => p.kind === "member" && ws.people.some((q) => q.manager === p.id));
    const boss = managers.find((m) => ws.people.filter((q) => q.manager === m.id && q.kind === "member").length >= 2);
    assert.ok(boss, "the example has a manager with at least two reports");
    const report = ws.people.find((q) => q.manager === boss.id && q.kind === "member");

    // Collapse the boss's subtree: the report's card disappears, the toggle turns into "expand".
    await findItem(app.page, report.name, { window: "org chart" });
    await clickItem(app.page, `collapse ${boss.name}`, { window: "org chart" });
    await findItem(app.page, `expand ${boss.name}`, { window: "org chart" });
    let all = await items(app.page);
    assert.ok(!all.some((i) => i.window === "org chart" && i.label === report.name), "the report is hidden");
    await clickItem(app.page, `expand ${boss.name}`, { window: "org chart" });
    await findItem(app.page, report.name, { window: "org chart" });

    // Drag the report onto another manager outside the boss's subtree.
    const other = managers.find((m) => m.id !== boss.id && m.id !== report.id && m.manager !== report.id &&
                                       m.id !== boss.manager);
    assert.ok(other, "a second manager to move to");
    await dragCard(app.page, report.name, other.name);
    await waitFor(app.page, ([id, to]) => JSON.parse(window.mlteams.getWorkspace()).people.find((p) => p.id === id).manager === to,
                  [report.id, other.id]);

    // A manager dragged onto their own report is refused and nothing changes.
    ws = await workspace(app.page);
    const sub = ws.people.find((q) => q.manager === other.id && q.kind === "member");
    await dragCard(app.page, other.name, sub.name);
    const refused = await workspace(app.page);
    assert.equal(byName(refused, other.name).manager, byName(ws, other.name).manager, "the loop was refused");
    const st = await app.page.evaluate(() => window.mlteams.state());
    assert.match(JSON.stringify(st), /cannot report to/i);

    // Undo puts the report back under the boss.
    await app.page.keyboard.press("Control+z");
    await waitFor(app.page, ([id, to]) => JSON.parse(window.mlteams.getWorkspace()).people.find((p) => p.id === id).manager === to,
                  [report.id, boss.id]);
    await app.page.screenshot({ path: path.join(OUT, "org-chart.png") });
  } finally {
    await app.close();
  }
});

test("the archetype assessment through the UI: answers are saved and the match is explained", async () => {
  const app = await openApp(site.url, { viewport: { width: 1440, height: 900 } });
  try {
    await app.page.evaluate(() => window.mlteams.setView("org"));
    await clickItem(app.page, "Archetype assessment");
    await clickItem(app.page, "Start the assessment");
    await waitFor(app.page, () => JSON.parse(window.mlteams.getWorkspace()).org.assessments.length === 1);
    // Answer the first two questions the way a research lab would.
    await clickItem(app.page, "Researchers in an R&D or innovation lab");
    await waitFor(app.page, () => JSON.parse(window.mlteams.getWorkspace()).org.assessments[0].answers.who_does_ml === "research_lab");
    await findItem(app.page, "Score by archetype", { timeout: 3000 }).catch(() => {});
    const ws = await workspace(app.page);
    assert.equal(ws.org.assessments[0].answers.who_does_ml, "research_lab");
    // The result names the R&D archetype as the closest one.
    const texts = await app.page.evaluate(() => window.mlteams.state());
    assert.ok(texts.org && texts.org.assessment, "state() reports the open assessment");
    assert.equal(texts.org.assessment.best, "rnd");
    await app.page.screenshot({ path: path.join(OUT, "org-assessment.png") });
  } finally {
    await app.close();
  }
});

test("org CSV: a bad file names every bad row and imports nothing; a good one builds the chart; exports have content", async () => {
  const app = await openApp(site.url, { viewport: { width: 1440, height: 900 } });
  try {
    await app.page.evaluate(() => window.mlteams.setView("org"));
    const bad = "id,name,title,role,manager_id\na,Ann,CTO,,\nb,Bob,Lead,ml_engineer,zz\na,Ann again,,,\n";
    let chooser = app.page.waitForEvent("filechooser");
    await clickItem(app.page, "Import CSV");
    await (await chooser).setFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
    await waitFor(app.page, () => (window.mlteams.state().problems || []).length >= 2);
    const problems = (await app.page.evaluate(() => window.mlteams.state())).problems;
    assert.ok(problems.some((p) => /^Row 3\b.*zz/.test(p)), problems.join("\n"));
    assert.ok(problems.some((p) => /^Row 4\b.*"a"/.test(p)), problems.join("\n"));
    await clickItem(app.page, "Close");
    assert.equal((await workspace(app.page)).people.length, 0, "nothing imported");

    const good = "id,name,title,role,manager_id,dotted_manager_id\nceo,Ada Chief,CEO,,,\n" +
      "ml,Ben Lead,Head of ML,ml_engineer,ceo,\nr1,Cai Res,Researcher,ml_researcher,ml,\n" +
      "e1,Dee Eng,ML engineer,ml_engineer,ml,ceo\n";
    chooser = app.page.waitForEvent("filechooser");
    await clickItem(app.page, "Import CSV");
    await (await chooser).setFiles({ name: "org.csv", mimeType: "text/csv", buffer: Buffer.from(good) });
    await waitFor(app.page, () => JSON.parse(window.mlteams.getWorkspace()).people.length === 4);
    const ws = await workspace(app.page);
    assert.equal(byName(ws, "Dee Eng").manager, byName(ws, "Ben Lead").id);
    assert.equal(byName(ws, "Dee Eng").dotted_manager, byName(ws, "Ada Chief").id);
    await findItem(app.page, "Cai Res", { window: "org chart" });

    // Exports: CSV round-trips the managers, SVG has the names, PNG has pixels.
    let download = app.page.waitForEvent("download");
    await clickItem(app.page, "Export", { window: "Main" });
    await clickItem(app.page, "CSV of the org (people and managers)");
    let d = await download;
    const csv = fs.readFileSync(await d.path(), "utf8");
    assert.match(csv, /manager_id/);
    assert.match(csv, /Dee Eng/);
    download = app.page.waitForEvent("download");
    await clickItem(app.page, "Export", { window: "Main" });
    await clickItem(app.page, "SVG of the whole chart");
    d = await download;
    const svg = fs.readFileSync(await d.path(), "utf8");
    assert.match(svg, /<svg/);
    for (const n of ["Ada Chief", "Ben Lead", "Cai Res", "Dee Eng"]) assert.ok(svg.includes(n), `SVG has ${n}`);
    fs.copyFileSync(await d.path(), path.join(OUT, "org-chart-whole.svg"));
    download = app.page.waitForEvent("download");
    await clickItem(app.page, "Export", { window: "Main" });
    await clickItem(app.page, "PNG of the visible chart");
    d = await download;
    const png = fs.readFileSync(await d.path());
    const stats = await imageStats(app.page, png);
    assert.ok(stats.width > 300 && stats.colours > 20, `a real picture (${JSON.stringify(stats)})`);
    // The whole chart: fitted for the capture, then the view comes back.
    const card = await findItem(app.page, "Ben Lead", { window: "org chart" });
    await app.page.mouse.move(card.x + card.w / 2, card.y + card.h / 2);
    const fitted = (await app.page.evaluate(() => window.mlteams.state())).org.zoom;
    await app.page.mouse.wheel(0, -400);
    await waitFor(app.page, (z) => window.mlteams.state().org.zoom > z * 1.2, fitted);
    const zoomBefore = (await app.page.evaluate(() => window.mlteams.state())).org.zoom;
    download = app.page.waitForEvent("download");
    await clickItem(app.page, "Export", { window: "Main" });
    await clickItem(app.page, "PNG of the whole chart");
    d = await download;
    const whole = await imageStats(app.page, fs.readFileSync(await d.path()));
    assert.equal(whole.width, stats.width, "the whole chart is drawn into the same canvas");
    assert.ok(whole.colours > 20);
    await waitFor(app.page, (z) => Math.abs(window.mlteams.state().org.zoom - z) < 1e-6, zoomBefore);
  } finally {
    await app.close();
  }
});
