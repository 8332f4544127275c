// A one-second micro-cache of public pages as anonymous visitors see them (the home page, idea
// lists, idea pages). A busy page (a campaign link shared in a neighbourhood app) is read far
// more often than it changes. Safe by construction:
// - only for visitors without a session and without a one-time message (no personal content,
//   no forms with a CSRF token), and only 200 responses without cookies;
// - every state-changing request in this process bumps a version that empties the cache (before
//   and after the change), so this process never shows its own stale writes;
// - other processes' writes show after at most TTL_MS. This is a cache, not shared state;
// - entries age by the app's clock, and each app instance has its own entries.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { VNode } from "preact";
import { renderToString } from "preact-render-to-string";
import { FLASH_COOKIE } from "./cookies";

const TTL_MS = 1000;
const MAX_ENTRIES = 500;
interface Entry {
  clockAt: number;
  version: number;
  html: string;
}
interface Cache {
  entries: Map<string, Entry>;
  version: number;
  enabled: boolean;
}
const caches = new WeakMap<FastifyInstance, Cache>();

function cacheOf(app: FastifyInstance): Cache {
  let cache = caches.get(app);
  if (!cache) {
    cache = { entries: new Map(), version: 0, enabled: true };
    caches.set(app, cache);
  }
  return cache;
}

export function invalidatePageCache(app: FastifyInstance): void {
  const cache = cacheOf(app);
  cache.version++;
  cache.entries.clear();
}

const cacheable = (request: FastifyRequest) =>
  cacheOf(request.server).enabled && !request.user && !request.cookies[FLASH_COOKIE];
const keyOf = (request: FastifyRequest) => `${request.site.id}|${request.lang}|${request.url}`;

/** Sends the cached page if there is a fresh one; returns false when the caller must render. */
export function sendCachedPage(request: FastifyRequest, reply: FastifyReply, now: Date): boolean {
  if (!cacheable(request)) return false;
  const cache = cacheOf(request.server);
  const hit = cache.entries.get(keyOf(request));
  // Age by the app's clock (real time in production; tests move it by hand, so no test depends
  // on how fast the machine is).
  if (!hit || hit.version !== cache.version) return false;
  const age = now.getTime() - hit.clockAt;
  if (age < 0 || age > TTL_MS) return false;
  reply.type("text/html; charset=utf-8").send(hit.html);
  return true;
}

/** Renders and sends a page, keeping it for the next anonymous visitors when allowed. */
export function sendAndCachePage(
  request: FastifyRequest,
  reply: FastifyReply,
  page: VNode,
  now: Date,
  version: number,
): FastifyReply {
  const html = `<!DOCTYPE html>${renderToString(page)}`;
  const cache = cacheOf(request.server);
  // `version` was read before the page's data: a change that started since then is not cached.
  if (cacheable(request) && !reply.hasHeader("set-cookie") && version === cache.version) {
    if (cache.entries.size >= MAX_ENTRIES) cache.entries.clear();
    cache.entries.set(keyOf(request), { clockAt: now.getTime(), version, html });
  }
  return reply.status(200).type("text/html; charset=utf-8").send(html);
}

/** Any change empties the cache, when it starts and when it is done. `enabled: false` (the
 * PAGE_CACHE=false setting) renders every page, e.g. to measure what rendering costs. */
export function registerPageCache(app: FastifyInstance, enabled: boolean): void {
  cacheOf(app).enabled = enabled;
  const mutating = (request: FastifyRequest) => request.method !== "GET" && request.method !== "HEAD";
  app.addHook("onRequest", async (request) => {
    if (mutating(request)) invalidatePageCache(request.server);
  });
  app.addHook("onResponse", async (request) => {
    if (mutating(request)) invalidatePageCache(request.server);
  });
}

/** The cache version before reading a page's data (see sendAndCachePage). */
export function cacheVersion(request: FastifyRequest): number {
  return cacheOf(request.server).version;
}
