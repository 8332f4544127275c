// Absolute links for mail and feeds, which are made outside any request. A site's address is
// PUBLIC_URL for the default site, else https://<its first host name>; the local demo uses
// http://localhost:<PORT>.
import type { Config } from "../../config";
import type { Executor } from "../db/database";
import type { Site } from "../db/types";

export async function siteBaseUrl(db: Executor, config: Config, site: Site): Promise<string> {
  if (config.publicUrl && site.is_default) return config.publicUrl;
  const host = await db
    .selectFrom("site_hosts")
    .select("host")
    .where("site_id", "=", site.id)
    .orderBy("host")
    .executeTakeFirst();
  const name = host?.host ?? "localhost";
  if (name === "localhost" || name === "127.0.0.1") return `http://localhost:${config.port}`;
  return `https://${name}`;
}
