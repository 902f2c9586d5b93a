// The planner in the browser: an example plan, a sliced run with progress
// that keeps frames coming, cancel, every results tab, simulate() and
// refusals of invalid plans.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { startSite, openApp, clickItem, findItem, state, waitFor, imageStats, OUT } from "./helpers.mjs";

let site;
before(async () => { site = await startSite(); fs.mkdirSync(OUT, { recursive: true }); });
after(() => site.server.close());

test("load an example plan, run the simulation from the UI and read every results tab", async () => {
  const app = await openApp(site.url, { viewport: { width: 1280, height: 900 } });
  try {
    await app.page.evaluate(() => window.mlteams.setView("plan"));
    await clickItem(app.page, "A recommender with a research bet");
    await waitFor(app.page, () => window.mlteams.state().plan.tasks === 8);
    await clickItem(app.page, "Run simulation");
    await waitFor(app.page, () => window.mlteams.state().plan.hasResult, undefined, 20000);
    const st = await state(app.page);
    assert.equal(st.plan.trials, 2000);
    assert.equal(st.plan.stale, false);
    await app.page.screenshot({ path: path.join(OUT, "plan-summary.png") });
    for (const tab of ["Finish date", "Drivers", "Gantt", "Progress", "Likelihood x importance", "Portfolio", "Milestones"]) {
      await clickItem(app.page, tab);
      await app.page.waitForTimeout(150);
      // The portfolio's solved-by-date chart (this plan against one approach only).
      if (tab === "Portfolio") { await findItem(app.page, "portfolio curve"); await app.page.waitForTimeout(600); }
      await app.page.screenshot({ path: path.join(OUT, "plan-" + tab.toLowerCase().replace(/[^a-z]+/g, "-") + ".png") });
    }
    // SVG of a drawn chart: the same shapes and text as on screen.
    await clickItem(app.page, "Finish date");
    await app.page.waitForTimeout(150);
    const svgDownload = app.page.waitForEvent("download");
    await clickItem(app.page, "SVG");
    const svgFile = await (await svgDownload).path();
    const svg = fs.readFileSync(svgFile, "utf8");
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.ok(svg.includes("Working days from the start") && svg.includes("P50"), "axis title and markers as text");
    assert.ok((svg.match(/<path /g) || []).length > 10, "shapes as paths");
    // Open it as an image (a .svg name, so the browser renders it) and check it is a drawing.
    const svgCopy = path.join(OUT, "plan-finish-date.svg");
    fs.copyFileSync(svgFile, svgCopy);
    const svgPage = await app.context.newPage();
    await svgPage.goto("file://" + svgCopy);
    const shot = await svgPage.screenshot({ path: path.join(OUT, "plan-finish-date-svg.png") });
    const stats = await imageStats(app.page, shot);
    assert.ok(stats.stddev > 10, "the SVG renders as a chart");
    assert.equal(await svgPage.evaluate(() => document.documentElement.tagName), "svg");
    await svgPage.close();
    // Results export.
    const download = app.page.waitForEvent("download");
    await clickItem(app.page, "CSV", { key: "results" });
    const csv = fs.readFileSync(await (await download).path(), "utf8");
    assert.match(csv, /p_success,0\.\d{4}/);
    assert.match(csv, /beat_baseline,Beat the popularity baseline by 5%,challenge/);
  } finally { await app.close(); }
});

test("a long run shows progress, keeps frames coming and can be cancelled", async () => {
  const app = await openApp(site.url);
  try {
    // A plan big enough that 100,000 runs take seconds.
    await app.page.evaluate(() => {
      const tasks = Array.from({ length: 300 }, (_, i) => ({
        id: "t" + i, name: "Task " + i, optimistic: 1, most_likely: 2 + (i % 5), pessimistic: 9, p_success: 0.97,
        owner: "o" + (i % 12), depends_on: i > 3 ? ["t" + (i - 1 - (i % 3)), "t" + Math.floor(i / 2)] : [],
      }));
      return window.mlteams.loadWorkspace({ schema_version: 1, name: "Big plan", plan: { tasks } });
    });
    await app.page.evaluate(() => window.mlteams.setView("plan"));
    await waitFor(app.page, () => window.mlteams.state().plan.tasks === 300);
    await clickItem(app.page, null, { key: "trials" });  // the runs combo
    await clickItem(app.page, "100000");
    await clickItem(app.page, "Run simulation");
    await waitFor(app.page, () => window.mlteams.state().plan.running);
    const f0 = await app.page.evaluate(() => window.mlteams.frameStats().frames);
    await app.page.waitForTimeout(700);
    const mid = await state(app.page);
    const f1 = await app.page.evaluate(() => window.mlteams.frameStats().frames);
    assert.ok(mid.plan.running, "still running");
    assert.ok(mid.plan.progress > 0 && mid.plan.progress < 1, `progress ${mid.plan.progress}`);
    assert.ok(f1 - f0 >= 5, `frames kept coming during the run: ${f1 - f0}`);
    await clickItem(app.page, "Cancel");
    await waitFor(app.page, () => !window.mlteams.state().plan.running);
    assert.equal((await state(app.page)).plan.hasResult, false);
  } finally { await app.close(); }
});

test("simulate() is deterministic for a seed, and an invalid plan is refused with a specific message", async () => {
  const app = await openApp(site.url);
  try {
    await app.page.evaluate(() => window.mlteams.setView("plan"));
    await clickItem(app.page, "The lecture's four uncertain tasks");
    await waitFor(app.page, () => window.mlteams.state().plan.tasks === 4);
    const a = await app.page.evaluate(() => window.mlteams.simulate({ trials: 3000, seed: 7 }));
    const b = await app.page.evaluate(() => window.mlteams.simulate({ trials: 3000, seed: 7 }));
    assert.deepEqual(a, b);
    assert.ok(a.pSuccess > 0.05 && a.pSuccess < 0.2, `pSuccess ${a.pSuccess}`);  // 0.75 * 0.75 * 0.9375 * 0.19 = 0.10
    assert.ok(a.p10 <= a.p50 && a.p50 <= a.p80 && a.p80 <= a.p95);
    assert.ok(a.p50 > a.deterministic, "the probabilistic date is later than the waterfall date");
    assert.match(a.summary, /80% likely by/);

    const ws = JSON.parse(await app.page.evaluate(() => window.mlteams.getWorkspace()));
    ws.plan.tasks[0].depends_on = ["t4"];  // t1 -> t4 -> t3 -> t2 -> t1
    await app.page.evaluate((t) => window.mlteams.loadWorkspace(t), JSON.stringify(ws));
    await app.page.evaluate(() => window.mlteams.setView("plan"));
    const msg = await app.page.evaluate(() => window.mlteams.simulate({ trials: 100 }).then(() => "ran", (e) => e.message));
    assert.match(msg, /cycle/i);
    await app.page.waitForTimeout(200);
    const run = (await app.page.evaluate(() => window.mlteams.items())).find((i) => i.label === "Run simulation");
    assert.ok(run, "the run button is shown");
    await app.page.screenshot({ path: path.join(OUT, "plan-invalid.png") });
  } finally { await app.close(); }
});
