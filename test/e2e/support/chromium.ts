// Where the Debian Chromium is and how it is started, for the journeys (browser.ts) and the
// run's shared browser (test/global-setup.ts). No vitest import: global-setup runs outside a test.
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
