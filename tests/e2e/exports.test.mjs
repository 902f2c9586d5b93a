// Exports in the browser, checked for content: the Learn role chart as SVG
// and PNG, a Learn content table and an org metrics table as CSV, and a
// Hiring table as CSV (the other views' exports are in their own tests).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { startSite, openApp, clickItem, findItem, imageStats, waitFor } from "./helpers.mjs";

let site;
before(async () => { site = await startSite(); });
after(() => site.server.close());

async function download(page, label, opts) {
  await findItem(page, label, opts);
  await page.waitForTimeout(250);  // (a tab or chart just drawn may still move by a frame)
  const [d] = await Promise.all([page.waitForEvent("download"), clickItem(page, label, opts)]);
  return { name: d.suggestedFilename(), bytes: fs.readFileSync(await d.path()) };
}

test("Learn: the role chart as SVG and PNG, a content table as CSV", async () => {
  const app = await openApp(site.url, { viewport: { width: 1280, height: 1000 } });
  try {
    const { page } = app;
    await page.evaluate(() => window.mlteams.setView("learn", "skills_chart"));
    const svg = await download(page, "SVG");
    assert.equal(svg.name, "role-chart.svg");
    const text = svg.bytes.toString("utf8");
    assert.match(text, /^<\?xml|^<svg/);
    assert.match(text, />ML engineer<\/text>/);
    const png = await download(page, "PNG");
    assert.equal(png.name, "role-chart.png");
    const stats = await imageStats(page, png.bytes);
    assert.ok(stats.width > 200 && stats.colours > 20, JSON.stringify(stats));

    await page.evaluate(() => window.mlteams.setView("learn", "employer_pitch"));
    const csv = await download(page, /CSV/, { key: "wants" });
    assert.equal(csv.name, "practitioner-wants.csv");
    assert.match(csv.bytes.toString("utf8"), /What ML practitioners want,How an employer can stand out/);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test("Organisation metrics and Hiring channels as CSV", async () => {
  const app = await openApp(site.url, { viewport: { width: 1440, height: 900 } });
  try {
    const { page } = app;
    const org = await page.evaluate(() => fetch("examples/org-independent.json").then((r) => r.text()));
    assert.equal((await page.evaluate((t) => window.mlteams.loadWorkspace(t), org)).ok, true);
    await waitFor(page, () => window.mlteams.state().save.state === "saved");
    await page.evaluate(() => window.mlteams.setView("org"));
    await clickItem(page, "Metrics");
    await waitFor(page, () => window.mlteams.state().org.tab === 1);
    const spans = await download(page, /CSV/, { key: "spans" });
    assert.equal(spans.name, "org-span-of-control.csv");
    assert.match(spans.bytes.toString("utf8"), /^\uFEFFManager,Direct reports/);

    await page.evaluate(() => window.mlteams.setView("hiring"));
    await clickItem(page, "Sourcing");
    await clickItem(page, "Use the lecture's channels");
    const channels = await download(page, /CSV/);
    assert.equal(channels.name, "hiring-channels.csv");
    assert.match(channels.bytes.toString("utf8"), /Professional networks and job boards,/);
  } finally {
    await app.close();
  }
});
