// Share links in the browser (docs/share-links.md): a link made through the
// Share dialog opens in another tab as a new workspace after asking, with the
// visitor's own workspaces untouched; every kind of bad link gets its message
// and changes nothing; the fragment is cleared after loading.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startSite, openApp, clickItem, findItem, state, waitFor, storageSnapshot } from "./helpers.mjs";

let site;
before(async () => { site = await startSite(); });
after(() => site.server.close());

const TEAM = {
  schema_version: 2, id: "team", name: "Vision team",
  people: [{ id: "p1", name: "Ada Park", role: "ml_engineer" }, { id: "p2", name: "Bo Lind", role: "ml_researcher" }],
  plan: { tasks: [{ id: "t1", name: "Label data", optimistic: 2, most_likely: 4, pessimistic: 9 }] },
};

// Makes a link through the real dialog; `only` picks the view-only scope.
async function makeLink(page, { only } = {}) {
  await clickItem(page, "Share", { window: "Top bar" });
  await waitFor(page, () => window.mlteams.state().share.link !== "");
  if (only) {
    await page.waitForTimeout(150);  // (the dialog grows with the link, then settles)
    const first = (await state(page)).share.link;
    await clickItem(page, only);
    await waitFor(page, (prev) => { const s = window.mlteams.state().share; return s.link && s.link !== prev; }, first);
  }
  return (await state(page)).share;
}

// A fragment made in the page with the browser's own compression, for links
// this app would never make (bombs, wrong content).
const craft = (page, text) => page.evaluate(async (t) => {
  const buf = await new Response(new Blob([t]).stream().pipeThrough(new CompressionStream("deflate"))).arrayBuffer();
  let bin = "";
  for (const b of new Uint8Array(buf)) bin += String.fromCharCode(b);
  return "share=v1." + btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}, text);

async function openWithTeam() {
  const app = await openApp(site.url);
  const r = await app.page.evaluate((t) => window.mlteams.loadWorkspace(JSON.stringify(t)), TEAM);
  assert.equal(r.ok, true, r.error);
  await waitFor(app.page, () => window.mlteams.state().save.state === "saved");
  return app;
}

