// Which site a request is for: by host name, else the default site (localhost, the demo).
import type { Config } from "../../config";
import type { Executor } from "../db/database";
import type { Site } from "../db/types";
import { baseUrlOf } from "./urls";

export interface ResolvedSite {
  site: Site;
  /** The site's own address (see urls.ts), for every absolute link a request makes. */
  baseUrl: string;
}

// Sites change rarely and are read on every request, so each process keeps all sites and their
// host names for a few seconds. This is a cache, not shared state: an edit shows on every process
// within CACHE_MS, a new host name at once. It holds one snapshot of the site tables, never an
// entry per Host header: any client can send any Host, and one entry per name grew memory without
// bound.
const CACHE_MS = 5_000;

interface Directory {
  loadedAt: number;
  config: Config;
  byHost: Map<string, ResolvedSite>;
  fallback: ResolvedSite | null;
}

const directories = new WeakMap<Executor, Directory>();
const loading = new WeakMap<Executor, Promise<Directory>>();

/** The host name of a Host header: lower case, without port. */
export function hostOfHeader(hostHeader: string | undefined): string {
  return (hostHeader ?? "").toLowerCase().replace(/:\d+$/, "");
}

export async function resolveSite(
  db: Executor,
  config: Config,
  hostHeader: string | undefined,
  nowMs = Date.now(),
): Promise<ResolvedSite | null> {
  const host = hostOfHeader(hostHeader);
  let directory = await directoryOf(db, config, nowMs);
  const known = directory.byHost.get(host);
  if (known) return known;
  // Not in the snapshot: usually a name nobody registered (the default site answers it), but it
  // may have been added since (by `inspraak site create` in another process). One indexed look-up
  // tells; a new name reloads the snapshot, an unknown one is not remembered.
  const registered = await db.selectFrom("site_hosts").select("site_id").where("host", "=", host).executeTakeFirst();
  if (registered) {
    forgetCachedSites(db);
    directory = await directoryOf(db, config, nowMs);
    return directory.byHost.get(host) ?? directory.fallback;
  }
  return directory.fallback;
}

async function directoryOf(db: Executor, config: Config, nowMs: number): Promise<Directory> {
  const kept = directories.get(db);
  if (kept && kept.config === config && nowMs - kept.loadedAt < CACHE_MS) return kept;
  // Requests that arrive while the snapshot loads wait for that one load.
  let pending = loading.get(db);
  if (!pending) {
    pending = loadDirectory(db, config, nowMs).finally(() => loading.delete(db));
    loading.set(db, pending);
  }
  const directory = await pending;
  directories.set(db, directory);
  return directory;
}

async function loadDirectory(db: Executor, config: Config, nowMs: number): Promise<Directory> {
  const [sites, hosts] = await Promise.all([
    db.selectFrom("sites").selectAll().execute(),
    db.selectFrom("site_hosts").select(["host", "site_id"]).execute(),
  ]);
  const byHost = new Map<string, ResolvedSite>();
  let fallback: ResolvedSite | null = null;
  for (const site of sites) {
    const own = hosts.filter((h) => h.site_id === site.id).map((h) => h.host);
    const resolved = { site, baseUrl: baseUrlOf(config, site, own) };
    for (const host of own) byHost.set(host, resolved);
    if (site.is_default) fallback = resolved;
  }
  return { loadedAt: nowMs, config, byHost, fallback };
}

export function forgetCachedSites(db: Executor): void {
  directories.delete(db);
}

/** How many host names this process keeps for `db` (for the test that unknown hosts add none). */
export function cachedHostCount(db: Executor): number {
  return directories.get(db)?.byHost.size ?? 0;
}
