#!/usr/bin/env -S node --max-semi-space-size=4
// The `inspraak` command. It runs dist/server.mjs when that bundle is current (built by
// `npm run build`, by `npm start` and once per test run), else the TypeScript sources directly
// through tsx: an edit never meets a stale bundle (scripts/build-server.mjs).
// --max-semi-space-size=4 (also in `npm start`): a small young generation keeps an idle server
// near 150 MB instead of 180, with no measurable cost in requests per second.
import { pathToFileURL } from "node:url";
import { bundleFile, bundleIsCurrent } from "../scripts/build-server.mjs";

let main;
if (bundleIsCurrent()) {
  // Stack traces in the log point at src/, not at the bundle (dist/server.mjs.map).
  process.setSourceMapsEnabled(true);
  ({ main } = await import(pathToFileURL(bundleFile).href));
} else {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import("../src/main.ts"));
}
process.exitCode = await main(process.argv.slice(2));
