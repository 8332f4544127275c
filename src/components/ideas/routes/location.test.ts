// An idea's location on the form: a map point, typed text looked up by a local stand-in for the
// Locatieserver, the area from the boundaries, and every refusal (bad point, outside, not found).
// Also the site map, its GeoJSON, the API's GeoJSON and the address endpoints.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { createTestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { type FakeLocatieserver, startFakeLocatieserver } from "../../../../test/support/locatieserver";
import { boundaryText } from "../../../core/places/boundary";
import { expectAdminOnly } from "../../../core/admin/test/fixtures";
import { ideasComponent } from "../manifest";
import { ensureProcess } from "../store/processes";
import { areaIds, createIdea } from "../test/factories";

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

describe.each(testDatabases)("idea locations on $name", (database) => {
  let t: TestApp;
  let fake: FakeLocatieserver;
  let noord: number;
  let zuid: number;
  beforeAll(async () => {
    fake = await startFakeLocatieserver();
    t = await createTestApp(database, {
      components: [ideasComponent],
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
  beforeEach(() => {
    fake.mode = "ok";
  });

  const idea = (extra: Record<string, string>) => ({
    title: "Een bankje bij de speeltuin",
    body: "Ouders willen kunnen zitten terwijl hun kinderen spelen.",
    areaId: String(noord),
    category: "",
    ...extra,
  });
  const ideaRow = (_t: TestApp, id: number) =>
    t.services.db.kysely
      .selectFrom("ideas")
      .select(["location_lat_e6", "location_lng_e6", "location_address", "area_id"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
  const idOf = (location: unknown) => Number(/\/ideeen\/(\d+)/.exec(String(location))![1]);
  const ideaCount = async () =>
    Number(
      (
        await t.services.db.kysely
          .selectFrom("ideas")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("shows the location field with a map for picking, and names the tile server in the CSP", async () => {
    const res = await (await t.agentFor(t.users.resident)).get("/ideeen/nieuw");
    expect(res.body).toContain('name="locationText"');
    expect(res.body).toContain('data-place-map="pick"');
    expect(res.body).toMatch(/<script src="\/assets\/map\.[0-9a-f]+\.js" defer>/);
    expect(res.headers["content-security-policy"]).toContain("img-src 'self' data: https://tegels.example");
    const other = await t.agent().get("/toegankelijkheid");
    expect(other.headers["content-security-policy"]).not.toContain("tegels.example");
  });

  it("stores a map point with six decimals, and the area follows from the point", async () => {
    const agent = await t.agentFor(t.users.resident);
    const res = await agent.post("/ideeen", idea({ lat: "52.3312345", lng: "4.91", locationText: "" }));
    expect(res.statusCode).toBe(303);
    const row = await ideaRow(t, idOf(res.headers.location));
    expect([row.location_lat_e6, row.location_lng_e6, row.area_id]).toEqual([52_331_235, 4_910_000, zuid]);
  });

  it("looks up a typed address without the map script", async () => {
    const res = await (await t.agentFor(t.users.resident)).post(
      "/ideeen",
      idea({ locationText: "Dorpsstraat 1", areaId: String(zuid) }),
    );
    expect(res.statusCode).toBe(303);
    const row = await ideaRow(t, idOf(res.headers.location));
    expect([row.location_lat_e6, row.location_lng_e6, row.location_address, row.area_id]).toEqual([
      52_372_000,
      4_900_000,
      "Dorpsstraat 1",
      noord,
    ]);
  });

  it.each([
    ["outside every area", { lat: "53.2", lng: "6.5" }, "buiten de gebieden van deze website"],
    ["an address outside every area", { locationText: "Verweg 9" }, "buiten de gebieden van deze website"],
    ["a half point", { lat: "52.37", lng: "" }, "Deze plek op de kaart klopt niet"],
    ["a point that is no number", { lat: "52,37", lng: "4.9" }, "Deze plek op de kaart klopt niet"],
    ["latitude 95", { lat: "95", lng: "4.9" }, "Deze plek op de kaart klopt niet"],
    ["an unknown address", { locationText: "Nergensweg 404" }, "Wij vinden dit adres niet"],
    ["an address that is too long", { locationText: "a".repeat(201) }, "hoogstens 200 tekens"],
  ])("refuses %s with 400 beside the field, keeps the typed text and stores nothing", async (_n, extra, message) => {
    const before = await ideaCount();
    const res = await (await t.agentFor(t.users.resident)).post("/ideeen", idea(extra));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(message);
    expect(res.body).toContain('href="#field-locationText"');
    expect(res.body).toContain("Een bankje bij de speeltuin");
    if ("locationText" in extra && extra.locationText.length <= 200) expect(res.body).toContain(extra.locationText);
    expect(await ideaCount()).toBe(before);
  });

  it("keeps typed text without a point when the service does not answer in time or fails", async () => {
    for (const mode of ["slow", "broken"] as const) {
      fake.mode = mode;
      const res = await (await t.agentFor(t.users.resident)).post("/ideeen", idea({ locationText: "Dorpsstraat 1" }));
      expect(res.statusCode, mode).toBe(303);
      const row = await ideaRow(t, idOf(res.headers.location));
      expect([row.location_lat_e6, row.location_address, row.area_id]).toEqual([null, "Dorpsstraat 1", noord]);
    }
  });

  it("keeps typed text without a point when a site switched the service off", async () => {
    await t.services.db.kysely
      .insertInto("site_places")
      .values({
        site_id: t.site.id,
        address_search: 0,
        tile_url: "",
        tile_attribution: "",
        tile_origins: "",
        address_url: "",
      })
      .execute();
    const requests = fake.requests.length;
    const res = await (await t.agentFor(t.users.resident)).post("/ideeen", idea({ locationText: "Dorpsstraat 1" }));
    expect(res.statusCode).toBe(303);
    expect((await ideaRow(t, idOf(res.headers.location))).location_lat_e6).toBeNull();
    expect(fake.requests.length).toBe(requests);
    const suggest = await t.agent().get("/adres/suggesties?q=Dorps");
    expect(suggest.json()).toMatchObject({ suggestions: [], service: "off" });
    await t.services.db.kysely.deleteFrom("site_places").execute();
  });

  it("asks for a location when the process requires it, and asks nothing when it is off", async () => {
    const db = t.services.db.kysely;
    await ensureProcess(db, t.site, t.clock());
    await db.updateTable("idea_processes").set({ location_mode: "required" }).execute();
    const agent = await t.agentFor(t.users.resident);
    const res = await agent.post("/ideeen", idea({}));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("Vul een adres of postcode in, of kies een plek op de kaart.");
    await db.updateTable("idea_processes").set({ location_mode: "off" }).execute();
    expect((await agent.get("/ideeen/nieuw")).body).not.toContain("locationText");
    const ok = await agent.post("/ideeen", idea({ lat: "not a number" }));
    expect(ok.statusCode).toBe(303);
    await db.updateTable("idea_processes").set({ location_mode: "optional" }).execute();
  });

  it("lets an admin choose the mode; others are refused, and so is a post without CSRF token", async () => {
    const admin = await t.agentFor(t.users.admin);
    expect((await admin.get("/admin/ideeen/plek")).statusCode).toBe(200);
    expect((await admin.post("/admin/ideeen/plek", { locationMode: "sometimes" })).statusCode).toBe(400);
    expect((await admin.post("/admin/ideeen/plek", { locationMode: "required" })).statusCode).toBe(303);
    expect(
      (await t.services.db.kysely.selectFrom("idea_processes").select("location_mode").executeTakeFirstOrThrow())
        .location_mode,
    ).toBe("required");
    await admin.post("/admin/ideeen/plek", { locationMode: "optional" });
    await expectAdminOnly(t, "GET", "/admin/ideeen/plek");
    await expectAdminOnly(t, "POST", "/admin/ideeen/plek", { locationMode: "off" });
  });

  it("shows the place on the idea's page, the site map, its list and GeoJSON, and the API's GeoJSON", async () => {
    const agent = await t.agentFor(t.users.resident);
    const res = await agent.post(
      "/ideeen",
      idea({ title: "Zebrapad bij de school", lat: "52.370001", lng: "4.899999", locationText: "Schoolstraat 5" }),
    );
    const id = idOf(res.headers.location);
    await agent.post(`/ideeen/${id}/publiceren`);
    const page = await t.agent().get(`/ideeen/${id}`);
    expect(page.body).toContain("Coördinaten: 52.370001, 4.899999.");
    expect(page.body).toContain('data-place-map="show"');
    expect(page.headers["content-security-policy"]).toContain("https://tegels.example");
    const map = await t.agent().get("/kaart");
    expect(map.statusCode).toBe(200);
    expect(map.body).toContain("Zebrapad bij de school");
    expect(map.body).toMatch(/<h3 class="utrecht-heading-3">Noord<\/h3>/);
    const zuidOnly = await t.agent().get(`/kaart?gebied=${zuid}`);
    expect(zuidOnly.body).not.toContain("Zebrapad bij de school");
    const geo = await t.agent().get("/kaart.geojson");
    expect(geo.headers["content-type"]).toContain("application/geo+json");
    const features = geo.json().features as { id: string; geometry: { type: string; coordinates: number[] } }[];
    expect(features.find((f) => f.id === `idea-${id}`)?.geometry.coordinates).toEqual([4.899999, 52.370001]);
    expect(features.filter((f) => f.geometry.type === "MultiPolygon")).toHaveLength(2);
    const api = await t.agent().get("/api/v1/ideas?format=geojson");
    expect(api.statusCode).toBe(200);
    expect(api.headers["content-type"]).toContain("application/geo+json");
    const body = api.json() as {
      type: string;
      features: { id: number; geometry: { coordinates: number[] }; properties: { title: string; location: unknown } }[];
    };
    expect(body.type).toBe("FeatureCollection");
    const f = body.features.find((x) => x.id === id)!;
    expect(f.geometry.coordinates).toEqual([4.899999, 52.370001]);
    expect(f.properties).toMatchObject({
      title: "Zebrapad bij de school",
      location: { lat: 52.370001, lng: 4.899999, address: "Schoolstraat 5" },
    });
    expect(
      (await t.agent().get(`/api/v1/ideas?format=geojson&areaId=${zuid}`))
        .json()
        .features.some((x: { id: number }) => x.id === id),
    ).toBe(false);
    const bad = await t.agent().get("/api/v1/ideas?format=kml");
    expect(bad.statusCode).toBe(400);
    expect(bad.headers["content-type"]).toContain("application/problem+json");
    const openapi = (await t.agent().get("/api/v1/openapi.json")).json();
    expect(openapi.components.schemas.IdeaFeatureCollection).toBeDefined();
  });

  it("finds what is open near a postcode, and says so when the address service cannot help", async () => {
    await createIdea(t, { title: "Idee zonder plek" });
    const near = await t.agent().get("/kaart?bij=1011AB&afstand=500");
    expect(near.body).toContain("Zebrapad bij de school");
    expect(near.body).toMatch(/open plek(ken)? binnen 500 meter/);
    fake.mode = "broken";
    expect((await t.agent().get("/kaart?bij=1011AB&afstand=500")).body).toContain("Zoeken op adres werkt nu niet");
    expect((await t.agent().get("/kaart?lat=52.3&lng=6.5&afstand=250")).body).toContain("Niets open binnen 250 meter");
    expect((await t.agent().get("/kaart?gebied=abc")).statusCode).toBe(400);
  });

  it("answers the map script's address questions through the local service", async () => {
    const suggest = await t.agent().get("/adres/suggesties?q=Dorpsstraat");
    expect(suggest.json()).toMatchObject({
      suggestions: [{ id: "adr-1", label: "Dorpsstraat 1, 1011AB Teststad" }],
      service: "ok",
    });
    expect((await t.agent().get("/adres/plek?id=adr-1")).json()).toEqual({
      label: "Dorpsstraat 1, 1011AB Teststad",
      lat: 52.372,
      lng: 4.9,
    });
    expect((await t.agent().get("/adres/omgekeerd?lat=52.352&lng=4.9")).json()).toMatchObject({
      label: "Zuiderlaan 20, 1025CD Teststad",
    });
    expect((await t.agent().get("/adres/omgekeerd?lat=abc&lng=4.9")).statusCode).toBe(400);
    expect((await t.agent().get("/adres/suggesties")).statusCode).toBe(400);
    fake.mode = "slow";
    expect((await t.agent().get("/adres/suggesties?q=Zuider")).json()).toMatchObject({
      suggestions: [],
      service: "unavailable",
    });
  });
});
