// Embed mode for course pages (README "Embedding"): URL parameters pick the
// view, the navigation is hidden, a document from a share link or a
// same-origin JSON URL opens read-only, nothing is ever written into the
// visitor's own storage, and two embeds on one page do not interfere.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startSite, openApp, clickItem, state, waitFor, storageSnapshot } from "./helpers.mjs";

let site;
before(async () => { site = await startSite(); });
after(() => site.server.close());

const VISITOR = JSON.stringify({ schema_version: 2, id: "mine", name: "My own team",
                                 people: [{ id: "p1", name: "Visitor Person", role: "ml_engineer" }] });

// The visitor already has a workspace in this browser (stored once, before the first load).
const seedVisitor = async (page) => {
  await page.goto(site.url);
  await page.evaluate(() => window.mlteams.ready);
  const r = await page.evaluate((t) => window.mlteams.loadWorkspace(t), VISITOR);
  assert.equal(r.ok, true, r.error);
  await waitFor(page, () => window.mlteams.state().save.state === "saved");
  return storageSnapshot(page);
};

const windows = async (page) => new Set((await page.evaluate(() => window.mlteams.items())).map((i) => i.window));

test("view and section from the URL, no navigation, and an embed without data writes nothing", async () => {
  const app = await openApp(site.url);
  try {
    const { page } = app;
    const before = await seedVisitor(page);
    await page.goto(site.url + "?embed=1&view=learn&section=archetypes");
    await page.evaluate(() => window.mlteams.ready);
    const s = await state(page);
    assert.equal(s.view, "learn");
    assert.equal(s.learnSection, "archetypes");
    const w = await windows(page);
    assert.ok(!w.has("Navigation") && !w.has("Top bar"), [...w].join(", "));
    assert.ok(w.has("Main"));
    // Its own workspace list is in memory: the visitor's workspace is not in it.
    assert.ok(!(await page.evaluate(() => window.mlteams.listWorkspaces())).some((x) => x.name === "My own team"));
    await page.evaluate(() => window.mlteams.setView("skills"));
    await page.waitForTimeout(300);
    assert.deepEqual(await storageSnapshot(page), before);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test("a same-origin JSON file opens read-only; edits are refused and nothing is stored", async () => {
  const app = await openApp(site.url);
  try {
    const { page } = app;
    const before = await seedVisitor(page);
    const prefs = await page.evaluate(() => localStorage.getItem("mlteams/prefs"));
    await page.goto(site.url + "?embed=1&view=plan&src=examples/plan-recommender.json");
    await page.evaluate(() => window.mlteams.ready);
    await waitFor(page, () => window.mlteams.state().readOnly);
    const s = await state(page);
    assert.equal(s.view, "plan");
    assert.equal(s.workspaceName, "Example plan: recommender with a research bet");
    const tasks = s.plan.tasks;
    assert.ok(tasks > 0);
    await clickItem(page, "Task");  // "add a task": refused
    await page.waitForTimeout(200);
    const after = await state(page);
    assert.equal(after.plan.tasks, tasks);
    assert.equal(after.canUndo, false);
    // The simulation still runs: it reads the plan, it does not change it.
    const r = await page.evaluate(() => window.mlteams.simulate({ trials: 500, seed: 3 }));
    assert.ok(r.p50 > 0);
    assert.deepEqual(await storageSnapshot(page), before);
    assert.equal(await page.evaluate(() => localStorage.getItem("mlteams/prefs")), prefs);
  } finally {
    await app.close();
  }
});

test("a share link in an embed opens read-only at once, without the question", async () => {
  const app = await openApp(site.url);
  try {
    const { page } = app;
    const before = await seedVisitor(page);
    await page.evaluate(() => window.mlteams.setView("roles"));
    await clickItem(page, "Share", { window: "Top bar" });
    await waitFor(page, () => window.mlteams.state().share.link !== "");
    const link = (await state(page)).share.link;
    await clickItem(page, "Close");
    await waitFor(page, () => window.mlteams.state().save.state === "saved");
    const stored = await storageSnapshot(page);
    await page.goto(site.url + "?embed=1&view=skills#" + link.split("#")[1]);
    await page.evaluate(() => window.mlteams.ready);
    await waitFor(page, () => window.mlteams.state().readOnly);
    const s = await state(page);
    assert.equal(s.share.pending, false);
    assert.equal(s.workspaceName, "My own team");
    assert.equal(s.view, "skills", "the page's view wins over the link's");
    assert.equal(await page.evaluate(() => location.hash), "");
    assert.deepEqual(await storageSnapshot(page), stored);
    assert.ok(Object.keys(before).length > 0);
  } finally {
    await app.close();
  }
});

test("a JSON file from another origin, or one that is not a workspace, gets a clear message", async () => {
  const app = await openApp(site.url + "?embed=1&view=plan&src=https://example.com/team.json");
  try {
    const { page } = app;
    await waitFor(page, () => (window.mlteams.state().notice || {}).text);
    assert.match((await state(page)).notice.text, /only files from this site can be shown \(it is on https:\/\/example\.com\)/);
    await page.goto(site.url + "?embed=1&view=plan&src=shell.css");
    await page.evaluate(() => window.mlteams.ready);
    await waitFor(page, () => /could not be shown/.test((window.mlteams.state().notice || {}).text || ""));
    assert.match((await state(page)).notice.text, /not valid JSON/);
    await page.goto(site.url + "?embed=1&view=plan&src=missing.json");
    await page.evaluate(() => window.mlteams.ready);
    await waitFor(page, () => /404/.test((window.mlteams.state().notice || {}).text || ""));
    assert.equal((await state(page)).readOnly, false);
  } finally {
    await app.close();
  }
});

test("the example course page shows two embeds that do not interfere", async () => {
  const app = await openApp(site.url);
  try {
    const { page } = app;
    const before = await seedVisitor(page);
    await page.goto(site.url + "embed-example.html");
    const frames = {};
    for (const id of ["archetypes", "plan"]) {
      const handle = await page.waitForSelector("#" + id);
      await handle.scrollIntoViewIfNeeded();
      frames[id] = await handle.contentFrame();
      await frames[id].waitForFunction(() => window.mlteams && window.mlteams.ready, null, { timeout: 30000 });
      await frames[id].evaluate(() => window.mlteams.ready);
    }
    await frames.plan.waitForFunction(() => window.mlteams.state().readOnly, null, { timeout: 10000 });
    const a = await frames.archetypes.evaluate(() => window.mlteams.state());
    const p = await frames.plan.evaluate(() => window.mlteams.state());
    assert.equal(a.view, "learn");
    assert.equal(a.learnSection, "archetypes");
    assert.equal(p.view, "plan");
    assert.ok(p.plan.tasks > 0);
    // Each has its own memory: the plan is only in the plan embed.
    assert.equal(a.plan.tasks, 0);
    assert.notEqual(a.workspaceId, p.workspaceId);
    await frames.archetypes.evaluate(() => window.mlteams.setView("roles"));
    assert.equal((await frames.plan.evaluate(() => window.mlteams.state())).view, "plan");
    // Both drew frames, and the visitor's storage is as it was.
    for (const f of Object.values(frames)) assert.ok((await f.evaluate(() => window.mlteams.frameStats())).frames > 0);
    assert.deepEqual(await storageSnapshot(page), before);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});
