// Shared set-up for the browser tests: one static server per test file, a
// fresh headless Chromium profile per test, and helpers that drive the app
// through window.mlteams and through real clicks on widgets found by items().
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "../../tools/serve.mjs";
import { launchBrowser } from "./browser.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
export const SITE = process.env.MLT_SITE || path.join(here, "..", "..", "build", "wasm", "site");
export const OUT = path.join(here, "out");

export async function startSite() {
  return startServer(SITE, 0);
}

// A new browser per test keeps storage and state independent.
// `init` runs in the page before the app (with `initArg`), on every load.
export async function openApp(url, { viewport = { width: 1280, height: 800 }, scale = 1, init, initArg, wait = true } = {}) {
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport, deviceScaleFactor: scale, acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  if (init) await page.addInitScript(init, initArg);
  await page.goto(url);
  if (wait) await page.evaluate(() => window.mlteams.ready);
  return { browser, context, page, errors, close: () => browser.close() };
}

export const state = (page) => page.evaluate(() => window.mlteams.state());
export const items = (page) => page.evaluate(() => window.mlteams.items());

// Waits for a widget whose label matches, drawn and visible, and returns it.
// `label` null matches any label (use `key` for widgets whose label is hidden).
export async function findItem(page, label, { window, key, timeout = 5000 } = {}) {
  const byLabel = label === null ? () => true : typeof label === "string" ? (l) => l === label : (l) => label.test(l);
  const match = (l, k) => byLabel(l) && (key === undefined || k === key);
  const deadline = Date.now() + timeout;
  for (;;) {
    const all = await items(page);
    const hit = all.find((it) => it.visible && match(it.label, it.key) && (!window || it.window === window));
    if (hit) return hit;
    if (Date.now() > deadline) {
      const labels = all.filter((i) => i.label).map((i) => `${i.window}/${i.label}`).join(", ");
      throw new Error(`no visible item labelled ${label} (have: ${labels})`);
    }
    await page.waitForTimeout(50);
  }
}

// Moves to the widget first and clicks a moment later, as a person does: some
// widgets (tabs) only take a press that arrives after the hover was seen.
export async function clickItem(page, label, opts) {
  const it = await findItem(page, label, opts);
  await page.mouse.move(it.x + it.w / 2, it.y + it.h / 2);
  await page.waitForTimeout(40);
  await page.mouse.click(it.x + it.w / 2, it.y + it.h / 2);
  return it;
}

export async function waitFor(page, fn, arg, timeout = 5000) {
  await page.waitForFunction(fn, arg, { timeout, polling: 50 });
}

// Pixel statistics of a PNG, computed by the browser's own decoder.
export async function imageStats(page, png) {
  const dataUrl = "data:image/png;base64," + png.toString("base64");
  return page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const c = document.createElement("canvas");
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext("2d");
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const colours = new Set();
    let sum = 0, sum2 = 0, n = 0;
    for (let i = 0; i < d.length; i += 4 * 7) {
      const l = 0.3 * d[i] + 0.59 * d[i + 1] + 0.11 * d[i + 2];
      sum += l; sum2 += l * l; n++;
      colours.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
    }
    const mean = sum / n;
    return { width: c.width, height: c.height, colours: colours.size, stddev: Math.sqrt(sum2 / n - mean * mean) };
  }, dataUrl);
}

// Everything the app keeps in localStorage, for "nothing changed" checks.
export const storageSnapshot = (page) => page.evaluate(() => {
  const out = {};
  for (let i = 0; i < localStorage.length; i++) {
    const k = localStorage.key(i);
    if (k.startsWith("mlteams/") && k !== "mlteams/prefs") out[k] = localStorage.getItem(k);
  }
  return out;
});

// The stored text of a workspace's current version (docs/storage.md: the
// index entry's slot names mlteams/doc/<id>/<slot>; slot 0 is the earlier
// layout's mlteams/ws/<id>), or null when it has none.
export const storedDoc = (page, id) => page.evaluate((wid) => {
  const index = JSON.parse(localStorage.getItem("mlteams/index") || "null");
  const e = index && index.workspaces.find((w) => w.id === wid);
  if (!e) return null;
  return localStorage.getItem(e.slot ? `mlteams/doc/${wid}/${e.slot}` : `mlteams/ws/${wid}`);
}, id);

// Every stored key of a workspace (all its versions, either layout).
export const storedKeys = (page, id) => page.evaluate((wid) => {
  const keys = [];
  for (let i = 0; i < localStorage.length; i++) {
    const k = localStorage.key(i);
    if (k === `mlteams/ws/${wid}` || k.startsWith(`mlteams/doc/${wid}/`)) keys.push(k);
  }
  return keys;
}, id);
