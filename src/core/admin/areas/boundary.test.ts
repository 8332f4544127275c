// Uploading, replacing and removing an area's boundary; bad files change nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { storedBoundary } from "../../places/boundary";
import { findArea, listAreas } from "../../sites/store";
import { createOtherSite, expectAdminOnly, type OtherSite, snapshot } from "../test/fixtures";

const square = (w: number, s: number, e: number, n: number) => ({
  type: "Feature",
  properties: { name: "blok" },
  geometry: {
    type: "Polygon",
    coordinates: [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    ],
  },
});

const file = (text: string) => [
  {
    name: "boundary",
    file: { filename: "grens.geojson", contentType: "application/geo+json", bytes: Buffer.from(text) },
  },
];

describe.each(testDatabases)("area boundaries on $name", (database) => {
  let t: TestApp;
  let other: OtherSite;
  let noordId: number;
  beforeAll(async () => {
    t = await createTestApp(database);
    other = await createOtherSite(t);
    noordId = (await listAreas(t.services.db.kysely, t.site.id)).find((a) => a.name === "Noord")!.id;
  });
  afterAll(async () => {
    await t?.close();
  });
  const noord = () => findArea(t.services.db.kysely, t.site.id, noordId);

  it("stores an uploaded boundary, draws it, and replaces it", async () => {
    const agent = await t.agentFor(t.users.admin);
    const page = await agent.get(`/admin/gebieden/${noordId}`);
    expect(page.body).toContain("Dit gebied heeft nog geen grens");
    expect(page.body.indexOf('name="_csrf"')).toBeLessThan(page.body.indexOf('name="boundary"'));
    const res = await agent.postMultipart(
      `/admin/gebieden/${noordId}/grens`,
      file(JSON.stringify(square(4.8, 52.36, 5.0, 52.4))),
    );
    expect(res.statusCode).toBe(303);
    expect(storedBoundary((await noord())!.boundary)).toEqual([square(4.8, 52.36, 5.0, 52.4).geometry.coordinates]);
    const shown = await agent.get(`/admin/gebieden/${noordId}`);
    expect(shown.body).toContain("<svg");
    expect(shown.body).toContain("1 deel met 5 punten");
    expect((await agent.get("/admin/gebieden")).body).toContain("Tekening van de grenzen van: Noord");
    await agent.postMultipart(`/admin/gebieden/${noordId}/grens`, file(JSON.stringify(square(4.8, 52.37, 5.0, 52.4))));
    expect(storedBoundary((await noord())!.boundary)?.[0]?.[0]?.[0]).toEqual([4.8, 52.37]);
    const audit = await t.services.db.kysely
      .selectFrom("audit_log")
      .select("action")
      .where("subject", "=", `area:${noordId}`)
      .execute();
    expect(audit.filter((a) => a.action === "area.boundarySet")).toHaveLength(2);
  });

  it.each([
    ["not JSON", "dit is geen json", "Dit bestand is geen JSON"],
    ["a point", JSON.stringify({ type: "Point", coordinates: [4.9, 52.3] }), "geen Polygon of MultiPolygon"],
    [
      "an unclosed ring",
      JSON.stringify({
        type: "Polygon",
        coordinates: [
          [
            [4, 52],
            [5, 52],
            [5, 53],
            [4, 52.5],
          ],
        ],
      }),
      "niet gesloten",
    ],
    [
      "Rijksdriehoek metres",
      JSON.stringify({
        type: "Polygon",
        coordinates: [
          [
            [121000, 487000],
            [122000, 487000],
            [122000, 488000],
            [121000, 487000],
          ],
        ],
      }),
      "buiten het bereik van WGS 84",
    ],
    ["too large", `{"type":"Polygon","coordinates":[]${" ".repeat(2_000_001)}}`, "te groot"],
  ])("refuses %s with 400 and a message beside the field, changing nothing", async (_name, text, message) => {
    const agent = await t.agentFor(t.users.admin);
    const before = await snapshot(t);
    const res = await agent.postMultipart(`/admin/gebieden/${noordId}/grens`, file(text));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(message);
    expect(res.body).toContain('href="#field-boundary"');
    expect(await snapshot(t)).toEqual(before);
  });

  it("refuses an upload without a file", async () => {
    const res = await (await t.agentFor(t.users.admin)).postMultipart(`/admin/gebieden/${noordId}/grens`, []);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("Kies een GeoJSON-bestand.");
  });

  it("refuses outsiders, a missing CSRF token and another site's area, changing nothing", async () => {
    const before = await snapshot(t);
    const body = file(JSON.stringify(square(0, 0, 1, 1)));
    expect((await t.agent().postMultipart(`/admin/gebieden/${noordId}/grens`, body)).statusCode).toBe(303);
    for (const role of ["resident", "moderator", "official", "council"] as const) {
      const res = await (await t.agentFor(t.users[role])).postMultipart(`/admin/gebieden/${noordId}/grens`, body);
      expect(res.statusCode, role).toBe(403);
    }
    const admin = await t.agentFor(t.users.admin);
    const noToken = await admin.postMultipart(`/admin/gebieden/${noordId}/grens`, [
      { name: "_csrf", value: null },
      ...body,
    ]);
    expect(noToken.statusCode).toBe(403);
    expect((await admin.postMultipart(`/admin/gebieden/${other.area.id}/grens`, body)).statusCode).toBe(404);
    expect((await admin.post(`/admin/gebieden/${other.area.id}/grens/verwijderen`)).statusCode).toBe(404);
    expect(await snapshot(t)).toEqual(before);
    await expectAdminOnly(t, "POST", `/admin/gebieden/${noordId}/grens/verwijderen`);
  });

  it("removes a boundary", async () => {
    const res = await (await t.agentFor(t.users.admin)).post(`/admin/gebieden/${noordId}/grens/verwijderen`);
    expect(res.statusCode).toBe(303);
    expect((await noord())!.boundary).toBeNull();
  });
});
