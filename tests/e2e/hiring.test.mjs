// The Hiring view in the browser, through real clicks and typing: build a job
// description (and see the unicorn warning come and go), a loop from the
// assessment types, score a candidate on every scorecard, hire them into an
// open position of the org chart, and find them in the roster and on the
// skills chart. Then the sourcing funnel's Monte Carlo and undo.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { startSite, openApp, clickItem, findItem, state, waitFor, OUT } from "./helpers.mjs";

let site;
before(async () => { site = await startSite(); fs.mkdirSync(OUT, { recursive: true }); });
after(() => site.server.close());

const workspace = (page) => page.evaluate(() => JSON.parse(window.mlteams.getWorkspace()));
const hiring = async (page) => (await state(page)).hiring;

// Opens a combo by its key and picks an entry. A popup is laid out during
// its first frame, so its entries are looked up a moment later.
async function pick(page, key, label) {
  await clickItem(page, null, { key });
  await findItem(page, label, { window: "##Combo_00" });
  await page.waitForTimeout(150);
  await clickItem(page, label, { window: "##Combo_00" });
  await page.waitForTimeout(100);
}

// Types into a text field; `done(text)` runs in the page and says when the
// app has taken all of it (Dear ImGui takes typed characters a frame at a
// time, so a long text takes a while under software rendering).
async function typeInto(page, key, text, done) {
  await clickItem(page, null, { key });
  await page.waitForTimeout(60);
  await page.keyboard.press("Control+A");
  await page.keyboard.type(text);
  await waitFor(page, done, text, 20000);
  await page.keyboard.press("Tab");
  await page.waitForTimeout(100);
}

test("a job description, a loop, a scored candidate hired into an open position, found in the roster", async () => {
  const app = await openApp(site.url, { viewport: { width: 1440, height: 1300 } });
  const { page } = app;
  try {
    // An organisation with open positions to hire into (a new workspace).
    await page.evaluate(() => window.mlteams.setView("org"));
    await pick(page, "example orgs", "Independent ML division");
    await waitFor(page, () => JSON.parse(window.mlteams.getWorkspace()).org.units.length > 0);
    const open = (await workspace(page)).people.filter((p) => p.kind === "open_position");
    assert.ok(open.length > 0, "the example has open positions");

    // 1. Job description: start from the ML engineer role.
    await page.evaluate(() => window.mlteams.setView("hiring"));
    await clickItem(page, "ML engineer");
    await waitFor(page, () => window.mlteams.state().hiring.jobs === 1);
    let h = await hiring(page);
    assert.equal(h.job.role, "ml_engineer");
    assert.ok(h.job.notes.includes("missing_specifics"), "an empty description lacks specifics");
    await typeInto(page, "what you will do", "Own the search ranking model: data, training, evaluation, weekly release.",
      (t) => JSON.parse(window.mlteams.getWorkspace()).hiring.jobs[0].what_you_will_do === t);
    assert.ok(!(await hiring(page)).job.notes.includes("missing_specifics"));

    // Must-have infrastructure and product on top of ML: a unicorn; back to nice-to-have: fine.
    assert.equal((await hiring(page)).job.unicorn, false);
    await clickItem(page, "Must", { key: "infra" });
    await clickItem(page, "Must", { key: "product" });
    await waitFor(page, () => window.mlteams.state().hiring.job.unicorn === true);
    assert.ok((await hiring(page)).job.notes.includes("unicorn_roles"));
    await findItem(page, "Copy Markdown");
    await clickItem(page, "Nice", { key: "infra" });
    await clickItem(page, "Nice", { key: "product" });
    await waitFor(page, () => window.mlteams.state().hiring.job.unicorn === false);

    // 2. Interview loop from three assessment types: ML validated in depth.
    await clickItem(page, "Interview loop");
    let n = 0;
    for (const name of ["Pair debugging", "ML theory", "Applied ML"]) {
      await pick(page, "add interview", name);
      await waitFor(page, (k) => window.mlteams.state().hiring.job.loop.interviews === k, ++n);
    }
    await waitFor(page, () => window.mlteams.state().hiring.job.loop.interviews === 3);
    h = await hiring(page);
    assert.equal(h.job.loop.coverage.ml, "deep");
    assert.equal(h.job.loop.coverage.software, "minimum");
    assert.equal(h.job.loop.minutes, 60 + 30 + 45);
    // Tick "communication" for the first interview in the coverage matrix.
    let job = (await workspace(page)).hiring.jobs[0];
    await clickItem(page, null, { key: `${job.loop[0].id} communication` });
    await waitFor(page, () => JSON.parse(window.mlteams.getWorkspace()).hiring.jobs[0].loop[0].skills.includes("communication"));
    job = (await workspace(page)).hiring.jobs[0];

    // 3. A candidate, renamed and scored on every scorecard.
    await clickItem(page, "Candidates");
    await clickItem(page, "Add candidate");
    await waitFor(page, () => window.mlteams.state().hiring.candidates === 1);
    await typeInto(page, "name", "Ada Quinn", (t) => window.mlteams.state().hiring.candidate.name === t);
    assert.equal((await hiring(page)).candidate.verdict, "none");
    for (const li of job.loop) {
      for (const s of li.skills) await clickItem(page, s === "ml" ? "Strong yes" : "Yes", { key: `${li.id} ${s}${s === "ml" ? 4 : 3}` });
      await clickItem(page, "Strong yes", { key: `${li.id} recommendation4` });
    }
    await waitFor(page, () => window.mlteams.state().hiring.candidate.scorecards === 3);
    h = await hiring(page);
    assert.equal(h.candidate.verdict, "hire");
    assert.equal(h.candidate.recommendation, 4);
    const card = (await workspace(page)).hiring.candidates[0].scorecards[0];
    assert.equal(card.ratings.ml, 4);
    await findItem(page, "Ada Quinn (estimate)", { window: "candidate chart" });
    await page.screenshot({ path: path.join(OUT, "hiring-candidates.png") });

    // Hire into the first open position of the org chart.
    const position = open[0];
    await pick(page, "hire position", `${position.title} (${position.team})`);
    await clickItem(page, "Hire Ada Quinn");
    await waitFor(page, () => window.mlteams.state().hiring.candidate.verdict === "hired");
    const ws = await workspace(page);
    const hired = ws.people.find((p) => p.name === "Ada Quinn");
    assert.equal(hired.kind, "member");
    assert.equal(hired.id, position.id, "the open position became the hire");
    assert.equal(hired.manager, position.manager, "with the position's reporting line");
    assert.ok(hired.skills.ml > 7, "the ratings moved the ML estimate above the role's typical 7");
    assert.equal(ws.people.filter((p) => p.kind === "open_position").length, open.length - 1);

    // Found in the roster: on the skills chart of the team and in the org chart.
    await page.evaluate(() => window.mlteams.setView("skills"));
    await findItem(page, "Ada Quinn", { window: "Skills chart" });
    await page.evaluate(() => window.mlteams.setView("org"));
    await findItem(page, "Ada Quinn", { window: "org chart" });

    // Undo takes the hire back.
    await page.keyboard.press("Control+z");
    await waitFor(page, () => JSON.parse(window.mlteams.getWorkspace()).people.some((p) => p.name === "Ada Quinn" && p.kind === "candidate"));
    assert.deepEqual(app.errors, []);
  } finally {
    await page.screenshot({ path: path.join(OUT, "hiring-last.png") }).catch(() => {});
    await app.close();
  }
});

