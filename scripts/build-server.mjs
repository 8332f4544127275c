// Bundles the server (src/main.ts) into dist/server.mjs with esbuild: started from the bundle,
// `inspraak` is ready in about a quarter of the time tsx needs to load ~1,000 TypeScript files
// (docs/benchmarks.md, "Start from a bundle"). bin/inspraak.js uses the bundle only while it is
// newer than every file in src/ and was built in this folder; otherwise it runs the sources
// through tsx, so an edit never meets a stale bundle. Plain JavaScript, so bin/ can import it
// without tsx. Packages load from node_modules as before, but for two (bundledPackages).
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const root = path.resolve(import.meta.dirname, "..");
export const bundleFile = path.join(root, "dist", "server.mjs");
const stampFile = path.join(root, "dist", "server.json");

/**
 * Our sources find files beside themselves (locales, public assets, a worker script) through
 * import.meta.dirname and import.meta.url. In one bundle those would all be dist/; each file gets
 * its own location written in instead.
 */
const keepSourceLocations = {
  name: "keep-source-locations",
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.tsx?$/ }, async (args) => {
      const text = (await fs.promises.readFile(args.path, "utf8"))
        .replaceAll("import.meta.dirname", JSON.stringify(path.dirname(args.path)))
        .replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href));
      return { contents: text, loader: args.path.endsWith(".tsx") ? "tsx" : "ts" };
    });
  },
};

/**
 * V8 keeps the bundle's text in memory as long as the server runs, at two bytes a character
 * instead of one if a single character is not Latin-1 (esbuild escapes those in strings, not in
 * comments and regular expressions). A \uXXXX escape means the same in both places.
 */
function keepAscii(file) {
  const text = fs.readFileSync(file, "utf8");
  const escaped = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  const nonAscii = /[\u0080-\uffff]/g;
  if (nonAscii.test(text)) fs.writeFileSync(file, text.replace(nonAscii, escaped));
}

/**
 * Packages stay external (loaded from node_modules), except these two: pure ESM made of many small
 * files (kysely 263, zod 95 at start). Node keeps a module record and its text for every file;
 * inside the bundle they cost the idle server ~20 MB less, and esbuild leaves out what we never
 * use (docs/benchmarks.md, "Idle memory"). Nothing outside our code imports them.
 */
const bundledPackages = new Set(["kysely", "zod"]);
const packageOf = (specifier) =>
  specifier
    .split("/")
    .slice(0, specifier.startsWith("@") ? 2 : 1)
    .join("/");
const externalPackages = {
  name: "external-packages",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      bundledPackages.has(packageOf(args.path)) ? undefined : { path: args.path, external: true },
    );
  },
};

export async function buildServer() {
  const esbuild = await import("esbuild");
  await esbuild.build({
    entryPoints: [path.join(root, "src", "main.ts")],
    outfile: bundleFile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    jsx: "automatic",
    jsxImportSource: "preact",
    sourcemap: "linked",
    sourcesContent: false,
    logLevel: "warning",
    plugins: [externalPackages, keepSourceLocations],
  });
  keepAscii(bundleFile);
  fs.writeFileSync(stampFile, JSON.stringify({ root }));
}

/** The newest modification time of any file under `dir`, in ms. */
function newestIn(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Whether dist/server.mjs was built in this folder and after the last change in src/. */
export function bundleIsCurrent() {
  try {
    if (JSON.parse(fs.readFileSync(stampFile, "utf8")).root !== root) return false;
    return fs.statSync(bundleFile).mtimeMs > newestIn(path.join(root, "src"));
  } catch {
    return false;
  }
}

if (process.argv[1] && import.meta.filename === fs.realpathSync(process.argv[1])) await buildServer();
