// Nothing lost, in the browser: a damaged stored workspace is quarantined and
// downloadable, a newer-version one is read-only and never written, two tabs
// on one workspace never overwrite each other, storage cleared under the app,
// an edit followed at once by a reload, and earlier versions restored.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { startSite, openApp, clickItem, findItem, state, waitFor, storedDoc, OUT } from "./helpers.mjs";
import { launchBrowser } from "./browser.mjs";

let site;
before(async () => { site = await startSite(); fs.mkdirSync(OUT, { recursive: true }); });
after(() => site.server.close());

const GOOD = JSON.stringify({ schema_version: 2, id: "good", name: "Good team",
                              people: [{ id: "p1", name: "Ada Park", role: "ml_engineer" }] });
const BROKEN = '{"schema_version": 2, "id": "bad", "name": "Broken team", "people": [{"id": "p1", "na';
const NEWER = JSON.stringify({ schema_version: 99, id: "new", name: "From the future", people: [], hologram: {} });

// Seeds localStorage in the earlier (format 1) layout before the app starts, once.
function seed(entries, active) {
  return {
    init: ({ entries, active }) => {
      if (sessionStorage.getItem("seeded")) return;
      sessionStorage.setItem("seeded", "1");
      localStorage.clear();
      localStorage.setItem("mlteams/index", JSON.stringify({
        format: 1, active, workspaces: entries.map(([id, name]) => ({ id, name, modified: 1 })),
      }));
      for (const [id, , text] of entries) localStorage.setItem("mlteams/ws/" + id, text);
    },
    arg: { entries, active },
  };
}

async function openSeeded(entries, active, opts = {}) {
  const s = seed(entries, active);
  return openApp(site.url, { ...opts, init: s.init, initArg: s.arg });
}

test("a damaged stored workspace is kept untouched, listed with its reason and downloadable as stored", async () => {
  const app = await openSeeded([["good", "Good team", GOOD], ["bad", "Broken team", BROKEN]], "bad");
  try {
    const st = await state(app.page);
    assert.equal(st.workspaceId, "good", "the app opens the readable workspace");
    const list = await app.page.evaluate(() => window.mlteams.listWorkspaces());
    const bad = list.find((w) => w.id === "bad");
    assert.ok(bad && bad.damaged, "the damaged one is listed as damaged");
    assert.match(bad.reason, /JSON|valid|read/i);
    // Editing and saving the good one never touches the damaged text.
    await app.page.evaluate(() => window.mlteams.setView("roles"));
    await clickItem(app.page, "Add person");
    await waitFor(app.page, () => JSON.parse(window.mlteams.getWorkspace()).people.length === 2);
    await waitFor(app.page, () => window.mlteams.state().save.state === "saved");
    assert.equal(await app.page.evaluate(() => localStorage.getItem("mlteams/ws/bad")), BROKEN);
    // The workspace menu downloads it exactly as stored.
    const download = app.page.waitForEvent("download");
    await clickItem(app.page, /^Good team/, { window: "Top bar" });
    await clickItem(app.page, /Broken team \(could not be read\)/);
    const d = await download;
    assert.equal(fs.readFileSync(await d.path(), "utf8"), BROKEN);
    // And it survives a reload.
    await app.page.reload();
    await app.page.evaluate(() => window.mlteams.ready);
    assert.equal(await app.page.evaluate(() => localStorage.getItem("mlteams/ws/bad")), BROKEN);
  } finally { await app.close(); }
});

test("a workspace from a newer version opens read-only, says so, and is never written", async () => {
  const app = await openSeeded([["new", "From the future", NEWER]], "new");
  try {
    const st = await state(app.page);
    assert.equal(st.workspaceId, "new");
    assert.equal(st.readOnly, true);
    await findItem(app.page, "Download it as stored", { window: "Storage banner" });
    // An edit through the UI is refused and nothing is written.
    await app.page.evaluate(() => window.mlteams.setView("roles"));
    await clickItem(app.page, "Add person");
    await app.page.waitForTimeout(1500);
    assert.equal(JSON.parse(await app.page.evaluate(() => window.mlteams.getWorkspace())).people.length, 0);
    assert.equal(await app.page.evaluate(() => localStorage.getItem("mlteams/ws/new")), NEWER);
    await app.page.screenshot({ path: path.join(OUT, "read-only.png") });
  } finally { await app.close(); }
});

