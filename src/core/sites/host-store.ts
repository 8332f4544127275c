// The host names of a site. A host name belongs to at most one site (the primary key says so).
import type { Executor } from "../db/database";

export async function listHosts(db: Executor, siteId: number): Promise<string[]> {
  const rows = await db.selectFrom("site_hosts").select("host").where("site_id", "=", siteId).orderBy("host").execute();
  return rows.map((r) => r.host);
}

/** The id of the site that uses this host name, if any. */
export async function hostOwner(db: Executor, host: string): Promise<number | undefined> {
  const row = await db.selectFrom("site_hosts").select("site_id").where("host", "=", host).executeTakeFirst();
  return row?.site_id;
}

/** Throws a unique-violation error when another site took the name in the meantime. */
export async function addHost(db: Executor, siteId: number, host: string): Promise<void> {
  await db.insertInto("site_hosts").values({ host, site_id: siteId }).execute();
}

export async function removeHost(db: Executor, siteId: number, host: string): Promise<boolean> {
  const result = await db
    .deleteFrom("site_hosts")
    .where("site_id", "=", siteId)
    .where("host", "=", host)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
