#!/usr/bin/env node
// The `inspraak` command. TypeScript runs directly through tsx: no build step to forget.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/main.ts");
process.exitCode = await main(process.argv.slice(2));
