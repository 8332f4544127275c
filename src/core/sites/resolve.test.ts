// Which site a request is for, by its Host header, and what each process keeps of that.
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app";
import { testDatabases } from "../../../test/support/databases";
import { cachedHostCount, forgetCachedSites } from "./resolve";
import { createSite } from "./store";

describe.each(testDatabases)("resolving the site of a request on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(database);
    await createSite(t.services.db.kysely, { slug: "noord", name: "Noordstad", hosts: ["noord.example"] }, t.clock());
  });
  afterAll(async () => {
    await t?.close();
  });

  const homeFor = (host: string) => t.app.inject({ method: "GET", url: "/", headers: { host } });

  it("answers a known host with its site and any other host with the default site", async () => {
    expect((await homeFor("noord.example")).body).toContain("Welkom bij Noordstad");
    expect((await homeFor("NOORD.example:8080")).body).toContain("Welkom bij Noordstad");
    expect((await homeFor("localhost:3000")).body).toContain("Welkom bij Teststad");
    expect((await homeFor("onbekend.example")).body).toContain("Welkom bij Teststad");
  });

  it("answers a host name added since the snapshot at once (e.g. by the CLI in another process)", async () => {
    expect((await homeFor("zuid.example")).body).toContain("Welkom bij Teststad");
    await createSite(t.services.db.kysely, { slug: "zuid", name: "Zuidstad", hosts: ["zuid.example"] }, t.clock());
    expect((await homeFor("zuid.example")).body).toContain("Welkom bij Zuidstad");
    await t.services.db.kysely.deleteFrom("site_hosts").where("host", "=", "zuid.example").execute();
    forgetCachedSites(t.services.db.kysely); // as the admin pages do after a change
  });

  it("does not keep anything per unknown host name, however many arrive", async () => {
    await homeFor("noord.example");
    const before = cachedHostCount(t.services.db.kysely);
    for (let i = 0; i < 300; i++) {
      const res = await homeFor(`${crypto.randomBytes(8).toString("hex")}.example`);
      expect(res.statusCode).toBe(200);
    }
    await homeFor(`${"x".repeat(200)}.example`);
    const known = await t.services.db.kysely.selectFrom("site_hosts").select("host").execute();
    expect(known.length).toBe(2);
    expect(before).toBeLessThanOrEqual(known.length);
    expect(cachedHostCount(t.services.db.kysely)).toBeLessThanOrEqual(known.length);
  });
});
