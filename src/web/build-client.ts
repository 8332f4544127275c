// Bundles the enhancing script (src/web/client) with esbuild; pages work without it.
import path from "node:path";

/** The main script (every page) and the map script (Leaflet; only pages with a map, docs/maps.md). */
export async function buildClientScripts(): Promise<{ js: string; mapJs: string }> {
  // esbuild runs as a helper process; it is started for this build and stopped after it.
  const esbuild = await import("esbuild");
  const one = (entry: string) => build(esbuild, entry);
  const [js, mapJs] = [await one("client/main.ts"), await one("client/map/main.ts")];
  await esbuild.stop();
  return { js, mapJs };
}

async function build(esbuild: typeof import("esbuild"), entry: string): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [path.resolve(import.meta.dirname, entry)],
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2020",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}
