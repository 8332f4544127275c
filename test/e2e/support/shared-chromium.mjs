// One Chromium for the whole test run, in a process of its own: `vitest.global-setup.ts` starts
// this file, which launches Chromium as a Playwright browser server and prints its WebSocket
// address on one line; every journey file connects to it (test/e2e/support/browser.ts) and works
// in contexts of its own. Launching Chromium costs about 4 s of CPU time each time, so one launch
// instead of one per file saves about a minute of CPU time per run. Plain JavaScript, so the
// process starts without a TypeScript loader. Stops when its parent closes stdin.
import { chromium } from "playwright-core";

const [executablePath, ...args] = process.argv.slice(2);
const server = await chromium.launchServer({ executablePath, args });
process.stdout.write(`${server.wsEndpoint()}\n`);
const stop = async () => {
  await server.close().catch(() => {});
  process.exit(0);
};
process.stdin.on("end", stop);
process.stdin.on("error", stop);
process.stdin.resume();
process.on("SIGTERM", stop);
