// CSS and the small client script, built in memory at start-up and served with a content hash in
// the name, compressed, and cached for a year. CSS: the neutral voorbeeld theme tokens, the NL
// Design System (Utrecht) components, and our own layout rules.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { createRequire } from "node:module";
import type { FastifyInstance } from "fastify";
import { buildClientScripts } from "../../web/build-client";
import { purgeCss } from "../../web/purge-css";
import { registerFavicon } from "./favicon";

export interface Asset {
  body: Buffer;
  gzip: Buffer;
  brotli: Buffer;
  type: string;
}
export interface Assets {
  urls: { css: string; js: string; mapCss: string; mapJs: string };
  files: Map<string, Asset>;
}

const require = createRequire(import.meta.url);
const srcDir = path.resolve(import.meta.dirname, "../..");

function asset(content: string, type: string): Asset {
  const body = Buffer.from(content);
  return {
    body,
    gzip: zlib.gzipSync(body, { level: 9 }),
    brotli: zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9 } }),
    type,
  };
}

const hashed = (name: string, ext: string, content: string) =>
  `/assets/${name}.${crypto.createHash("sha256").update(content).digest("hex").slice(0, 12)}.${ext}`;

const cssInputs = () => [
  require.resolve("@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css"),
  require.resolve("@utrecht/component-library-css/dist/index.css"),
  path.join(srcDir, "web/styles.css"),
];

function sourceFiles(dir: string, into: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(full, into);
    else if (/\.(tsx?|css)$/.test(entry.name)) into.push(full);
  }
  return into;
}

// Building purges 600 KB of CSS and runs esbuild: a few hundred milliseconds and a heap that stays
// grown. The result depends only on the CSS packages and our source, so it is kept on disk under
// node_modules/.cache, keyed by a hash of those inputs; a restart just reads it.
const cacheDir = path.resolve(srcDir, "../node_modules/.cache/inspraak");

function inputsKey(): string {
  const hash = crypto.createHash("sha256");
  for (const file of [...cssInputs(), ...sourceFiles(srcDir).sort()]) hash.update(file).update(fs.readFileSync(file));
  return hash.digest("hex").slice(0, 20);
}

interface Built {
  css: string;
  js: string;
  mapCss: string;
  mapJs: string;
}

// Leaflet's own CSS is served whole and apart (the purge step keeps only classes our source
// names, and Leaflet adds its classes at run time); only pages with a map load it.
const leafletCss = () => fs.readFileSync(require.resolve("leaflet/dist/leaflet.css"), "utf8");

async function builtCssAndScript(): Promise<Built> {
  const cacheFile = path.join(cacheDir, `assets-${inputsKey()}.json`);
  try {
    return JSON.parse(fs.readFileSync(cacheFile, "utf8")) as Built;
  } catch {
    /* not built yet */
  }
  const css = purgeCss(
    cssInputs()
      .map((f) => fs.readFileSync(f, "utf8"))
      .join("\n"),
    srcDir,
  );
  const { js, mapJs } = await buildClientScripts();
  const mapCss = leafletCss();
  try {
    fs.mkdirSync(cacheDir, { recursive: true });
    for (const old of fs.readdirSync(cacheDir))
      if (old.startsWith("assets-")) fs.rmSync(path.join(cacheDir, old), { force: true });
    fs.writeFileSync(`${cacheFile}.${process.pid}.tmp`, JSON.stringify({ css, js, mapCss, mapJs }));
    fs.renameSync(`${cacheFile}.${process.pid}.tmp`, cacheFile);
  } catch {
    /* a read-only installation builds at every start; that is only slower */
  }
  return { css, js, mapCss, mapJs };
}

export async function buildAssets(): Promise<Assets> {
  const { css, js, mapCss, mapJs } = await builtCssAndScript();
  const urls = {
    css: hashed("app", "css", css),
    js: hashed("app", "js", js),
    mapCss: hashed("map", "css", mapCss),
    mapJs: hashed("map", "js", mapJs),
  };
  return {
    urls,
    files: new Map([
      [urls.css, asset(css, "text/css; charset=utf-8")],
      [urls.js, asset(js, "text/javascript; charset=utf-8")],
      [urls.mapCss, asset(mapCss, "text/css; charset=utf-8")],
      [urls.mapJs, asset(mapJs, "text/javascript; charset=utf-8")],
    ]),
  };
}

/** Built on first use, so commands that never serve a page (migrate, site create) skip the work. */
export interface LazyAssets {
  current: Assets | null;
  load(): Promise<Assets>;
}

let shared: Promise<Assets> | null = null;

export function lazyAssets(): LazyAssets {
  const holder: LazyAssets = {
    current: null,
    load: async () => {
      shared ??= buildAssets(); // one build per process, however many apps ask
      holder.current ??= await shared;
      return holder.current;
    },
  };
  return holder;
}

export function registerAssets(app: FastifyInstance, assets: LazyAssets): void {
  app.addHook("onRequest", async () => {
    if (!assets.current) await assets.load();
  });
  registerFavicon(app);
  app.get("/assets/*", async (request, reply) => {
    const file = assets.current!.files.get(request.url.split("?")[0]!);
    if (!file) return reply.status(404).type("text/plain").send("Not found");
    const accept = String(request.headers["accept-encoding"] ?? "");
    reply
      .header("Cache-Control", "public, max-age=31536000, immutable")
      .header("Vary", "Accept-Encoding")
      .type(file.type);
    if (/\bbr\b/.test(accept)) return reply.header("Content-Encoding", "br").send(file.brotli);
    if (/\bgzip\b/.test(accept)) return reply.header("Content-Encoding", "gzip").send(file.gzip);
    return reply.send(file.body);
  });
}
