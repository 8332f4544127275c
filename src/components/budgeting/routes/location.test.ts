// A budget project's location: optional on the propose form, shown on the project page, on the
// site map, and in the process's projects GeoJSON; a bad point is refused and nothing is stored.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { budgetingManifest } from "../manifest";
import { makeProcess } from "../test/fixtures";

describe.each(testDatabases)("budget project locations on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(database, { components: [budgetingManifest] });
  });
  afterAll(async () => {
    await t?.close();
  });
  const projects = () => t.services.db.kysely.selectFrom("budget_projects").selectAll().orderBy("id").execute();

  it("stores an optional place with a proposal and refuses a bad one", async () => {
    const { process } = await makeProcess(t, { phase: "submit", projects: [] });
    const agent = await t.agentFor(t.users.resident);
    const form = await agent.get(`/begroting/${process.id}/indienen`);
    expect(form.body).toContain('name="locationText"');
    const bad = await agent.post(`/begroting/${process.id}/indienen`, {
      title: "Bankjes",
      description: "",
      cost: "",
      lat: "x",
      lng: "4.9",
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain("Deze plek op de kaart klopt niet");
    expect(await projects()).toHaveLength(0);
    const none = await agent.post(`/begroting/${process.id}/indienen`, {
      title: "Zonder plek",
      description: "",
      cost: "",
    });
    expect(none.statusCode).toBe(303);
    const ok = await agent.post(`/begroting/${process.id}/indienen`, {
      title: "Bankjes op het plein",
      description: "",
      cost: "",
      lat: "52.371234",
      lng: "4.901234",
      locationText: "Marktplein 1",
    });
    expect(ok.statusCode).toBe(303);
    const stored = (await projects()).map((p) => [p.title, p.location_lat_e6, p.location_lng_e6, p.location_address]);
    expect(stored).toEqual([
      ["Zonder plek", null, null, null],
      ["Bankjes op het plein", 52_371_234, 4_901_234, "Marktplein 1"],
    ]);
  });

  it("shows a located project on its page, the site map and the GeoJSON once it is feasible", async () => {
    const { process, projects: made } = await makeProcess(t, { phase: "vote", projects: [["Speeltuin", 10_000]] });
    const project = made[0]!;
    await t.services.db.kysely
      .updateTable("budget_projects")
      .set({ location_lat_e6: 52_365_000, location_lng_e6: 4_880_000, location_address: "Parkweg 2" })
      .where("id", "=", project.id)
      .execute();
    const page = await t.agent().get(`/begroting/${process.id}/projecten/${project.id}`);
    expect(page.body).toContain("Coördinaten: 52.365000, 4.880000.");
    const map = await t.agent().get("/kaart?soort=project");
    expect(map.body).toContain("Speeltuin");
    expect(map.body).not.toContain("Bankjes op het plein"); // submitted, not reviewed yet
    const near = await t.agent().get("/kaart?lat=52.365&lng=4.881&afstand=250");
    expect(near.body).toContain("1 open plek binnen 250 meter");
    const geo = await t.agent().get(`/begroting/${process.id}/projecten.geojson`);
    expect(geo.headers["content-type"]).toContain("application/geo+json");
    expect(geo.json().features).toEqual([
      expect.objectContaining({ id: project.id, geometry: { type: "Point", coordinates: [4.88, 52.365] } }),
    ]);
    expect((await t.agent().get("/begroting/999999/projecten.geojson")).statusCode).toBe(404);
  });

  it("lets staff set a place when adding a project and change it on review, with the same rules", async () => {
    const { process, projects: made } = await makeProcess(t, { phase: "review", projects: [["Moestuin", 5_000]] });
    const project = made[0]!;
    const admin = await t.agentFor(t.users.admin);
    const added = await admin.post(`/admin/begroting/${process.id}/projecten`, {
      title: "Bomen langs de kade",
      description: "",
      cost: "8000",
      locationText: "Kade 5",
      lat: "52.37",
      lng: "4.89",
      pointText: "Kade 5",
    });
    expect(added.statusCode).toBe(303);
    const addedRow = (await projects()).find((p) => p.title === "Bomen langs de kade")!;
    expect([addedRow.location_lat_e6, addedRow.location_lng_e6, addedRow.location_address]).toEqual([
      52_370_000,
      4_890_000,
      "Kade 5",
    ]);

    const count = (await projects()).length;
    const badAdd = await admin.post(`/admin/begroting/${process.id}/projecten`, {
      title: "Kapotte plek",
      description: "",
      cost: "100",
      locationText: "Ergens",
      lat: "91",
      lng: "4.9",
      pointText: "Ergens",
    });
    expect(badAdd.statusCode).toBe(400);
    expect(badAdd.body).toContain("Deze plek op de kaart klopt niet");
    expect(badAdd.body).toContain('value="Ergens"');
    expect((await projects()).length).toBe(count);

    const official = await t.agentFor(t.users.official);
    const reviewUrl = `/admin/begroting/${process.id}/projecten/${project.id}`;
    const form = await official.get(reviewUrl);
    expect(form.body).toContain('name="locationText"');
    const review = { cost: "5000", status: "feasible", reason: "" };
    const stored = async () => {
      const p = (await projects()).find((x) => x.id === project.id)!;
      return [p.status, p.location_lat_e6, p.location_lng_e6, p.location_address];
    };
    const initial = project.status;
    const bad = await official.post(reviewUrl, {
      ...review,
      locationText: "Hier",
      lat: "abc",
      lng: "",
      pointText: "Hier",
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain("Deze plek op de kaart klopt niet");
    expect(await stored()).toEqual([initial, null, null, null]);

    const resident = await t.agentFor(t.users.resident);
    const refused = await resident.post(reviewUrl, {
      ...review,
      locationText: "Tuinpad 1",
      lat: "52.36",
      lng: "4.88",
      pointText: "Tuinpad 1",
    });
    expect(refused.statusCode).toBe(403);
    expect(await stored()).toEqual([initial, null, null, null]);

    const set = await official.post(reviewUrl, {
      ...review,
      locationText: "Tuinpad 1",
      lat: "52.36",
      lng: "4.88",
      pointText: "Tuinpad 1",
    });
    expect(set.statusCode).toBe(303);
    expect(await stored()).toEqual(["feasible", 52_360_000, 4_880_000, "Tuinpad 1"]);
    // The edit form carries the stored point, so sending it back unchanged keeps it.
    const again = await official.get(reviewUrl);
    expect(again.body).toContain('value="52.360000"');
    const changed = await official.post(reviewUrl, {
      ...review,
      locationText: "Tuinpad 9",
      lat: "52.361",
      lng: "4.881",
      pointText: "Tuinpad 9",
    });
    expect(changed.statusCode).toBe(303);
    expect(await stored()).toEqual(["feasible", 52_361_000, 4_881_000, "Tuinpad 9"]);
  });
});
