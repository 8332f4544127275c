// Sites (a municipality or district), their host names and areas.
import type { Executor } from "../db/database";
import { iso } from "../db/time";
import type { Area, Site } from "../db/types";
import { normalizeHostName } from "./host-names";

export interface NewSite {
  slug: string;
  name: string;
  hosts?: string[];
  isDefault?: boolean;
  councilName?: string;
  councilEmails?: string[];
  languages?: string;
}

/** Used by the CLI (`inspraak site create`), the demo seed and tests. Checks every host name first,
 * so a bad or taken name leaves no half-made site behind. */
export async function createSite(db: Executor, input: NewSite, now: Date): Promise<Site> {
  const hosts: string[] = [];
  for (const given of input.hosts ?? []) {
    const host = normalizeHostName(given);
    if (!host) throw new Error(`"${given}" is not a host name`);
    const owner = await db.selectFrom("site_hosts").select("site_id").where("host", "=", host).executeTakeFirst();
    if (owner) throw new Error(`The host name "${host}" already belongs to another site`);
    hosts.push(host);
  }
  if (input.isDefault) await db.updateTable("sites").set({ is_default: 0 }).execute();
  const site = await db
    .insertInto("sites")
    .values({
      slug: input.slug,
      name: input.name,
      is_default: input.isDefault ? 1 : 0,
      languages: input.languages ?? "nl,en",
      theme_class: "voorbeeld-theme",
      council_name: input.councilName ?? "",
      council_emails: (input.councilEmails ?? []).join("\n"),
      accessibility_nl: "",
      accessibility_en: "",
      privacy_nl: "",
      privacy_en: "",
      created_at: iso(now),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  for (const host of new Set(hosts)) {
    await db.insertInto("site_hosts").values({ host, site_id: site.id }).execute();
  }
  return site;
}

export async function addArea(db: Executor, siteId: number, name: string, postcodeRanges = ""): Promise<Area> {
  return db
    .insertInto("areas")
    .values({ site_id: siteId, name, postcode_ranges: postcodeRanges })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function listAreas(db: Executor, siteId: number): Promise<Area[]> {
  return db.selectFrom("areas").selectAll().where("site_id", "=", siteId).orderBy("name").execute();
}

export async function findSiteBySlug(db: Executor, slug: string): Promise<Site | undefined> {
  return db.selectFrom("sites").selectAll().where("slug", "=", slug).executeTakeFirst();
}

export async function defaultSite(db: Executor): Promise<Site | undefined> {
  return db.selectFrom("sites").selectAll().where("is_default", "=", 1).executeTakeFirst();
}

/** What an admin may change on /admin/site; slug, default flag and hosts are changed elsewhere. */
export interface SiteSettings {
  name: string;
  languages: string;
  themeClass: string;
  councilName: string;
  councilEmails: string[];
  accessibilityNl: string;
  accessibilityEn: string;
  privacyNl: string;
  privacyEn: string;
}

export async function updateSiteSettings(db: Executor, siteId: number, s: SiteSettings): Promise<Site> {
  return db
    .updateTable("sites")
    .set({
      name: s.name,
      languages: s.languages,
      theme_class: s.themeClass,
      council_name: s.councilName,
      council_emails: s.councilEmails.join("\n"),
      accessibility_nl: s.accessibilityNl,
      accessibility_en: s.accessibilityEn,
      privacy_nl: s.privacyNl,
      privacy_en: s.privacyEn,
    })
    .where("id", "=", siteId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findSiteById(db: Executor, id: number): Promise<Site | undefined> {
  return db.selectFrom("sites").selectAll().where("id", "=", id).executeTakeFirst();
}

/** An area of this site only: an id from another site is simply not found. */
export async function findArea(db: Executor, siteId: number, id: number): Promise<Area | undefined> {
  return db.selectFrom("areas").selectAll().where("site_id", "=", siteId).where("id", "=", id).executeTakeFirst();
}

export async function findAreaByName(db: Executor, siteId: number, name: string): Promise<Area | undefined> {
  return db.selectFrom("areas").selectAll().where("site_id", "=", siteId).where("name", "=", name).executeTakeFirst();
}

export async function updateArea(
  db: Executor,
  siteId: number,
  id: number,
  name: string,
  postcodeRanges: string,
): Promise<void> {
  await db
    .updateTable("areas")
    .set({ name, postcode_ranges: postcodeRanges })
    .where("site_id", "=", siteId)
    .where("id", "=", id)
    .execute();
}

/** Throws a foreign-key error when something still refers to the area (see constraint-errors.ts). */
export async function deleteArea(db: Executor, siteId: number, id: number): Promise<number> {
  const result = await db.deleteFrom("areas").where("site_id", "=", siteId).where("id", "=", id).executeTakeFirst();
  return Number(result.numDeletedRows);
}
