import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { audit } from "../../audit/log";
import { createOtherSite, expectAdminOnly } from "../test/fixtures";

describe.each(testDatabases)("admin audit log page on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(database);
    await createOtherSite(t);
    const db = t.services.db.kysely;
    for (let i = 1; i <= 27; i++) {
      await audit(
        db,
        {
          siteId: t.site.id,
          actorUserId: t.users.admin.id,
          action: i === 27 ? "ideas.hidden" : "site.updated",
          subject: `stap-${i}`,
          details: { step: i },
        },
        t.clock(),
      );
      t.clock.advance(1000);
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  it("lists this site's entries newest first, 25 a page, with names for known actions", async () => {
    const agent = await t.agentFor(t.users.admin);
    const first = await agent.get("/admin/audit");
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain("27 regels.");
    expect(first.body.indexOf("stap-27")).toBeLessThan(first.body.indexOf("stap-26"));
    expect(first.body).toContain("Actie ideas.hidden"); // no catalog sentence: named as is
    expect(first.body).toContain("Instellingen van de website veranderd: geen.");
    expect(first.body).toContain("step: 27");
    expect(first.body).not.toContain("{&quot;step");
    expect(first.body).toContain("Test admin");
    expect(first.body).not.toContain("stap-2<");
    expect(first.body).not.toContain("anderstad-geheim");
    const second = await agent.get("/admin/audit?pagina=2");
    expect(second.body).toContain("stap-1<");
    expect(second.body).toContain("stap-2<");
    expect(second.body).not.toContain("stap-3<");
    expect((await agent.get("/admin/audit?pagina=0")).statusCode).toBe(400);
  });

  it("shows readable sentences with their details, not keys and JSON, in both languages", async () => {
    await audit(
      t.services.db.kysely,
      {
        siteId: t.site.id,
        actorUserId: t.users.admin.id,
        action: "user.roles.changed",
        subject: `user:${t.users.moderator.id}`,
        details: { granted: ["moderator"], revoked: ["council"] },
      },
      t.clock(),
    );
    const agent = await t.agentFor(t.users.admin);
    const nl = await agent.get("/admin/audit");
    expect(nl.body).toContain("Rollen veranderd. Erbij: Moderator. Eraf: Lid van de raad of commissie.");
    expect(nl.body).not.toContain("&quot;granted&quot;");
    expect(nl.body).not.toContain(">user.roles.changed<");
    agent.cookies.set("inspraak_lang", "en");
    expect((await agent.get("/admin/audit")).body).toContain("Roles changed. Added: Moderator.");
  });

  it("is for admins only", async () => {
    await expectAdminOnly(t, "GET", "/admin/audit");
  });
});
