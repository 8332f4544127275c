// Tenant isolation of the admin area: an admin of one site never reads or changes another site's
// users, areas, outbox, audit log, settings or hosts, whatever ids or host names they send.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app";
import { testDatabases } from "../../../test/support/databases";
import { audit } from "../audit/log";
import { queueMail } from "../mail/queue";
import { createOtherSite, snapshot, type OtherSite } from "./test/fixtures";

describe.each(testDatabases)("admin tenant isolation on $name", (database) => {
  let t: TestApp;
  let other: OtherSite;
  let site1OutboxId: number;
  let site1AreaId: number;
  beforeAll(async () => {
    t = await createTestApp(database);
    other = await createOtherSite(t);
    const db = t.services.db.kysely;
    await queueMail(
      db,
      t.site.id,
      { to: "geheim@teststad.example", subject: "Alleen voor Teststad", text: "geheime link", html: "" },
      t.clock(),
    );
    site1OutboxId = (
      await db.selectFrom("outbox").select("id").where("site_id", "=", t.site.id).executeTakeFirstOrThrow()
    ).id;
    await db.updateTable("outbox").set({ status: "failed" }).where("id", "=", site1OutboxId).execute();
    site1AreaId = (
      await db
        .selectFrom("areas")
        .select("id")
        .where("site_id", "=", t.site.id)
        .where("name", "=", "Noord")
        .executeTakeFirstOrThrow()
    ).id;
    await audit(
      db,
      { siteId: t.site.id, actorUserId: t.users.admin.id, action: "site.updated", subject: "teststad-geheim" },
      t.clock(),
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  it("shows the other site's admin only their own site's lists", async () => {
    const agent = other.agent;
    const users = await agent.get("/admin/gebruikers");
    expect(users.statusCode).toBe(200);
    expect(users.body).toContain("Beheer Anderstad");
    expect(users.body).not.toContain("teststad.example");
    const areas = await agent.get("/admin/gebieden");
    expect(areas.body).toContain("Anderwijk");
    expect(areas.body).not.toContain("Noord");
    const outbox = await agent.get("/admin/outbox");
    expect(outbox.body).toContain("Alleen voor Anderstad");
    expect(outbox.body).not.toContain("Alleen voor Teststad");
    const log = await agent.get("/admin/audit");
    expect(log.body).toContain("anderstad-geheim");
    expect(log.body).not.toContain("teststad-geheim");
    const site = await agent.get("/admin/site");
    expect(site.body).toContain('value="Anderstad"');
    expect(site.body).not.toContain("raad@teststad.example");
    const hosts = await agent.get("/admin/site/hosts");
    expect(hosts.body).toContain("andere.example");
    expect(hosts.body).not.toContain(">localhost");
  });

  it("answers 404 when the other site's admin names this site's ids, and changes nothing", async () => {
    const agent = other.agent;
    const before = await snapshot(t);
    const gets = [
      `/admin/gebruikers/${t.users.admin.id}`,
      `/admin/gebieden/${site1AreaId}`,
      `/admin/outbox/${site1OutboxId}`,
    ];
    for (const url of gets) expect((await agent.get(url)).statusCode, url).toBe(404);
    const posts: [string, Record<string, string>][] = [
      [`/admin/gebruikers/${t.users.resident.id}/rollen`, { roles: "admin" }],
      [`/admin/gebieden/${site1AreaId}`, { name: "Gekaapt", postcodeRanges: "" }],
      [`/admin/gebieden/${site1AreaId}/verwijderen`, {}],
      [`/admin/outbox/${site1OutboxId}/opnieuw`, {}],
      ["/admin/site/hosts", { action: "remove", host: "localhost" }],
    ];
    for (const [url, form] of posts) expect((await agent.post(url, form)).statusCode, url).toBe(404);
    const steal = await agent.post("/admin/site/hosts", { action: "add", host: "localhost" });
    expect(steal.statusCode).toBe(409);
    expect(await snapshot(t)).toEqual(before);
  });

  it("changes only its own site when the other site's admin saves settings", async () => {
    const res = await other.agent.post("/admin/site", {
      name: "Anderstad Nieuw",
      languages: "nl",
      themeClass: "voorbeeld-theme",
      councilName: "",
      councilEmails: "",
      accessibilityNl: "",
      accessibilityEn: "",
      privacyNl: "",
      privacyEn: "",
    });
    expect(res.statusCode).toBe(303);
    const db = t.services.db.kysely;
    expect(
      (await db.selectFrom("sites").select("name").where("id", "=", other.site.id).executeTakeFirstOrThrow()).name,
    ).toBe("Anderstad Nieuw");
    expect(
      (await db.selectFrom("sites").select("name").where("id", "=", t.site.id).executeTakeFirstOrThrow()).name,
    ).toBe("Teststad");
    expect((await t.agent().get("/")).body).toContain("Welkom bij Teststad");
  });

  it("does not accept a session of one site on another site's host name", async () => {
    const site1Admin = await t.agentFor(t.users.admin);
    site1Admin.host = "andere.example";
    const res = await site1Admin.get("/admin/gebruikers");
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toMatch(/^\/inloggen/);
    const site2Admin = await t.agentFor(other.admin);
    const back = await site2Admin.get("/admin/audit");
    expect(back.statusCode).toBe(303);
    const before = await snapshot(t);
    const post = await site1Admin.post(`/admin/gebruikers/${other.resident.id}/rollen`, { roles: "admin" });
    expect([303, 403]).toContain(post.statusCode);
    expect(await snapshot(t)).toEqual(before);
  });

  it("answers 404 when this site's admin names the other site's ids", async () => {
    const agent = await t.agentFor(t.users.admin);
    const before = await snapshot(t);
    expect((await agent.get(`/admin/gebruikers/${other.admin.id}`)).statusCode).toBe(404);
    expect((await agent.post(`/admin/gebruikers/${other.resident.id}/rollen`, { roles: "admin" })).statusCode).toBe(
      404,
    );
    expect((await agent.get(`/admin/gebieden/${other.area.id}`)).statusCode).toBe(404);
    expect((await agent.get(`/admin/outbox/${other.outboxId}`)).statusCode).toBe(404);
    expect(await snapshot(t)).toEqual(before);
  });
});
