// Which site answers a host name today. A site may take a name only when no other site answers
// it: not one another site registered, and not one the default site answers without registering
// it — its public address (PUBLIC_URL) and the local names. Otherwise an admin of one site could
// add the main site's address to their own and take over its visitors.
import type { Config } from "../../config";
import type { Executor } from "../db/database";
import { normalizeHostName } from "./host-names";
import { defaultSite } from "./store";

export interface HostClaim {
  siteId: number;
  /** false: the default site answers the name by fallback, without a site_hosts row. */
  registered: boolean;
}

const LOCAL_NAMES = ["localhost", "127.0.0.1"];

/** The names the default site answers as its own even when it did not register them. */
export function defaultSiteNames(config: Config): string[] {
  const names = [...LOCAL_NAMES];
  const publicHost = config.publicUrl ? normalizeHostName(new URL(config.publicUrl).hostname) : null;
  if (publicHost) names.push(publicHost);
  return names;
}

export async function hostClaim(db: Executor, config: Config, host: string): Promise<HostClaim | undefined> {
  const row = await db.selectFrom("site_hosts").select("site_id").where("host", "=", host).executeTakeFirst();
  if (row) return { siteId: row.site_id, registered: true };
  if (!defaultSiteNames(config).includes(host)) return undefined;
  const fallback = await defaultSite(db);
  return fallback ? { siteId: fallback.id, registered: false } : undefined;
}
