// Launches Debian's Chromium headless with software WebGL2 (see
// ../shared/TOOLCHAIN.md): no browser download, no network but loopback.
import fs from "node:fs";
import { chromium } from "playwright-core";

export const CHROMIUM = process.env.MLT_CHROMIUM || "/usr/bin/chromium";

export function launchBrowser(extraArgs = []) {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}; run tools/setup.sh`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox", "--disable-gpu", "--use-gl=angle", "--use-angle=swiftshader",
      "--enable-unsafe-swiftshader", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--disable-quic",
      "--disable-features=Translate,OptimizationHints,MediaRouter", ...extraArgs,
    ],
  });
}
