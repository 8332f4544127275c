import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { consultationAreaIds, consultationPhases } from "../store/consultations";
import { createConsultationsApp } from "../test/factories";

const valid = (areaIds: number[], contact: number) => ({
  title: "Herinrichting Marktplein",
  summary: "De gemeente wil het plein vernieuwen.",
  body: "We willen **meer groen**.",
  contact: String(contact),
  areas: areaIds.map(String),
  phase1Name: "Informatie",
  phase1Start: "2027-03-01",
  phase1End: "2027-03-14",
  phase2Name: "Inbreng",
  phase2Start: "2027-03-15",
  phase2End: "2027-03-31",
});

describe.each(testDatabases)("staff pages for consultations on $name", (database) => {
  let t: TestApp;
  let areaIds: number[];
  const count = async () =>
    Number(
      (
        await t.services.db.kysely
          .selectFrom("consultations")
          .select((e) => e.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  beforeAll(async () => {
    t = await createConsultationsApp(database);
    areaIds = (
      await t.services.db.kysely.selectFrom("areas").select("id").where("site_id", "=", t.site.id).execute()
    ).map((a) => a.id);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("lets an official create a consultation with areas, a contact and a timeline, and edit it", async () => {
    const official = await t.agentFor(t.users.official);
    expect((await official.get("/admin/raadplegingen/nieuw")).statusCode).toBe(200);
    const res = await official.post("/admin/raadplegingen/nieuw", valid(areaIds.slice(0, 1), t.users.official.id));
    expect(res.statusCode).toBe(303);
    const id = Number(/\/admin\/raadplegingen\/(\d+)/.exec(String(res.headers.location))![1]);
    const db = t.services.db.kysely;
    expect(await consultationAreaIds(db, id)).toEqual(areaIds.slice(0, 1));
    expect((await consultationPhases(db, id)).map((p) => p.name)).toEqual(["Informatie", "Inbreng"]);
    const edit = await official.get(`/admin/raadplegingen/${id}`);
    expect(edit.body).toContain("Herinrichting Marktplein");
    expect(edit.body).toContain('value="2027-03-15"');
    const changed = await official.post(`/admin/raadplegingen/${id}`, {
      ...valid([], t.users.official.id),
      title: "Marktplein",
      phase2Name: "",
      phase2Start: "",
      phase2End: "",
    });
    expect(changed.statusCode).toBe(303);
    expect(await consultationAreaIds(db, id)).toEqual([]);
    expect((await consultationPhases(db, id)).map((p) => p.name)).toEqual(["Informatie"]);
    expect((await official.get("/admin/raadplegingen")).body).toContain("Marktplein");
    const log = await db.selectFrom("audit_log").select("action").where("action", "like", "consultations.%").execute();
    expect(log.map((l) => l.action)).toEqual(["consultations.created", "consultations.updated"]);
  });

  it("answers bad input with 400, a message beside each field, the typed text kept, and nothing saved", async () => {
    const admin = await t.agentFor(t.users.admin);
    const before = await count();
    const res = await admin.post("/admin/raadplegingen/nieuw", {
      ...valid(["999999"].map(Number), 999999),
      title: "ab",
      phase1End: "2027-02-01",
      phase2Start: "2027-02-31",
    });
    expect(res.statusCode).toBe(400);
    for (const [field, message] of [
      ["title", "Vul een titel in van minstens 3 tekens."],
      ["areas", "Kies alleen wijken uit de lijst."],
      ["contact", "Kies een contactpersoon uit de lijst."],
      ["phase1End", "De laatste dag ligt vóór de eerste dag."],
      ["phase2Start", "Vul een bestaande datum in."],
    ])
      expect(res.body).toMatch(new RegExp(`id="field-${field}-error">${message}`));
    expect(res.body).toContain("De gemeente wil het plein vernieuwen.");
    expect(await count()).toBe(before);
    expect(
      (await admin.post("/admin/raadplegingen/nieuw", { ...valid([], t.users.admin.id), title: "x".repeat(121) }))
        .statusCode,
    ).toBe(400);
    expect(await count()).toBe(before);
  });

  it("refuses residents, moderators, council members, visitors, forged requests and other sites", async () => {
    const before = await count();
    for (const role of ["resident", "moderator", "council"] as const) {
      const agent = await t.agentFor(t.users[role]);
      expect((await agent.get("/admin/raadplegingen")).statusCode).toBe(403);
      expect((await agent.post("/admin/raadplegingen/nieuw", valid([], t.users.official.id))).statusCode).toBe(403);
    }
    expect((await t.agent().get("/admin/raadplegingen/nieuw")).statusCode).toBe(303);
    expect(
      (await t.agent().post("/admin/raadplegingen/nieuw", valid([], t.users.official.id))).statusCode,
    ).toBeGreaterThanOrEqual(300);
    const official = await t.agentFor(t.users.official);
    expect(
      (await official.post("/admin/raadplegingen/nieuw", { ...valid([], t.users.official.id), _csrf: "" })).statusCode,
    ).toBe(403);
    expect(await count()).toBe(before);

    const made = await official.post("/admin/raadplegingen/nieuw", valid([], t.users.official.id));
    const id = String(made.headers.location).split("/").pop();
    const { createSite } = await import("../../../core/sites/store");
    const other = await createSite(
      t.services.db.kysely,
      { slug: "elders", name: "Elders", hosts: ["elders.example"] },
      t.clock(),
    );
    const foreign = await t.agentFor(await t.newUser({ siteId: other.id, roles: ["admin"] }));
    foreign.host = "elders.example";
    expect((await foreign.get(`/admin/raadplegingen/${id}`)).statusCode).toBe(404);
    expect((await foreign.post(`/admin/raadplegingen/${id}`, valid([], t.users.admin.id))).statusCode).toBe(404);
    expect((await official.get("/admin/raadplegingen/abc")).statusCode).toBe(404);
  });
});
