// Bundles the enhancing script (src/web/client) with esbuild; pages work without it.
import path from "node:path";

export async function buildClientScript(): Promise<string> {
  // esbuild runs as a helper process; it is started for this one build and stopped after it.
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    entryPoints: [path.resolve(import.meta.dirname, "client/main.ts")],
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2020",
    write: false,
    logLevel: "silent",
  });
  await esbuild.stop();
  return result.outputFiles[0]!.text;
}
