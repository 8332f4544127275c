// /admin/kaart: the site's own tile server and address service, or the installation's defaults.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { placeSettings } from "../../places/settings";
import { expectAdminOnly, snapshot } from "../test/fixtures";

const valid = {
  tileUrl: "https://tegels.gemeente.example/{z}/{x}/{y}.png",
  tileAttribution: "Kaart © Gemeente",
  tileOrigins: "https://tegels2.gemeente.example",
  addressSearch: "1",
  addressUrl: "https://zoeken.gemeente.example/locatieserver/",
};

describe.each(testDatabases)("map settings on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(database);
  });
  afterAll(async () => {
    await t?.close();
  });
  const settings = () => placeSettings(t.services.db.kysely, t.services.config, t.site.id);

  it("uses the installation's defaults until an admin sets the site's own", async () => {
    expect(await settings()).toMatchObject({
      tileUrl: "/geen-tegels/{z}/{x}/{y}.png",
      tileOrigins: [],
      addressUrl: null,
    });
    const admin = await t.agentFor(t.users.admin);
    expect((await admin.get("/admin")).body).toContain('href="/admin/kaart"');
    expect((await admin.post("/admin/kaart", valid)).statusCode).toBe(303);
    expect(await settings()).toMatchObject({
      tileUrl: valid.tileUrl,
      tileAttribution: "Kaart © Gemeente",
      tileOrigins: ["https://tegels.gemeente.example", "https://tegels2.gemeente.example"],
      addressUrl: "https://zoeken.gemeente.example/locatieserver",
    });
    const map = await t.agent().get("/kaart");
    expect(map.headers["content-security-policy"]).toContain(
      "img-src 'self' data: https://tegels.gemeente.example https://tegels2.gemeente.example",
    );
    await admin.post("/admin/kaart", { ...valid, addressSearch: "0" });
    expect((await settings()).addressUrl).toBeNull();
  });

  it.each([
    [{ tileUrl: "javascript:alert(1)//{z}{x}{y}" }, "begint met https://"],
    [{ tileUrl: "https://tegels.example/kaart.png" }, "begint met https://"],
    [{ tileOrigins: "https://a.example/pad" }, "gescheiden door een spatie"],
    [{ tileOrigins: "'unsafe-inline'" }, "gescheiden door een spatie"],
    [{ addressUrl: "ftp://x.example" }, "Vul een adres in dat begint met https://."],
    [{ addressSearch: "misschien" }, "klopt niet"],
  ])("refuses %j with 400 and changes nothing", async (change, message) => {
    const admin = await t.agentFor(t.users.admin);
    const before = await snapshot(t);
    const rowBefore = await t.services.db.kysely.selectFrom("site_places").selectAll().execute();
    const res = await admin.post("/admin/kaart", { ...valid, ...change });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(message);
    expect(await snapshot(t)).toEqual(before);
    expect(await t.services.db.kysely.selectFrom("site_places").selectAll().execute()).toEqual(rowBefore);
  });

  it("is for admins only, with a CSRF token", async () => {
    await expectAdminOnly(t, "GET", "/admin/kaart");
    await expectAdminOnly(t, "POST", "/admin/kaart", valid);
  });
});
