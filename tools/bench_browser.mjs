// Browser benchmark: frame times of the Skills and Roles views with a large
// roster, read from mlteams.frameStats() in headless Chromium (software
// WebGL, so GPU time here is pessimistic; CPU time per frame is the number
// that matters). Usage: node tools/bench_browser.mjs [people=2000] [seconds=4]
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "./serve.mjs";
import { launchBrowser } from "../tests/e2e/browser.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const people = Number(process.argv[2] || 2000);
const seconds = Number(process.argv[3] || 4);
const site = process.env.MLT_SITE || path.join(here, "..", "build", "wasm", "site");

function roster(n) {
  const roles = ["ml_product_manager", "mlops_engineer", "data_engineer", "ml_engineer", "ml_researcher", "data_scientist"];
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const skills = () => Object.fromEntries(["ml", "software", "communication", "data", "infra", "product", "research"]
    .map((k) => [k, Math.round(rnd() * 100) / 10]));
  return {
    schema_version: 1, name: "Benchmark",
    people: Array.from({ length: n }, (_, i) => ({
      id: "p" + i, name: "Person " + i, role: roles[i % 6], team: "Team " + (i % 8),
      kind: i % 17 === 0 ? "open_position" : i % 11 === 0 ? "candidate" : "member", skills: skills(),
    })),
  };
}

const { server, url } = await startServer(site, 0);
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(url);
  await page.evaluate(() => window.mlteams.ready);
  const r = await page.evaluate((ws) => window.mlteams.loadWorkspace(ws), JSON.stringify(roster(people)));
  if (!r.ok) throw new Error(r.error);
  console.log(`people: ${people}, ${seconds} s per view, 1440x900, headless Chromium (SwiftShader WebGL2)`);
  for (const view of ["skills", "roles"]) {
    await page.evaluate((v) => window.mlteams.setView(v), view);
    await page.waitForTimeout(500);
    const start = await page.evaluate(() => window.mlteams.frameStats().frames);
    // Move the mouse over the chart so hover runs, as for a person.
    const t0 = Date.now();
    while (Date.now() - t0 < seconds * 1000) {
      await page.mouse.move(300 + Math.random() * 600, 250 + Math.random() * 400);
      await page.waitForTimeout(50);
    }
    const s = await page.evaluate(() => window.mlteams.frameStats());
    const fps = (s.frames - start) / seconds;
    console.log(`${view.padEnd(7)} view: building the frame p50 ${s.buildMs.p50.toFixed(2)} ms (p95 ${s.buildMs.p95.toFixed(2)}); ` +
                `with WebGL submission p50 ${s.cpuMs.p50.toFixed(2)} ms (p95 ${s.cpuMs.p95.toFixed(2)}); ` +
                `${fps.toFixed(0)} frames/s, interval p50 ${s.intervalMs.p50.toFixed(1)} ms`);
  }
} finally {
  await browser.close();
  server.close();
}
