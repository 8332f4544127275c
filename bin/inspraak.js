#!/usr/bin/env -S node --max-semi-space-size=4
// The `inspraak` command. TypeScript runs directly through tsx: no build step to forget.
// --max-semi-space-size=4 (also in `npm start`): a small young generation keeps an idle server
// near 150 MB instead of 180, with no measurable cost in requests per second.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/main.ts");
process.exitCode = await main(process.argv.slice(2));
