// The system clipboard in text fields: Ctrl+C copies the selection to the
// browser's clipboard, Ctrl+V pastes from it into the active field (SDL alone
// would keep both inside the app).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startSite, openApp, clickItem, findItem, state, waitFor } from "./helpers.mjs";

let site;
before(async () => { site = await startSite(); });
after(() => site.server.close());

test("copy and paste in a text field go through the system clipboard", async () => {
  const app = await openApp(site.url);
  try {
    const { page, context } = app;
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.url });
    await clickItem(page, /^My workspace/, { window: "Top bar" });
    await clickItem(page, "Rename...");
    await findItem(page, "Rename", { window: "Rename workspace" });
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Control+C");
    await waitFor(page, () => navigator.clipboard.readText().then((t) => t === "My workspace"));

    await page.evaluate(() => navigator.clipboard.writeText("Pasted team"));
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Control+V");
    await page.keyboard.press("Enter");
    await waitFor(page, () => window.mlteams.state().workspaceName === "Pasted team");
    // One undo step, like typing.
    await page.keyboard.press("Control+Z");
    await waitFor(page, () => window.mlteams.state().workspaceName === "My workspace");
    // F1 lists the shortcuts, the clipboard ones among them.
    await page.keyboard.press("F1");
    await findItem(page, "Close", { window: "Keyboard shortcuts" });
    await page.keyboard.press("Escape");
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});
