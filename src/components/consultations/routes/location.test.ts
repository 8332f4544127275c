// A consultation's optional location on the staff form: the same field and rules as every form
// (docs/maps.md), shown on the staff page (there is no public consultation page yet).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { boundaryText } from "../../../core/places/boundary";
import { createConsultationsApp } from "../test/factories";

const square = (w: number, s: number, e: number, n: number) => [
  [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ] as [number, number][],
  ],
];

describe.each(testDatabases)("consultation locations on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createConsultationsApp(database);
    // Every area gets a boundary, so a point outside all of them is refused.
    await t.services.db.kysely
      .updateTable("areas")
      .set({ boundary: boundaryText(square(4.8, 52.3, 5.0, 52.4)) })
      .where("site_id", "=", t.site.id)
      .execute();
  });
  afterAll(async () => {
    await t?.close();
  });

  const form = (extra: Record<string, string>) => ({
    title: "Herinrichting Marktplein",
    summary: "De gemeente wil het plein vernieuwen.",
    body: "We willen meer groen.",
    contact: "",
    ...extra,
  });
  const row = (id: number) =>
    t.services.db.kysely
      .selectFrom("consultations")
      .select(["title", "location_lat_e6", "location_lng_e6", "location_address"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();

  it("stores a point, shows it on the staff page, keeps it on an unchanged edit, and refuses bad input", async () => {
    const official = await t.agentFor(t.users.official);
    const empty = await official.get("/admin/raadplegingen/nieuw");
    expect(empty.body).toContain('name="locationText"');
    const res = await official.post(
      "/admin/raadplegingen/nieuw",
      form({ locationText: "Marktplein 1", lat: "52.35", lng: "4.9", pointText: "Marktplein 1" }),
    );
    expect(res.statusCode).toBe(303);
    const id = Number(/\/admin\/raadplegingen\/(\d+)/.exec(String(res.headers.location))![1]);
    expect(await row(id)).toMatchObject({
      location_lat_e6: 52_350_000,
      location_lng_e6: 4_900_000,
      location_address: "Marktplein 1",
    });
    const page = await official.get(`/admin/raadplegingen/${id}`);
    expect(page.body).toContain("Coördinaten: 52.350000, 4.900000.");
    expect(page.body).toContain('value="52.350000"');

    for (const [extra, message] of [
      [{ locationText: "Ergens", lat: "x", lng: "4.9", pointText: "Ergens" }, "klopt niet"],
      [{ locationText: "Ver weg", lat: "53.2", lng: "6.5", pointText: "Ver weg" }, "buiten"],
    ] as const) {
      const bad = await official.post(`/admin/raadplegingen/${id}`, form({ title: "Veranderd", ...extra }));
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toContain(message);
      expect(bad.body).toContain(`value="${extra.locationText}"`);
      expect(await row(id)).toMatchObject({ title: "Herinrichting Marktplein", location_lat_e6: 52_350_000 });
    }

    const resident = await t.agentFor(t.users.resident);
    const refused = await resident.post(`/admin/raadplegingen/${id}`, form({ locationText: "", lat: "", lng: "" }));
    expect(refused.statusCode).toBe(403);
    expect(await row(id)).toMatchObject({ location_lat_e6: 52_350_000 });

    const cleared = await official.post(`/admin/raadplegingen/${id}`, form({ locationText: "" }));
    expect(cleared.statusCode).toBe(303);
    expect(await row(id)).toMatchObject({ location_lat_e6: null, location_lng_e6: null, location_address: null });
  });
});
