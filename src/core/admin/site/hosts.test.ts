import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { listHosts } from "../../sites/host-store";
import { createOtherSite, expectAdminOnly, OTHER_HOST, snapshot, type OtherSite } from "../test/fixtures";

describe.each(testDatabases)("admin site hosts on $name", (database) => {
  let t: TestApp;
  let other: OtherSite;
  beforeAll(async () => {
    t = await createTestApp(database);
    other = await createOtherSite(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  const hosts = () => listHosts(t.services.db.kysely, t.site.id);

  it("lists the site's hosts and marks the one in use", async () => {
    const res = await (await t.agentFor(t.users.admin)).get("/admin/site/hosts");
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("localhost (dit adres gebruikt u nu)");
    expect(res.body).not.toContain(OTHER_HOST);
  });

  it("adds a host name in its normal form, and the site answers on it at once", async () => {
    const agent = await t.agentFor(t.users.admin);
    const res = await agent.post("/admin/site/hosts", { action: "add", host: " Inspraak.Teststad.Example " });
    expect(res.statusCode).toBe(303);
    expect(await hosts()).toEqual(["inspraak.teststad.example", "localhost"]);
    const visitor = t.agent();
    visitor.host = "inspraak.teststad.example";
    expect((await visitor.get("/")).body).toContain("Welkom bij Teststad");
    const entry = await t.services.db.kysely
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "site.host.added")
      .executeTakeFirstOrThrow();
    expect(JSON.parse(entry.details)).toEqual({ host: "inspraak.teststad.example" });
  });

  it("refuses a host name of another site, one it already has, and malformed ones, changing nothing", async () => {
    const agent = await t.agentFor(t.users.admin);
    const before = await snapshot(t);
    const taken = await agent.post("/admin/site/hosts", { action: "add", host: OTHER_HOST.toUpperCase() });
    expect(taken.statusCode).toBe(409);
    expect(taken.body).toContain("hoort al bij een andere website");
    const here = await agent.post("/admin/site/hosts", { action: "add", host: "localhost" });
    expect(here.statusCode).toBe(409);
    expect(here.body).toContain("hoort al bij deze website");
    for (const host of ["https://x.example/", "x.example:80", "", "a..b", "x".repeat(300), "-a.example"]) {
      const res = await agent.post("/admin/site/hosts", { action: "add", host });
      expect(res.statusCode, host).toBe(400);
      expect(res.body).toContain('href="#field-host"');
    }
    expect((await agent.post("/admin/site/hosts", { action: "delete-all", host: "localhost" })).statusCode).toBe(400);
    expect((await agent.post("/admin/site/hosts", { host: "a.example" })).statusCode).toBe(400);
    expect((await agent.postJson("/admin/site/hosts", { action: "add", host: ["a.example"] })).statusCode).toBe(400);
    expect(await snapshot(t)).toEqual(before);
  });

  it("removes a host, but not the one in use nor another site's", async () => {
    const agent = await t.agentFor(t.users.admin);
    await t.services.db.kysely
      .insertInto("site_hosts")
      .values({ host: "oud.teststad.example", site_id: t.site.id })
      .execute();
    const before = await snapshot(t);
    const inUse = await agent.post("/admin/site/hosts", { action: "remove", host: "localhost" });
    expect(inUse.statusCode).toBe(409);
    expect(inUse.body).toContain("U gebruikt dit adres nu");
    expect((await agent.post("/admin/site/hosts", { action: "remove", host: OTHER_HOST })).statusCode).toBe(404);
    expect((await agent.post("/admin/site/hosts", { action: "remove", host: "not a host" })).statusCode).toBe(404);
    expect(await snapshot(t)).toEqual(before);
    expect(await listHosts(t.services.db.kysely, other.site.id)).toEqual([OTHER_HOST]);

    const res = await agent.post("/admin/site/hosts", { action: "remove", host: "oud.teststad.example" });
    expect(res.statusCode).toBe(303);
    expect(await hosts()).not.toContain("oud.teststad.example");
    expect((await agent.get("/admin/site/hosts")).body).toContain("Het adres is verwijderd.");
  });

  it("is for admins only", async () => {
    await expectAdminOnly(t, "GET", "/admin/site/hosts");
    await expectAdminOnly(t, "POST", "/admin/site/hosts", { action: "add", host: "nieuw.example" });
  });
});

describe.each(testDatabases)("host names the default site answers without registering them, on $name", (database) => {
  let t: TestApp;
  let other: OtherSite;
  beforeAll(async () => {
    // The default site's address is PUBLIC_URL; it only registered "localhost".
    t = await createTestApp(database, { env: { PUBLIC_URL: "http://inspraak.teststad.example" } });
    other = await createOtherSite(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("refuses them to another site's admin with a message, changing nothing", async () => {
    const before = await snapshot(t);
    for (const host of ["inspraak.teststad.example", "INSPRAAK.teststad.example.", "127.0.0.1"]) {
      const res = await other.agent.post("/admin/site/hosts", { action: "add", host });
      expect(res.statusCode, host).toBe(409);
      expect(res.body).toContain("hoort bij de hoofdwebsite");
      expect(res.body).toContain('href="#field-host"');
    }
    expect(await snapshot(t)).toEqual(before);
    // Visitors of the public address still get the default site.
    const visitor = t.agent();
    visitor.host = "inspraak.teststad.example";
    expect((await visitor.get("/")).body).toContain("Welkom bij Teststad");
  });

  it("lets the default site's own admin register its public address", async () => {
    const agent = await t.agentFor(t.users.admin);
    const res = await agent.post("/admin/site/hosts", { action: "add", host: "inspraak.teststad.example" });
    expect(res.statusCode).toBe(303);
    expect(await listHosts(t.services.db.kysely, t.site.id)).toContain("inspraak.teststad.example");
  });
});
