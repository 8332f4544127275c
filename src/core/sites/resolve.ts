// Which site a request is for: by host name, else the default site (localhost, the demo).
import type { Executor } from "../db/database";
import type { Site } from "../db/types";

// A site changes rarely and is read on every request, so each process keeps it for a few seconds.
// This is a cache, not shared state: an edit shows on every process within CACHE_MS.
const CACHE_MS = 5_000;
const caches = new WeakMap<Executor, Map<string, { site: Site; at: number }>>();

export async function resolveSite(
  db: Executor,
  hostHeader: string | undefined,
  nowMs = Date.now(),
): Promise<Site | null> {
  const host = (hostHeader ?? "").toLowerCase().replace(/:\d+$/, "");
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const hit = cache.get(host);
  if (hit && nowMs - hit.at < CACHE_MS) return hit.site;
  const byHost = await db
    .selectFrom("site_hosts")
    .innerJoin("sites", "sites.id", "site_hosts.site_id")
    .selectAll("sites")
    .where("site_hosts.host", "=", host)
    .executeTakeFirst();
  const site =
    byHost ?? (await db.selectFrom("sites").selectAll().where("is_default", "=", 1).executeTakeFirst()) ?? null;
  if (site) cache.set(host, { site, at: nowMs });
  return site;
}

export function forgetCachedSites(db: Executor): void {
  caches.delete(db);
}
