// Where the Debian Chromium is and how it is started, for the journeys (browser.ts) and the
// run's shared browser (test/global-setup.ts). No vitest import: global-setup runs outside a test.
import fs from "node:fs";

/**
 * Chromium's headless shell when installed (`apt-get install chromium-headless-shell`, what
 * Playwright itself runs headless): the same Blink and V8 as `chromium`, without the browser's
 * windows, tab strip and omnibox, which `chromium --headless` still builds for every context.
 * The same journeys cost less than half the CPU time in it (docs/benchmarks.md, "Test suite").
 */
export const HEADLESS_SHELL_PATH = "/usr/bin/chromium-headless-shell";

export const chromiumPath =
  process.env.CHROMIUM_PATH ?? (fs.existsSync(HEADLESS_SHELL_PATH) ? HEADLESS_SHELL_PATH : "/usr/bin/chromium");

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
