import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "../../../test/support/databases";
import type { Db } from "../db/database";
import { migrateToLatest } from "../db/migrate";
import { isForeignKeyViolation, isUniqueViolation } from "./constraint-errors";
import { addHost, hostOwner, listHosts, removeHost } from "./host-store";
import { addArea, createSite, deleteArea, findArea, findSiteBySlug, updateArea, updateSiteSettings } from "./store";

const now = new Date("2026-11-26T10:00:00Z");

describe.each(testDatabases)("site store on $name", (database) => {
  let db: Db;
  beforeAll(async () => {
    db = await database.open();
    await migrateToLatest(db, []);
  });
  afterAll(async () => {
    await db?.close();
  });

  it("creates a site with its hosts and finds it by slug", async () => {
    const site = await createSite(db.kysely, { slug: "een", name: "Een", hosts: ["Een.Example"] }, now);
    expect((await findSiteBySlug(db.kysely, "een"))?.id).toBe(site.id);
    expect(await listHosts(db.kysely, site.id)).toEqual(["een.example"]);
    expect(await hostOwner(db.kysely, "een.example")).toBe(site.id);
  });

  it("refuses to create a site with a bad host name or one another site has, leaving nothing behind", async () => {
    await createSite(db.kysely, { slug: "eerste", name: "Eerste", hosts: ["eerste.example"] }, now);
    await expect(
      createSite(db.kysely, { slug: "fout", name: "Fout", hosts: ["https://fout.example/"] }, now),
    ).rejects.toThrow("not a host name");
    await expect(
      createSite(db.kysely, { slug: "dubbel", name: "Dubbel", hosts: ["nieuw.example", "EERSTE.example"] }, now),
    ).rejects.toThrow("already belongs");
    expect(await findSiteBySlug(db.kysely, "fout")).toBeUndefined();
    expect(await findSiteBySlug(db.kysely, "dubbel")).toBeUndefined();
    expect(await hostOwner(db.kysely, "nieuw.example")).toBeUndefined();
  });

  it("adds and removes hosts, and refuses a host that another site uses", async () => {
    const a = await createSite(db.kysely, { slug: "a", name: "A", hosts: ["a.example"] }, now);
    const b = await createSite(db.kysely, { slug: "b", name: "B" }, now);
    await addHost(db.kysely, b.id, "b.example");
    expect(await listHosts(db.kysely, b.id)).toEqual(["b.example"]);
    const error = await addHost(db.kysely, b.id, "a.example").catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
    expect(await removeHost(db.kysely, b.id, "a.example")).toBe(false);
    expect(await listHosts(db.kysely, a.id)).toEqual(["a.example"]);
    expect(await removeHost(db.kysely, b.id, "b.example")).toBe(true);
    expect(await listHosts(db.kysely, b.id)).toEqual([]);
  });

  it("updates the settings of one site only", async () => {
    const a = await createSite(db.kysely, { slug: "s1", name: "S1" }, now);
    const b = await createSite(db.kysely, { slug: "s2", name: "S2" }, now);
    const updated = await updateSiteSettings(db.kysely, a.id, {
      name: "Nieuw",
      languages: "en,nl",
      themeClass: "voorbeeld-theme",
      councilName: "Raad",
      councilEmails: ["r@x.nl", "s@x.nl"],
      accessibilityNl: "t-nl",
      accessibilityEn: "t-en",
      privacyNl: "p-nl",
      privacyEn: "p-en",
    });
    expect(updated).toMatchObject({
      name: "Nieuw",
      languages: "en,nl",
      council_emails: "r@x.nl\ns@x.nl",
      privacy_en: "p-en",
    });
    expect((await findSiteBySlug(db.kysely, "s2"))?.name).toBe(b.name);
  });

  it("finds, edits and deletes areas only within their own site", async () => {
    const a = await createSite(db.kysely, { slug: "g1", name: "G1" }, now);
    const b = await createSite(db.kysely, { slug: "g2", name: "G2" }, now);
    const area = await addArea(db.kysely, a.id, "Noord", "1000-1010");
    expect(await findArea(db.kysely, b.id, area.id)).toBeUndefined();
    await updateArea(db.kysely, b.id, area.id, "Gekaapt", "");
    expect((await findArea(db.kysely, a.id, area.id))?.name).toBe("Noord");
    await updateArea(db.kysely, a.id, area.id, "Noordoost", "1000-1012");
    expect(await findArea(db.kysely, a.id, area.id)).toMatchObject({ name: "Noordoost", postcode_ranges: "1000-1012" });
    expect(await deleteArea(db.kysely, b.id, area.id)).toBe(0);
    expect(await deleteArea(db.kysely, a.id, area.id)).toBe(1);
    expect(await findArea(db.kysely, a.id, area.id)).toBeUndefined();
  });

  it("reports a duplicate area name as a unique violation and not as a foreign-key one", async () => {
    const a = await createSite(db.kysely, { slug: "d1", name: "D1" }, now);
    await addArea(db.kysely, a.id, "Oost");
    const error = await addArea(db.kysely, a.id, "Oost").catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
    expect(isForeignKeyViolation(error)).toBe(false);
  });

  it("reports a reference to a missing site as a foreign-key violation", async () => {
    const error = await addArea(db.kysely, 999_999, "Nergens").catch((e: unknown) => e);
    expect(isForeignKeyViolation(error)).toBe(true);
  });
});