test("sourcing: the lecture's channels, an edited volume, expected hires and a deterministic time to hire", async () => {
  const app = await openApp(site.url, { viewport: { width: 1440, height: 900 } });
  const { page } = app;
  try {
    await page.evaluate(() => window.mlteams.setView("hiring"));
    await clickItem(page, "Sourcing");
    await clickItem(page, "Use the lecture's channels");
    await waitFor(page, () => window.mlteams.state().hiring.funnel.channels === 6);
    await waitFor(page, () => !!window.mlteams.state().hiring.funnel.timeToHire);
    const before = (await hiring(page)).funnel;
    assert.ok(before.hiresPerMonth > 0);
    assert.equal(before.timeToHire.trials, 2000);
    assert.ok(before.timeToHire.p50 <= before.timeToHire.p80 && before.timeToHire.p80 <= before.timeToHire.p95);
    // Switch on "paper authors": more hires a month, a shorter time to hire.
    await clickItem(page, null, { key: "use paper_authors" });
    await waitFor(page, (h0) => window.mlteams.state().hiring.funnel.hiresPerMonth > h0, before.hiresPerMonth);
    await waitFor(page, (p) => window.mlteams.state().hiring.funnel.timeToHire?.p50 <= p, before.timeToHire.p50);
    await page.screenshot({ path: path.join(OUT, "hiring-sourcing.png") });
    // Undo restores the funnel and, with the same seed, exactly the same percentiles.
    await page.keyboard.press("Control+z");
    await waitFor(page, (h0) => window.mlteams.state().hiring.funnel.hiresPerMonth === h0, before.hiresPerMonth);
    await waitFor(page, (p) => window.mlteams.state().hiring.funnel.timeToHire?.p50 === p, before.timeToHire.p50);
    assert.deepEqual((await hiring(page)).funnel.timeToHire, before.timeToHire);
    assert.deepEqual(app.errors, []);
  } finally { await app.close(); }
});