test("two tabs on one workspace: a clean tab follows, edits in both end in a choice that loses nothing", async () => {
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const open = async () => {
      const page = await context.newPage();
      await page.goto(site.url);
      await page.evaluate(() => window.mlteams.ready);
      await page.evaluate(() => window.mlteams.setView("roles"));
      return page;
    };
    const a = await open();
    await waitFor(a, () => window.mlteams.state().save.state === "saved");
    const b = await open();
    assert.equal((await state(a)).workspaceId, (await state(b)).workspaceId, "both tabs on one workspace");

    // A edits and saves; B, with nothing unsaved, follows.
    await clickItem(a, "Add person");
    await waitFor(a, () => window.mlteams.state().save.state === "saved" && window.mlteams.state().canUndo);
    await waitFor(b, () => JSON.parse(window.mlteams.getWorkspace()).people.length === 1, undefined, 8000);

    // B has an edit it could not save yet (its storage refuses for a moment)
    // when A saves: B must stop and ask, never overwrite A or drop its own edit.
    await b.bringToFront();
    await b.evaluate(() => {
      window.__realSetItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function () { throw new DOMException("busy", "QuotaExceededError"); };
    });
    await clickItem(b, "Add person");
    await waitFor(b, () => JSON.parse(window.mlteams.getWorkspace()).people.length === 2);
    await waitFor(b, () => window.mlteams.state().save.state === "failed");
    await a.bringToFront();
    await clickItem(a, "Add person");
    await waitFor(a, () => JSON.parse(window.mlteams.getWorkspace()).people.length === 2);
    await waitFor(a, () => window.mlteams.state().save.state === "saved", undefined, 8000);
    await waitFor(b, () => window.mlteams.state().save.state === "conflict", undefined, 8000);
    await b.evaluate(() => { Storage.prototype.setItem = window.__realSetItem; });
    await b.bringToFront();
    const loser = b;
    const winner = a;
    await findItem(loser, "Keep mine as a copy", { window: "Storage banner" });
    await loser.screenshot({ path: path.join(OUT, "two-tabs-conflict.png") });
    const mine = JSON.parse(await loser.evaluate(() => window.mlteams.getWorkspace())).people.length;
    await clickItem(loser, "Keep mine as a copy", { window: "Storage banner" });
    await waitFor(loser, () => window.mlteams.state().save.state === "saved", undefined, 8000);
    // Nothing lost: the loser's version is a new workspace with its people, the shared one has the winner's.
    const list = await loser.evaluate(() => window.mlteams.listWorkspaces());
    assert.equal(list.length, 2, "the loser's version became a second workspace");
    const copy = list.find((w) => /this tab/.test(w.name));
    assert.ok(copy, JSON.stringify(list));
    const copyDoc = JSON.parse(await storedDoc(loser, copy.id));
    assert.equal(copyDoc.people.length, mine);
    const shared = JSON.parse(await storedDoc(winner, (await state(winner)).workspaceId));
    assert.equal(shared.people.length, 2, "the other tab's save is intact");
  } finally { await browser.close(); }
});

test("storage cleared while the app is open: the next save puts everything back", async () => {
  const app = await openApp(site.url);
  try {
    await app.page.evaluate(() => window.mlteams.setView("roles"));
    await clickItem(app.page, "Add person");
    await waitFor(app.page, () => window.mlteams.state().save.state === "saved" && window.mlteams.state().canUndo);
    await app.page.evaluate(() => localStorage.clear());
    await clickItem(app.page, "Add person");
    await waitFor(app.page, () => JSON.parse(window.mlteams.getWorkspace()).people.length === 2);
    const id = (await state(app.page)).workspaceId;
    await waitFor(app.page, () => localStorage.getItem("mlteams/index") !== null, undefined, 8000);
    await waitFor(app.page, (i) => {
      const ix = JSON.parse(localStorage.getItem("mlteams/index"));
      const e = ix.workspaces.find((w) => w.id === i);
      const text = e && localStorage.getItem(e.slot ? `mlteams/doc/${i}/${e.slot}` : `mlteams/ws/${i}`);
      return text && JSON.parse(text).people.length === 2;
    }, id, 10000);
  } finally { await app.close(); }
});

test("an edit followed within 100 ms by a reload survives, and an earlier version can be restored", async () => {
  const app = await openApp(site.url);
  try {
    await app.page.evaluate(() => window.mlteams.setView("roles"));
    await clickItem(app.page, "Add person");
    await waitFor(app.page, () => window.mlteams.state().save.state === "saved" && window.mlteams.state().canUndo);
    await clickItem(app.page, "Add person");
    await waitFor(app.page, () => JSON.parse(window.mlteams.getWorkspace()).people.length === 2);
    await app.page.waitForTimeout(50);
    await app.page.reload();
    await app.page.evaluate(() => window.mlteams.ready);
    assert.equal(JSON.parse(await app.page.evaluate(() => window.mlteams.getWorkspace())).people.length, 2);
    // Two saves: the first (one person) is an earlier version.
    assert.ok((await state(app.page)).versions >= 2);
    await clickItem(app.page, /My workspace/, { window: "Top bar" });
    await clickItem(app.page, "Previous versions...");
    await findItem(app.page, "Restore", { window: "Previous versions" });
    await clickItem(app.page, "Restore", { window: "Previous versions" });
    await waitFor(app.page, () => JSON.parse(window.mlteams.getWorkspace()).people.length === 1);
    // Restoring is an edit: Undo brings the newer one back.
    await app.page.keyboard.press("Control+z");
    await waitFor(app.page, () => JSON.parse(window.mlteams.getWorkspace()).people.length === 2);
  } finally { await app.close(); }
});
