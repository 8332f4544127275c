// Bundles the enhancing script (src/web/client) with esbuild; pages work without it.
import path from "node:path";
import { build } from "esbuild";

export async function buildClientScript(): Promise<string> {
  const result = await build({
    entryPoints: [path.resolve(import.meta.dirname, "client/main.ts")],
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2020",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}
