// Roles and skills in the browser: add a person through the UI, drag their
// bubble, undo; CSV import (good and bad) and export; PNG and SVG export;
// the example team with coverage.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { startSite, openApp, clickItem, findItem, state, waitFor, imageStats, OUT } from "./helpers.mjs";

let site;
before(async () => { site = await startSite(); fs.mkdirSync(OUT, { recursive: true }); });
after(() => site.server.close());

const people = (page) => page.evaluate(() => JSON.parse(window.mlteams.getWorkspace()).people);
const person = async (page, name) => (await people(page)).find((p) => p.name === name);

test("add a person through the UI, drag their bubble, find the values in the workspace, undo", async () => {
  const app = await openApp(site.url);
  try {
    await app.page.evaluate(() => window.mlteams.setView("roles"));
    await clickItem(app.page, "Add person");
    await waitFor(app.page, () => JSON.parse(window.mlteams.getWorkspace()).people.length === 1);
    // The new row's name field has the keyboard.
    await app.page.waitForTimeout(150);
    await app.page.keyboard.press("Control+A");
    await app.page.keyboard.type("Zoe Test");
    await app.page.keyboard.press("Tab");
    await waitFor(app.page, () => JSON.parse(window.mlteams.getWorkspace()).people[0].name === "Zoe Test");
    let zoe = await person(app.page, "Zoe Test");
    assert.equal(zoe.skills.ml, 5);
    assert.equal(zoe.skills.software, 5);

    await app.page.evaluate(() => window.mlteams.setView("skills"));
    const bubble = await findItem(app.page, "Zoe Test", { window: "Skills chart" });
    const cx = bubble.x + bubble.w / 2, cy = bubble.y + bubble.h / 2;
    await app.page.mouse.move(cx, cy);
    await app.page.mouse.down();
    for (let i = 1; i <= 12; i++) await app.page.mouse.move(cx + 10 * i, cy - 8 * i);
    await app.page.mouse.up();
    await waitFor(app.page, () => {
      const p = JSON.parse(window.mlteams.getWorkspace()).people[0];
      return p.skills.ml > 6 && p.skills.software > 6;
    });
    zoe = await person(app.page, "Zoe Test");
    // The bubble moved by the same ratio on both axes as the drag (x: 120 px, y: 96 px).
    const moved = await findItem(app.page, "Zoe Test", { window: "Skills chart" });
    assert.ok(Math.abs(moved.x + moved.w / 2 - (cx + 120)) < 3, "the bubble follows the mouse");
    assert.equal((await state(app.page)).canUndo, true);
    await app.page.screenshot({ path: path.join(OUT, "skills-dragged.png") });

    await app.page.keyboard.press("Control+Z");
    await waitFor(app.page, () => JSON.parse(window.mlteams.getWorkspace()).people[0].skills.ml === 5);
    zoe = await person(app.page, "Zoe Test");
    assert.equal(zoe.skills.software, 5);
    assert.equal(zoe.name, "Zoe Test");  // the drag was one undo step
  } finally { await app.close(); }
});

test("CSV import adds people, reports ignored columns, and a bad row imports nothing", async () => {
  const app = await openApp(site.url);
  try {
    await app.page.evaluate(() => window.mlteams.setView("roles"));
    const pick = async (name, text) => {
      const chooser = app.page.waitForEvent("filechooser");
      await clickItem(app.page, "Import CSV");
      await (await chooser).setFiles({ name, mimeType: "text/csv", buffer: Buffer.from(text) });
    };
    await pick("bad.csv", "name,role,ml\nAna,ML engineer,7\nBo,Data scientist,eleven\n");
    await waitFor(app.page, () => (window.mlteams.state().notice || {}).kind === "error");
    const st = await state(app.page);
    assert.match(st.notice.text, /Row 3 \(line 3\): ml must be a number from 0 to 10, found "eleven"/);
    assert.equal((await people(app.page)).length, 0);

    await pick("team.csv", "name,role,team,kind,ml,software,communication,salary\n" +
                           "Ana,ML engineer,Vision,member,7,6.5,4,100\n\"Bo, Jr.\",data_scientist,Vision,candidate,5,3,7,90\n");
    await waitFor(app.page, () => JSON.parse(window.mlteams.getWorkspace()).people.length === 2);
    const notice = (await state(app.page)).notice;
    assert.match(notice.text, /Added 2 people from team\.csv\. Ignored columns: salary/);
    const bo = await person(app.page, "Bo, Jr.");
    assert.equal(bo.role, "data_scientist");
    assert.equal(bo.kind, "candidate");
    assert.equal((await person(app.page, "Ana")).skills.software, 6.5);

    const download = app.page.waitForEvent("download");
    await clickItem(app.page, "Export CSV");
    const d = await download;
    assert.equal(d.suggestedFilename(), "roster.csv");
    const csv = fs.readFileSync(await d.path(), "utf8").replace(/^\uFEFF/, "");
    const lines = csv.trim().split(/\r?\n/);
    assert.equal(lines[0], "id,name,role,team,kind,ml,software,communication,data,infra,product,research,notes");
    assert.ok(lines.some((l) => l.includes('"Bo, Jr."') && l.includes("candidate")));
  } finally { await app.close(); }
});

