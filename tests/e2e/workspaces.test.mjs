// Workspaces that persist: import (picker, drop, API), refusals that change
// nothing, autosave and reload, rename and delete through the UI, export,
// and storage that fails.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { startSite, openApp, clickItem, findItem, state, waitFor, storageSnapshot, storedDoc, storedKeys, OUT } from "./helpers.mjs";

let site;
before(async () => { site = await startSite(); fs.mkdirSync(OUT, { recursive: true }); });
after(() => site.server.close());

const TEAM = {
  schema_version: 1,
  name: "Perception team",
  people: [
    { id: "p1", name: "Ada Park", role: "ml_engineer", team: "Perception", kind: "member",
      skills: { ml: 7, software: 6, communication: 5 } },
    { id: "p2", name: "Open data engineer", role: "data_engineer", team: "Perception", kind: "open_position" },
  ],
};

async function renameThroughDialog(page, current, name) {
  await clickItem(page, current, { window: "Top bar" });
  await clickItem(page, "Rename...");
  await findItem(page, "Rename", { window: "Rename workspace" });
  await page.keyboard.press("Control+A");
  await page.keyboard.type(name);
  await page.keyboard.press("Enter");
}

async function importThroughPicker(page, name, text) {
  const chooser = page.waitForEvent("filechooser");
  await clickItem(page, "Import", { window: "Top bar" });
  await (await chooser).setFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
}

test("import through the file picker adds a workspace that is restored after reload", async () => {
  const app = await openApp(site.url);
  try {
    const before = await app.page.evaluate(() => window.mlteams.listWorkspaces());
    await importThroughPicker(app.page, "team.json", JSON.stringify(TEAM));
    await waitFor(app.page, () => window.mlteams.state().workspaceName === "Perception team");
    const list = await app.page.evaluate(() => window.mlteams.listWorkspaces());
    assert.equal(list.length, before.length + 1);
    await app.page.evaluate(() => window.mlteams.setView("roles"));
    await app.page.waitForTimeout(1100);  // autosave
    await app.page.reload();
    await app.page.evaluate(() => window.mlteams.ready);
    const ws = JSON.parse(await app.page.evaluate(() => window.mlteams.getWorkspace()));
    assert.equal(ws.name, "Perception team");
    assert.equal(ws.people.length, 2);
    assert.equal(ws.people[0].skills.ml, 7);
    assert.equal(ws.people[1].kind, "open_position");
    await app.page.screenshot({ path: path.join(OUT, "roles-imported.png") });
  } finally { await app.close(); }
});

test("a corrupted or newer file is refused with a specific message and changes nothing", async () => {
  const app = await openApp(site.url);
  try {
    await app.page.waitForTimeout(300);
    const snap = await storageSnapshot(app.page);
    const st0 = await state(app.page);
    await importThroughPicker(app.page, "broken.json", '{"schema_version":1,"name":"Half');
    await waitFor(app.page, () => (window.mlteams.state().notice || {}).kind === "error");
    let st = await state(app.page);
    assert.match(st.notice.text, /Could not import broken\.json: The file is not valid JSON \(error at byte \d+/);
    assert.equal(await app.page.isVisible("#failure"), false);
    assert.equal(st.workspaceId, st0.workspaceId);
    assert.deepEqual(await storageSnapshot(app.page), snap);

    const newer = await app.page.evaluate(() => window.mlteams.loadWorkspace('{"schema_version":42,"name":"Future"}'));
    assert.equal(newer.ok, false);
    assert.match(newer.error, /newer version of ML Team Studio \(schema 42/);
    const bad = await app.page.evaluate(() => window.mlteams.loadWorkspace(
      { schema_version: 1, name: "x", people: [{ id: "a", name: "A", skills: { ml: 12 } }] }));
    assert.equal(bad.ok, false);
    assert.match(bad.error, /people\[0\]\.skills\.ml: must be between 0 and 10/);
    st = await state(app.page);
    assert.equal(st.workspaceId, st0.workspaceId);
    assert.deepEqual(await storageSnapshot(app.page), snap);
  } finally { await app.close(); }
});

test("dropping a workspace file on the page imports it", async () => {
  const app = await openApp(site.url);
  try {
    await app.page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], "dropped.json", { type: "application/json" }));
      document.getElementById("canvas").dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, JSON.stringify({ ...TEAM, name: "Dropped team" }));
    await waitFor(app.page, () => window.mlteams.state().workspaceName === "Dropped team");
  } finally { await app.close(); }
});

test("rename through the dialog is saved within a second, undoable, and survives a reload", async () => {
  const app = await openApp(site.url);
  try {
    await renameThroughDialog(app.page, /^My workspace/, "Research lab");
    await waitFor(app.page, () => window.mlteams.state().workspaceName === "Research lab");
    const t0 = Date.now();
    await waitFor(app.page, () => window.mlteams.state().save.state === "saved", undefined, 2000);
    assert.ok(Date.now() - t0 < 1500, "autosave within a second");
    const stored = JSON.parse(await storedDoc(app.page, (await state(app.page)).workspaceId)).name;
    assert.equal(stored, "Research lab");

    await clickItem(app.page, "Undo", { window: "Top bar" });
    await waitFor(app.page, () => window.mlteams.state().workspaceName === "My workspace");
    await app.page.keyboard.press("Control+Shift+Z");
    await waitFor(app.page, () => window.mlteams.state().workspaceName === "Research lab");
    await app.page.reload();
    await app.page.evaluate(() => window.mlteams.ready);
    assert.equal((await state(app.page)).workspaceName, "Research lab");
  } finally { await app.close(); }
});

