import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { findArea, listAreas } from "../../sites/store";
import { areaReferenceComponent, createOtherSite, expectAdminOnly, snapshot, type OtherSite } from "../test/fixtures";

describe.each(testDatabases)("admin areas on $name", (database) => {
  let t: TestApp;
  let other: OtherSite;
  beforeAll(async () => {
    t = await createTestApp(database, { components: [areaReferenceComponent] });
    other = await createOtherSite(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  const areas = () => listAreas(t.services.db.kysely, t.site.id);
  const admin = () => t.agentFor(t.users.admin);

  it("lists this site's areas with their postcodes", async () => {
    const res = await (await admin()).get("/admin/gebieden");
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("Noord");
    expect(res.body).toContain("1000-1019");
    expect(res.body).not.toContain("Anderwijk");
  });

  it("adds an area with tidied postcode ranges and audits it", async () => {
    const res = await (await admin()).post("/admin/gebieden", { name: " Centrum ", postcodeRanges: "1040 -1045,1050" });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe("/admin/gebieden");
    expect((await areas()).find((a) => a.name === "Centrum")?.postcode_ranges).toBe("1040-1045, 1050");
    expect(
      await t.services.db.kysely
        .selectFrom("audit_log")
        .select("id")
        .where("action", "=", "area.added")
        .executeTakeFirst(),
    ).toBeDefined();
  });

  it("refuses bad or duplicate areas and changes nothing", async () => {
    const agent = await admin();
    const before = await snapshot(t);
    const cases: [Record<string, string>, number, string][] = [
      [{ name: "", postcodeRanges: "" }, 400, "Vul de naam van het gebied in."],
      [{ name: "x".repeat(101), postcodeRanges: "" }, 400, "hoogstens 100 tekens"],
      [{ name: "Oost", postcodeRanges: "10a0" }, 400, "Controleer de postcodes"],
      [{ name: "Oost", postcodeRanges: "1050-1040" }, 400, "Controleer de postcodes"],
      [{ name: "Oost", postcodeRanges: "0999" }, 400, "Controleer de postcodes"],
      [{ name: "Oost", postcodeRanges: "1000,".repeat(300) }, 400, "Controleer de postcodes"],
      [{ name: "Noord", postcodeRanges: "" }, 409, "Er is al een gebied met deze naam."],
    ];
    for (const [form, status, message] of cases) {
      const res = await agent.post("/admin/gebieden", form);
      expect(res.statusCode, JSON.stringify(form).slice(0, 60)).toBe(status);
      expect(res.body).toContain(message);
    }
    expect((await agent.post("/admin/gebieden", { name: "Oost" })).statusCode).toBe(400);
    expect((await agent.postJson("/admin/gebieden", { name: 5, postcodeRanges: "" })).statusCode).toBe(400);
    expect(await snapshot(t)).toEqual(before);
  });

  it("edits an area, and refuses a name another area has", async () => {
    const agent = await admin();
    const noord = (await areas()).find((a) => a.name === "Noord");
    const page = await agent.get(`/admin/gebieden/${noord!.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Gebied wijzigen: Noord");
    const before = await snapshot(t);
    const clash = await agent.post(`/admin/gebieden/${noord!.id}`, { name: "Zuid", postcodeRanges: "" });
    expect(clash.statusCode).toBe(409);
    const bad = await agent.post(`/admin/gebieden/${noord!.id}`, { name: "Noord", postcodeRanges: "abc" });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('href="#field-postcodeRanges"');
    expect(await snapshot(t)).toEqual(before);
    const ok = await agent.post(`/admin/gebieden/${noord!.id}`, { name: "Noord", postcodeRanges: "1000-1018" });
    expect(ok.statusCode).toBe(303);
    expect((await findArea(t.services.db.kysely, t.site.id, noord!.id))?.postcode_ranges).toBe("1000-1018");
  });

  it("deletes an unused area", async () => {
    const agent = await admin();
    await agent.post("/admin/gebieden", { name: "Tijdelijk", postcodeRanges: "" });
    const area = (await areas()).find((a) => a.name === "Tijdelijk")!;
    const res = await agent.post(`/admin/gebieden/${area.id}/verwijderen`);
    expect(res.statusCode).toBe(303);
    expect(await findArea(t.services.db.kysely, t.site.id, area.id)).toBeUndefined();
    expect(
      await t.services.db.kysely
        .selectFrom("audit_log")
        .select("id")
        .where("subject", "=", `area:${area.id}`)
        .where("action", "=", "area.deleted")
        .executeTakeFirst(),
    ).toBeDefined();
  });

  it("refuses with 409 to delete an area that something refers to", async () => {
    const noord = (await areas()).find((a) => a.name === "Noord");
    await t.services.db.kysely
      .insertInto("area_references_test" as never)
      .values({ id: 1, area_id: noord!.id } as never)
      .execute();
    const before = await snapshot(t);
    const res = await (await admin()).post(`/admin/gebieden/${noord!.id}/verwijderen`);
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain("Het gebied Noord kan niet weg");
    expect(await snapshot(t)).toEqual(before);
  });

  it("answers 404 for another site's area or a malformed id, changing nothing", async () => {
    const agent = await admin();
    const before = await snapshot(t);
    for (const url of [`/admin/gebieden/${other.area.id}`, "/admin/gebieden/x", "/admin/gebieden/-1"]) {
      expect((await agent.get(url)).statusCode, url).toBe(404);
    }
    expect(
      (await agent.post(`/admin/gebieden/${other.area.id}`, { name: "Gekaapt", postcodeRanges: "" })).statusCode,
    ).toBe(404);
    expect((await agent.post(`/admin/gebieden/${other.area.id}/verwijderen`)).statusCode).toBe(404);
    expect(await snapshot(t)).toEqual(before);
  });

  it("is for admins only", async () => {
    const [zuid] = (await areas()).filter((a) => a.name === "Zuid");
    await expectAdminOnly(t, "GET", "/admin/gebieden");
    await expectAdminOnly(t, "POST", "/admin/gebieden", { name: "Nieuw", postcodeRanges: "" });
    await expectAdminOnly(t, "GET", `/admin/gebieden/${zuid!.id}`);
    await expectAdminOnly(t, "POST", `/admin/gebieden/${zuid!.id}`, { name: "Anders", postcodeRanges: "" });
    await expectAdminOnly(t, "POST", `/admin/gebieden/${zuid!.id}/verwijderen`);
  });
});