test("the example team fills the chart; PNG and SVG exports carry the chart", async () => {
  const app = await openApp(site.url, { viewport: { width: 1280, height: 860 } });
  try {
    await app.page.evaluate(() => window.mlteams.setView("skills"));
    await clickItem(app.page, "Load the example team");
    await waitFor(app.page, () => JSON.parse(window.mlteams.getWorkspace()).people.length === 12);
    // A name that must be escaped in SVG.
    await app.page.evaluate(() => {
      const ws = JSON.parse(window.mlteams.getWorkspace());
      ws.people[0].name = '<Ana & "Bo">';
      return window.mlteams.loadWorkspace(JSON.stringify(ws));
    });
    await app.page.evaluate(() => window.mlteams.setView("skills"));
    const bubbles = (await app.page.evaluate(() => window.mlteams.items())).filter((i) => i.window === "Skills chart");
    assert.equal(bubbles.length, 12);

    let download = app.page.waitForEvent("download");
    await clickItem(app.page, "SVG");
    let d = await download;
    assert.equal(d.suggestedFilename(), "skills-chart.svg");
    const svg = fs.readFileSync(await d.path(), "utf8");
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.ok(svg.includes("&lt;Ana &amp; &quot;Bo&quot;&gt;"), "names are escaped");
    assert.ok(!svg.includes('<Ana & "Bo">'));
    assert.ok(svg.includes("Machine-learning expertise"));
    assert.equal((svg.match(/<circle /g) || []).length >= 12 + 6, true);
    // The SVG opens in the browser and renders.
    // Opened as an image (a .svg name, so the browser renders it instead of showing text).
    const svgCopy = path.join(OUT, "skills-chart.svg");
    fs.copyFileSync(await d.path(), svgCopy);
    const svgPage = await app.context.newPage();
    await svgPage.goto("file://" + svgCopy);
    assert.equal(await svgPage.evaluate(() => document.documentElement.tagName), "svg");
    const svgShot = await svgPage.screenshot({ path: path.join(OUT, "skills-chart-svg.png") });
    assert.ok((await imageStats(app.page, svgShot)).colours > 20);

    download = app.page.waitForEvent("download");
    await clickItem(app.page, "PNG");
    d = await download;
    assert.equal(d.suggestedFilename(), "skills-chart.png");
    const png = fs.readFileSync(await d.path());
    fs.copyFileSync(await d.path(), path.join(OUT, "skills-chart-export.png"));
    assert.equal(png.subarray(1, 4).toString(), "PNG");
    const s = await imageStats(app.page, png);
    assert.ok(s.width > 500 && s.height > 350, `png is ${s.width}x${s.height}`);
    assert.ok(s.colours > 40, "the exported chart has colour");
  } finally { await app.close(); }
});

test("filters, the coverage panel and the person panel", async () => {
  const app = await openApp(site.url);
  try {
    await app.page.evaluate(() => window.mlteams.setView("skills"));
    await clickItem(app.page, "Load the example team");
    await waitFor(app.page, () => JSON.parse(window.mlteams.getWorkspace()).people.length === 12);
    await clickItem(app.page, "Open positions");  // hide them
    await waitFor(app.page, () => window.mlteams.items().filter((i) => i.window === "Skills chart").length === 11);
    assert.equal((await findItem(app.page, "Open: MLOps engineer", { timeout: 300 }).catch(() => null)), null);
    await clickItem(app.page, "Team coverage");
    await waitFor(app.page, () => window.mlteams.items().some((i) => i.key === "coverage team"));
    await app.page.screenshot({ path: path.join(OUT, "skills-coverage.png") });
    const b = await findItem(app.page, "Aiko Tanaka", { window: "Skills chart" });
    await app.page.mouse.click(b.x + b.w / 2, b.y + b.h / 2);
    // Selecting a bubble brings the person panel forward with their fields.
    await waitFor(app.page, () => window.mlteams.items().some((i) => i.window === "Skills side" && i.key === "name"));
    assert.equal((await state(app.page)).view, "skills");
    await app.page.screenshot({ path: path.join(OUT, "skills-person.png") });
  } finally { await app.close(); }
});