test("an edit made just before the page goes away is saved on pagehide", async () => {
  const app = await openApp(site.url);
  try {
    const id = (await state(app.page)).workspaceId;
    const r = await app.page.evaluate(() => window.mlteams.newWorkspace("Made right before leaving"));
    assert.equal(r.ok, true);
    // Reload immediately: no time for the autosave timer.
    await app.page.reload();
    await app.page.evaluate(() => window.mlteams.ready);
    const list = await app.page.evaluate(() => window.mlteams.listWorkspaces());
    assert.ok(list.some((w) => w.name === "Made right before leaving"));
    assert.ok(list.some((w) => w.id === id));
  } finally { await app.close(); }
});

test("switch, duplicate and delete (with confirmation) through the API and the UI", async () => {
  const app = await openApp(site.url);
  try {
    const first = (await state(app.page)).workspaceId;
    const second = await app.page.evaluate(() => window.mlteams.newWorkspace("Second"));
    assert.equal((await state(app.page)).workspaceId, second.id);
    assert.deepEqual(await app.page.evaluate((id) => window.mlteams.switchWorkspace(id), first), { ok: true, id: first });
    const missing = await app.page.evaluate(() => window.mlteams.switchWorkspace("nope"));
    assert.equal(missing.ok, false);

    const openDelete = async () => {
      await clickItem(app.page, /^My workspace/, { window: "Top bar" });
      await clickItem(app.page, "Delete...");
    };
    await openDelete();
    await clickItem(app.page, "Cancel", { window: "Delete workspace?" });
    await app.page.waitForTimeout(100);
    assert.equal((await app.page.evaluate(() => window.mlteams.listWorkspaces())).length, 2);

    await openDelete();
    await clickItem(app.page, "Delete", { window: "Delete workspace?" });
    await waitFor(app.page, () => window.mlteams.listWorkspaces().length === 1);
    assert.equal((await state(app.page)).workspaceId, second.id);
    assert.deepEqual(await storedKeys(app.page, first), [], "every version of the deleted workspace is gone");
  } finally { await app.close(); }
});

test("export downloads the workspace as JSON that imports back", async () => {
  const app = await openApp(site.url);
  try {
    await app.page.evaluate((t) => window.mlteams.loadWorkspace(t), JSON.stringify(TEAM));
    const download = app.page.waitForEvent("download");
    await clickItem(app.page, "Export", { window: "Top bar" });
    const d = await download;
    assert.equal(d.suggestedFilename(), "Perception-team.mlteams.json");
    const text = fs.readFileSync(await d.path(), "utf8");
    const doc = JSON.parse(text);
    // Written in the current schema (the imported file was schema 1: migrated on load).
    assert.equal(doc.schema_version, (await app.page.evaluate(() => window.mlteams.version())).schema);
    assert.equal(doc.people[0].name, "Ada Park");
    const again = await app.page.evaluate((t) => window.mlteams.loadWorkspace(t), text);
    assert.equal(again.ok, true);
  } finally { await app.close(); }
});

test("storage that throws at start-up: the app runs in memory and says work is not saved", async () => {
  const app = await openApp(site.url, {
    init: () => {
      Object.defineProperty(window, "localStorage", {
        get() { throw new DOMException("The operation is insecure.", "SecurityError"); },
      });
    },
  });
  try {
    const st = await state(app.page);
    assert.equal(st.save.state, "disabled");
    assert.match(st.save.message, /SecurityError/);
    await findItem(app.page, "Not saved - export", { window: "Top bar" });
    const r = await app.page.evaluate(() => window.mlteams.newWorkspace("In memory"));
    assert.equal(r.ok, true);
    assert.equal((await app.page.evaluate(() => window.mlteams.listWorkspaces())).length, 2);
    await app.page.screenshot({ path: path.join(OUT, "storage-disabled.png") });
  } finally { await app.close(); }
});

test("quota exceeded mid-session: a visible notice, the last good save intact, saving resumes", async () => {
  const app = await openApp(site.url);
  try {
    await app.page.evaluate(() => window.mlteams.loadWorkspace({ schema_version: 1, name: "Good" }));
    await waitFor(app.page, () => window.mlteams.state().save.state === "saved");
    const id = (await state(app.page)).workspaceId;
    const good = await storedDoc(app.page, id);
    assert.ok(good);
    await app.page.evaluate(() => {
      window.__realSetItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function () { throw new DOMException("quota", "QuotaExceededError"); };
    });
    await renameThroughDialog(app.page, /^Good/, "Bigger");
    await waitFor(app.page, () => window.mlteams.state().save.state === "failed");
    const st = await state(app.page);
    assert.match(st.save.message, /storage is full/);
    await findItem(app.page, "Not saved - export", { window: "Top bar" });
    assert.equal(await storedDoc(app.page, id), good, "the last good save is still the current version");
    await app.page.evaluate(() => { Storage.prototype.setItem = window.__realSetItem; });
    await waitFor(app.page, () => window.mlteams.state().save.state === "saved", undefined, 8000);
    const saved = JSON.parse(await storedDoc(app.page, id)).name;
    assert.equal(saved, "Bigger");
  } finally { await app.close(); }
});