test("a shared workspace opens in another tab as a new workspace, after asking, and nothing else changes", async () => {
  const app = await openWithTeam();
  try {
    const { page, context } = app;
    await page.evaluate(() => window.mlteams.setView("plan"));
    const share = await makeLink(page);
    assert.match(share.link, /^http:\/\/127\.0\.0\.1:\d+\/#share=v1\.[A-Za-z0-9_-]+$/);
    assert.equal(share.linkLength, share.link.length);
    assert.ok(share.whole);

    // The visitor: another tab with its own workspaces (same storage).
    const other = await context.newPage();
    await other.goto(site.url);
    await other.evaluate(() => window.mlteams.ready);
    const before = await storageSnapshot(other);
    const list = await other.evaluate(() => window.mlteams.listWorkspaces());
    await other.goto(share.link);
    await other.evaluate(() => window.mlteams.ready);
    await waitFor(other, () => window.mlteams.state().share.pending);
    const s = await state(other);
    assert.equal(s.share.incoming.name, "Vision team");
    assert.equal(s.share.incoming.contents, "2 people and a plan of 1 task");
    assert.equal(await other.evaluate(() => location.hash), "", "the fragment is cleared after loading");
    assert.deepEqual(await storageSnapshot(other), before, "nothing is written before the user answers");

    await clickItem(other, "Open as a new workspace");
    await waitFor(other, () => !window.mlteams.state().share.pending && window.mlteams.state().save.state === "saved");
    const after = await other.evaluate(() => window.mlteams.listWorkspaces());
    assert.equal(after.length, list.length + 1);
    const opened = JSON.parse(await other.evaluate(() => window.mlteams.getWorkspace()));
    assert.equal(opened.name, "Vision team (shared)");  // a workspace of that name exists in this storage
    assert.deepEqual(opened.people.map((p) => p.name), ["Ada Park", "Bo Lind"]);
    assert.equal(opened.plan.tasks[0].name, "Label data");
    assert.equal((await state(other)).view, "plan", "it opens in the view it was shared from");
    // Every workspace the visitor had is stored exactly as before.
    const now = await storageSnapshot(other);
    for (const [key, text] of Object.entries(before)) if (key.startsWith("mlteams/doc/")) assert.equal(now[key], text, key);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test("a view-only link carries only that view's part; 'Don't open' changes nothing", async () => {
  const app = await openWithTeam();
  try {
    const { page } = app;
    await page.evaluate(() => window.mlteams.setView("plan"));
    const share = await makeLink(page, { only: "Only the plan" });
    assert.equal(share.whole, false);
    await clickItem(page, "Close");
    const before = await storageSnapshot(page);
    await page.evaluate((l) => { location.hash = l.split("#")[1]; }, share.link);  // pasted into this tab
    await waitFor(page, () => window.mlteams.state().share.pending);
    const s = await state(page);
    assert.equal(s.share.incoming.contents, "a plan of 1 task");
    assert.equal(s.share.incoming.whole, false);
    await clickItem(page, "Don't open");
    await waitFor(page, () => !window.mlteams.state().share.pending);
    assert.deepEqual(await storageSnapshot(page), before);
  } finally {
    await app.close();
  }
});

test("a long link shows its length and offers the file instead", async () => {
  const app = await openApp(site.url);
  try {
    const { page } = app;
    // Random names do not compress: a roster of 300 makes a link well past 2,000 characters.
    const big = { schema_version: 2, name: "Big", people: [] };
    for (let i = 0; i < 300; i++) big.people.push({ id: "p" + i, name: Math.random().toString(36).slice(2) });
    assert.equal((await page.evaluate((t) => window.mlteams.loadWorkspace(t), JSON.stringify(big))).ok, true);
    await waitFor(page, () => window.mlteams.state().save.state === "saved");  // (the top bar is redrawn for its name)
    const share = await makeLink(page);
    assert.ok(share.linkLength > 2000, String(share.linkLength));
    // The file instead: it downloads, and Settings' "last export" date follows.
    assert.equal((await state(page)).storage.lastExportMs, 0);
    const [download] = await Promise.all([page.waitForEvent("download"), clickItem(page, "Export a file instead")]);
    assert.match(download.suggestedFilename(), /^Big\.mlteams\.json$/);
    const s = await state(page);
    assert.ok(s.storage.lastExportMs > Date.now() - 60000, String(s.storage.lastExportMs));
    assert.ok(["granted", "denied", "unsupported"].includes(s.storage.persist), s.storage.persist);
  } finally {
    await app.close();
  }
});

test("each bad link gets its own message and changes nothing", async () => {
  const app = await openWithTeam();
  try {
    const { page } = app;
    const good = (await makeLink(page)).link.split("#")[1];
    await clickItem(page, "Close");
    const bomb = await craft(page, JSON.stringify({ format: "mlteams-share", version: 1, pad: " ".repeat(20 << 20) }));
    assert.ok(bomb.length < 60000, "the bomb itself is small: " + bomb.length);
    // Cut at a multiple of 4 characters, so the base64 is whole and the deflate data is not.
    const cut = "share=v1." + good.slice(9, 9 + Math.floor((good.length - 9) / 8) * 4);
    const cases = [
      ["share=v1.abc$def", "character a share link never has"],
      [cut, "incomplete or damaged"],
      ["share=v7." + good.slice(9), "newer version"],
      ["share=" + good.slice(9), "format version is missing"],
      ["share=v1." + "A".repeat(2000001), "too long (2,000,010 characters; the limit is 2,000,000)"],
      [bomb, "unpacks to more than 16 MB"],
      [await craft(page, "not json at all"), "not valid JSON"],
      [await craft(page, JSON.stringify({ format: "mlteams-share", version: 1, workspace: { schema_version: 2, name: "" } })),
       "name: must not be empty"],
    ];
    const before = await storageSnapshot(page);
    const list = await page.evaluate(() => window.mlteams.listWorkspaces());
    for (const [fragment, expect] of cases) {
      await page.evaluate((f) => { location.hash = f; }, fragment);
      await waitFor(page, (e) => (window.mlteams.state().share.error || "").includes(e), expect, 15000);
      const s = await state(page);
      assert.equal(s.share.pending, false, expect);
      assert.match(s.notice.text, /cannot be opened|Nothing was changed/, expect);
      assert.equal(await page.evaluate(() => location.hash), "", "the fragment is cleared: " + expect);
    }
    assert.deepEqual(await storageSnapshot(page), before);
    assert.deepEqual(await page.evaluate(() => window.mlteams.listWorkspaces()), list);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});
