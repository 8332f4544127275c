import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app";
import { testDatabases } from "../../../test/support/databases";
import { areaReferenceComponent } from "./test/fixtures";

describe.each(testDatabases)("admin dashboard on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(database, { components: [areaReferenceComponent] });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("shows an admin every core section", async () => {
    const res = await (await t.agentFor(t.users.admin)).get("/admin");
    expect(res.statusCode).toBe(200);
    expect(res.body.match(/<h1/g)).toHaveLength(1);
    for (const href of ["/admin/gebruikers", "/admin/site", "/admin/gebieden", "/admin/outbox", "/admin/audit"]) {
      expect(res.body).toContain(`href="${href}"`);
    }
    expect(res.body).not.toContain('href="/admin/moderatie"');
  });

  it("shows other staff only the sections for their role, including a component's", async () => {
    const moderator = await (await t.agentFor(t.users.moderator)).get("/admin");
    expect(moderator.statusCode).toBe(200);
    expect(moderator.body).toContain('href="/admin/moderatie"');
    expect(moderator.body).not.toContain('href="/admin/gebruikers"');
    const official = await (await t.agentFor(t.users.official)).get("/admin");
    expect(official.statusCode).toBe(200);
    expect(official.body).toContain("Voor uw rol zijn er nog geen onderdelen");
    expect(official.body).not.toContain('href="/admin/moderatie"');
    expect((await (await t.agentFor(t.users.council)).get("/admin")).statusCode).toBe(200);
  });

  it("refuses a resident and sends a visitor to the log-in page", async () => {
    expect((await (await t.agentFor(t.users.resident)).get("/admin")).statusCode).toBe(403);
    const anonymous = await t.agent().get("/admin");
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toBe("/inloggen?terug=%2Fadmin");
  });

  it("warns an admin about mail that could not be sent", async () => {
    const db = t.services.db.kysely;
    await db
      .insertInto("outbox")
      .values({
        site_id: t.site.id,
        kind: "mail",
        payload: "{}",
        status: "failed",
        attempts: 12,
        next_attempt_at: t.clock().toISOString(),
        created_at: t.clock().toISOString(),
      })
      .execute();
    const res = await (await t.agentFor(t.users.admin)).get("/admin");
    expect(res.body).toContain("1 bericht kon niet worden verstuurd");
    expect((await (await t.agentFor(t.users.moderator)).get("/admin")).body).not.toContain("kon niet worden verstuurd");
  });

  it("shows the dashboard in English too", async () => {
    const agent = await t.agentFor(t.users.admin);
    agent.cookies.set("inspraak_lang", "en");
    const res = await agent.get("/admin");
    expect(res.body).toContain('<html lang="en"');
    expect(res.body).toContain("Users and roles");
  });
});
