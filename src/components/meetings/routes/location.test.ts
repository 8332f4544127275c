// A meeting's location: chosen on the staff form with the same field and rules as a budget
// project's (a map point, typed text looked up by a local stand-in for the Locatieserver, the area
// from the boundaries, refusals), shown on the meeting page, on /kaart while upcoming and not
// cancelled, and in GET /api/v1/meetings.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { createTestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { type FakeLocatieserver, startFakeLocatieserver } from "../../../../test/support/locatieserver";
import { boundaryText } from "../../../core/places/boundary";
import { ideasComponent } from "../../ideas/manifest";
import { areaIds } from "../../ideas/test/factories";
import { meetingsComponent } from "../manifest";
import { makeMeeting, validForm } from "../test/factories";

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

describe.each(testDatabases)("meeting locations on $name", (database) => {
  let t: TestApp;
  let fake: FakeLocatieserver;
  let noord: number;
  let zuid: number;
  beforeAll(async () => {
    fake = await startFakeLocatieserver();
    t = await createTestApp(database, {
      components: [ideasComponent, meetingsComponent],
      env: {
        ADDRESS_SEARCH_URL: fake.url,
        // Long enough for the fake service on a busy machine with files in parallel (300 ms timed
        // out under load); only its "slow" mode, which never answers, waits the whole time.
        ADDRESS_SEARCH_TIMEOUT_MS: "3000",
        MAP_TILE_URL: "https://tegels.example/{z}/{x}/{y}.png",
      },
    });
    [noord, zuid] = await areaIds(t);
    const db = t.services.db.kysely;
    await db
      .updateTable("areas")
      .set({ boundary: boundaryText(square(4.8, 52.36, 5.0, 52.4)) })
      .where("id", "=", noord!)
      .execute();
    await db
      .updateTable("areas")
      .set({ boundary: boundaryText(square(4.8, 52.3, 5.0, 52.36)) })
      .where("id", "=", zuid!)
      .execute();
  });
  afterAll(async () => {
    await t?.close();
    await fake?.close();
  });

  const row = (id: number) =>
    t.services.db.kysely
      .selectFrom("meetings")
      .select(["title", "area_id", "location_lat_e6", "location_lng_e6", "location_address"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
  const idOf = (location: unknown) => Number(/\/admin\/bijeenkomsten\/(\d+)/.exec(String(location))![1]);
  const count = async () =>
    Number(
      (
        await t.services.db.kysely
          .selectFrom("meetings")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("shows the location field with a map on the staff form, and names the tile server in the CSP", async () => {
    const official = await t.agentFor(t.users.official);
    const form = await official.get("/admin/bijeenkomsten/nieuw");
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('name="locationText"');
    expect(String(form.headers["content-security-policy"])).toContain("https://tegels.example");
  });

  it("stores a point chosen on the map; the point's area overrides the chosen area", async () => {
    const official = await t.agentFor(t.users.official);
    const res = await official.post("/admin/bijeenkomsten/nieuw", {
      ...validForm(),
      areaId: String(zuid),
      locationText: "Buurthuis Noord",
      lat: "52.3712345",
      lng: "4.9",
      pointText: "Buurthuis Noord",
    });
    expect(res.statusCode).toBe(303);
    expect(await row(idOf(res.headers.location))).toMatchObject({
      area_id: noord,
      location_lat_e6: 52_371_235,
      location_lng_e6: 4_900_000,
      location_address: "Buurthuis Noord",
    });
  });

  it("looks up a typed address without the map script, and stores none when none is given", async () => {
    const official = await t.agentFor(t.users.official);
    const typed = await official.post("/admin/bijeenkomsten/nieuw", {
      ...validForm(),
      locationText: "Dorpsstraat 1",
    });
    expect(typed.statusCode).toBe(303);
    expect(await row(idOf(typed.headers.location))).toMatchObject({
      area_id: noord,
      location_lat_e6: 52_372_000,
      location_lng_e6: 4_900_000,
      location_address: "Dorpsstraat 1",
    });
    const none = await official.post("/admin/bijeenkomsten/nieuw", validForm());
    expect(none.statusCode).toBe(303);
    expect(await row(idOf(none.headers.location))).toMatchObject({
      area_id: null,
      location_lat_e6: null,
      location_address: null,
    });
  });

  it.each([
    ["a bad point", { locationText: "Ergens", lat: "x", lng: "4.9", pointText: "Ergens" }, "klopt niet"],
    ["a point outside the areas", { locationText: "Ver", lat: "53.2", lng: "6.5", pointText: "Ver" }, "buiten"],
    ["an unknown address", { locationText: "Nergensweg 404" }, "Wij vinden dit adres niet"],
  ])("refuses %s with 400 beside the field, keeps the typed text and changes nothing", async (_n, extra, message) => {
    const official = await t.agentFor(t.users.official);
    const before = await count();
    const res = await official.post("/admin/bijeenkomsten/nieuw", { ...validForm(), ...extra });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(message);
    expect(res.body).toContain(`value="${extra.locationText}"`);
    expect(await count()).toBe(before);

    const id = await makeMeeting(t, { title: "Al bestaand" });
    const edit = await official.post(`/admin/bijeenkomsten/${id}/bewerken`, {
      ...validForm(),
      title: "Veranderd",
      ...extra,
    });
    expect(edit.statusCode).toBe(400);
    expect(await row(id)).toMatchObject({ title: "Al bestaand", location_lat_e6: null, location_address: null });
  });

  it("keeps the stored point when the edit form is sent back unchanged", async () => {
    const official = await t.agentFor(t.users.official);
    const created = await official.post("/admin/bijeenkomsten/nieuw", {
      ...validForm(),
      locationText: "Plein 3",
      lat: "52.38",
      lng: "4.85",
      pointText: "Plein 3",
    });
    const id = idOf(created.headers.location);
    const form = await official.get(`/admin/bijeenkomsten/${id}/bewerken`);
    expect(form.body).toContain('value="52.380000"');
    const saved = await official.post(`/admin/bijeenkomsten/${id}/bewerken`, {
      ...validForm(),
      title: "Nieuwe titel",
      locationText: "Plein 3",
      lat: "52.380000",
      lng: "4.850000",
      pointText: "Plein 3",
    });
    expect(saved.statusCode).toBe(303);
    expect(await row(id)).toMatchObject({
      title: "Nieuwe titel",
      location_lat_e6: 52_380_000,
      location_lng_e6: 4_850_000,
      location_address: "Plein 3",
    });
  });

  it("shows the place on the meeting page, on the site map while upcoming, and in the API", async () => {
    const located = await makeMeeting(t, {
      title: "Avond met plek",
      location: { point: { latE6: 52_365_000, lngE6: 4_880_000 }, address: "Parkweg 2" },
    });
    const cancelled = await makeMeeting(t, {
      title: "Afgelast met plek",
      location: { point: { latE6: 52_366_000, lngE6: 4_881_000 }, address: "Parkweg 4" },
    });
    await t.services.db.kysely
      .updateTable("meetings")
      .set({ status: "cancelled" })
      .where("id", "=", cancelled)
      .execute();
    const past = await makeMeeting(t, {
      title: "Voorbij met plek",
      startsAt: "2026-11-01T18:00:00.000Z",
      endsAt: "2026-11-01T20:00:00.000Z",
      location: { point: { latE6: 52_367_000, lngE6: 4_882_000 }, address: "Parkweg 6" },
    });
    const plain = await makeMeeting(t, { title: "Avond zonder plek" });

    const page = await t.agent().get(`/bijeenkomsten/${located}`);
    expect(page.body).toContain("Parkweg 2");
    expect(page.body).toContain("Coördinaten: 52.365000, 4.880000.");
    expect(String(page.headers["content-security-policy"])).toContain("https://tegels.example");
    const without = await t.agent().get(`/bijeenkomsten/${plain}`);
    expect(without.body).not.toContain("Coördinaten");

    const map = await t.agent().get("/kaart?soort=meeting");
    expect(map.statusCode).toBe(200);
    expect(map.body).toContain("Avond met plek");
    expect(map.body).not.toContain("Afgelast met plek");
    expect(map.body).not.toContain("Voorbij met plek");
    expect(map.body).not.toContain("Avond zonder plek");

    const api = await t.agent().get("/api/v1/meetings?pageSize=100");
    const meetings = api.json()._embedded.meetings as { id: number; location: unknown }[];
    expect(meetings.find((m) => m.id === located)!.location).toEqual({
      lat: 52.365,
      lng: 4.88,
      address: "Parkweg 2",
    });
    expect(meetings.find((m) => m.id === plain)!.location).toBeNull();
    const pastApi = await t.agent().get("/api/v1/meetings?when=past");
    expect(pastApi.json()._embedded.meetings.find((m: { id: number }) => m.id === past).location.lat).toBe(52.367);
    const spec = await t.agent().get("/api/v1/openapi.json");
    expect(JSON.stringify(spec.json().components.schemas.Meeting.properties.location)).toContain("six decimals");
  });
});
