// Screenshot of the app in headless Chromium, for looking at what we build.
// Usage: node tools/screenshot.mjs OUT.png [--view NAME] [--width W] [--height H]
//        [--scale DPR] [--dark] [--site DIR] [--eval JS] [--click LABEL]... (clicks run in order)
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "./serve.mjs";
import { launchBrowser } from "../tests/e2e/browser.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const out = args[0];
const opt = (name, dflt) => { const i = args.indexOf("--" + name); return i > 0 ? args[i + 1] : dflt; };
const site = opt("site", path.join(here, "..", "build", "wasm", "site"));

const { server, url } = await startServer(site, 0);
const browser = await launchBrowser();
try {
  const page = await browser.newPage({
    viewport: { width: Number(opt("width", 1280)), height: Number(opt("height", 800)) },
    deviceScaleFactor: Number(opt("scale", 1)),
    colorScheme: args.includes("--dark") ? "dark" : "light",
  });
  page.on("console", (m) => console.log("[page]", m.text()));
  await page.goto(url);
  await page.evaluate(() => window.mlteams.ready);
  const view = opt("view");
  if (view) await page.evaluate((v) => window.mlteams.setView(v), view);
  const js = opt("eval");
  if (js) await page.evaluate(js);
  for (let i = 0; i < args.length; i++) {
    if (args[i] !== "--click") continue;
    const label = args[i + 1];
    let it = null;
    for (let tries = 0; tries < 40 && !it; tries++) {
      await page.waitForTimeout(100);
      it = (await page.evaluate(() => window.mlteams.items())).find((x) => x.visible && x.label === label);
    }
    if (!it) throw new Error("no item labelled " + label);
    await page.mouse.move(it.x + it.w / 2, it.y + it.h / 2);
    await page.waitForTimeout(40);
    await page.mouse.click(it.x + it.w / 2, it.y + it.h / 2);
  }
  await page.waitForTimeout(400);
  await page.screenshot({ path: out });
  console.log("wrote", out);
} finally {
  await browser.close();
  server.close();
}
