import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { rolesOf } from "../../auth/users";
import { createOtherSite, expectAdminOnly, snapshot, type OtherSite } from "../test/fixtures";

describe.each(testDatabases)("admin users on $name", (database) => {
  let t: TestApp;
  let other: OtherSite;
  beforeAll(async () => {
    t = await createTestApp(database);
    other = await createOtherSite(t);
    const db = t.services.db.kysely;
    // Enough plain accounts for three pages, written directly (no password hashing needed).
    await db
      .insertInto("users")
      .values(
        Array.from({ length: 30 }, (_, i) => ({
          site_id: t.site.id,
          email: `lijst${String(i).padStart(2, "0")}@teststad.example`,
          email_verified_at: null,
          password_hash: null,
          display_name: `Lijst Persoon ${String(i).padStart(2, "0")}`,
          language: "nl" as const,
          postcode: null,
          notify_mode: "immediate" as const,
          unsubscribe_token: `tok-${i}`,
          created_at: t.clock().toISOString(),
          deleted_at: null,
        })),
      )
      .execute();
  });
  afterAll(async () => {
    await t?.close();
  });

  const admin = () => t.agentFor(t.users.admin);
  const auditCount = async () =>
    (await t.services.db.kysely.selectFrom("audit_log").select("id").where("site_id", "=", t.site.id).execute()).length;

  it("finds users by name or e-mail address, case-insensitively, only on this site", async () => {
    const agent = await admin();
    const byName = await agent.get("/admin/gebruikers?q=test%20MODERATOR");
    expect(byName.statusCode).toBe(200);
    expect(byName.body).toContain(`href="/admin/gebruikers/${t.users.moderator.id}"`);
    expect(byName.body).toContain("1 gebruiker gevonden.");
    expect(byName.body).toContain('<search><form method="get" action="/admin/gebruikers"'); // a search landmark
    const byEmail = await agent.get("/admin/gebruikers?q=COUNCIL%40teststad");
    expect(byEmail.body).toContain("Test council");
    const all = await agent.get("/admin/gebruikers?q=anderstad");
    expect(all.body).toContain("0 gebruikers gevonden.");
    expect(all.body).not.toContain("Beheer Anderstad");
  });

  it("treats % and _ in the search as plain characters", async () => {
    const res = await (await admin()).get("/admin/gebruikers?q=%25");
    expect(res.body).toContain("0 gebruikers gevonden.");
  });

  it("pages through the results 25 at a time", async () => {
    const agent = await admin();
    const first = await agent.get("/admin/gebruikers?q=lijst");
    expect(first.body).toContain("30 gebruikers gevonden.");
    expect(first.body).toContain("Lijst Persoon 24");
    expect(first.body).not.toContain("Lijst Persoon 25");
    expect(first.body).toContain('href="/admin/gebruikers?q=lijst&amp;pagina=2"');
    const second = await agent.get("/admin/gebruikers?q=lijst&pagina=2");
    expect(second.body).toContain("Lijst Persoon 29");
    expect(second.body).not.toContain("Lijst Persoon 24");
    expect(second.body).toContain("Pagina 2 van 2");
  });

  it("refuses a bad page number or search with 400", async () => {
    const agent = await admin();
    for (const url of [
      "/admin/gebruikers?pagina=0",
      "/admin/gebruikers?pagina=abc",
      "/admin/gebruikers?pagina=-1",
      "/admin/gebruikers?pagina=1.5",
      `/admin/gebruikers?q=${"x".repeat(101)}`,
      "/admin/gebruikers?q=a&q=b",
      "/admin/gebruikers?niveau=digid",
    ]) {
      expect((await agent.get(url)).statusCode, url).toBe(400);
    }
  });

  it("filters by verification level, as verificationLevel() says it (docs/participation.md)", async () => {
    const agent = await admin();
    const db = t.services.db.kysely;
    const resident = await t.newUser({ name: "Niveau Geverifieerd", verified: false });
    await db
      .updateTable("users")
      .set({ identity_verified_at: t.clock().toISOString() })
      .where("id", "=", resident.id)
      .execute();
    const identity = await agent.get("/admin/gebruikers?niveau=identity");
    expect(identity.statusCode).toBe(200);
    expect(identity.body).toContain("Niveau Geverifieerd");
    expect(identity.body).not.toContain("Lijst Persoon 00");
    const none = await agent.get("/admin/gebruikers?niveau=none&q=Lijst");
    expect(none.body).toContain("Lijst Persoon 00");
    expect(none.body).toContain("30 gebruikers gevonden.");
    expect((await agent.get("/admin/gebruikers?niveau=email&q=Lijst")).body).not.toContain("Lijst Persoon 00");
    // Every account lands in exactly one level.
    const { verificationLevel } = await import("../../participation/verification-level");
    const { countUsers } = await import("./store");
    const all = await db.selectFrom("users").selectAll().where("site_id", "=", t.site.id).execute();
    for (const level of ["none", "email", "identity"] as const)
      expect(await countUsers(db, t.site.id, "", level)).toBe(all.filter((u) => verificationLevel(u) === level).length);
  });

  it("shows one user with their roles", async () => {
    const res = await (await admin()).get(`/admin/gebruikers/${t.users.official.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("Gebruiker: Test official");
    expect(res.body).toContain("official@teststad.example");
    expect(res.body).toMatch(/value="official"\s+checked/);
    expect(res.body).not.toMatch(/value="admin"\s+checked/);
  });

  it("answers 404 for a user of another site or a malformed id", async () => {
    const agent = await admin();
    for (const url of [
      `/admin/gebruikers/${other.admin.id}`,
      "/admin/gebruikers/abc",
      "/admin/gebruikers/0",
      "/admin/gebruikers/99999999999",
      "/admin/gebruikers/999999",
    ]) {
      expect((await agent.get(url)).statusCode, url).toBe(404);
    }
    const before = await snapshot(t);
    const post = await agent.post(`/admin/gebruikers/${other.resident.id}/rollen`, { roles: "admin" });
    expect(post.statusCode).toBe(404);
    expect(await snapshot(t)).toEqual(before);
  });

  it("grants and revokes roles and writes each change to the audit log", async () => {
    const target = await t.newUser({ name: "Nieuwe Medewerker" });
    const agent = await admin();
    const before = await auditCount();
    const res = await agent.post(`/admin/gebruikers/${target.id}/rollen`, { roles: ["official", "moderator"] });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/admin/gebruikers/${target.id}`);
    expect(await rolesOf(t.services.db.kysely, target.id)).toEqual(
      expect.arrayContaining(["resident", "official", "moderator"]),
    );
    expect((await agent.get(res.headers.location!)).body).toContain("De rollen zijn opgeslagen.");

    const revoke = await agent.post(`/admin/gebruikers/${target.id}/rollen`, { roles: "official" });
    expect(revoke.statusCode).toBe(303);
    expect(await rolesOf(t.services.db.kysely, target.id)).toEqual(["resident", "official"]);

    const entries = await t.services.db.kysely
      .selectFrom("audit_log")
      .selectAll()
      .where("subject", "=", `user:${target.id}`)
      .orderBy("id")
      .execute();
    expect(entries.map((e) => [e.action, e.actor_user_id, JSON.parse(e.details)])).toEqual([
      ["user.roles.changed", t.users.admin.id, { granted: ["moderator", "official"], revoked: [] }],
      ["user.roles.changed", t.users.admin.id, { granted: [], revoked: ["moderator"] }],
    ]);
    expect(await auditCount()).toBe(before + 2);
    const log = await agent.get("/admin/audit");
    expect(log.body).toContain("Rollen veranderd");
  });

  it("removes all extra roles when none is ticked, and writes nothing when nothing changes", async () => {
    const target = await t.newUser({ roles: ["council"] });
    const agent = await admin();
    expect((await agent.post(`/admin/gebruikers/${target.id}/rollen`, {})).statusCode).toBe(303);
    expect(await rolesOf(t.services.db.kysely, target.id)).toEqual(["resident"]);
    const count = await auditCount();
    const again = await agent.post(`/admin/gebruikers/${target.id}/rollen`, {});
    expect(again.statusCode).toBe(303);
    expect((await agent.get(again.headers.location!)).body).toContain("Er is niets veranderd.");
    expect(await auditCount()).toBe(count);
  });

  it("refuses unknown roles, the resident role and wrong types with 400, changing nothing", async () => {
    const target = await t.newUser();
    const agent = await admin();
    const before = await snapshot(t);
    for (const roles of ["superuser", ["official", "root"], "resident", ""]) {
      const res = await agent.post(`/admin/gebruikers/${target.id}/rollen`, { roles });
      expect(res.statusCode, JSON.stringify(roles)).toBe(400);
      expect(res.body).toContain("Kies alleen rollen uit de lijst.");
      expect(res.body).toContain('href="#field-roles"');
    }
    const tooMany = await agent.post(`/admin/gebruikers/${target.id}/rollen`, {
      roles: Array.from({ length: 11 }, () => "official"),
    });
    expect(tooMany.statusCode).toBe(400);
    const json = await agent.postJson(`/admin/gebruikers/${target.id}/rollen`, { roles: { admin: true } });
    expect(json.statusCode).toBe(400);
    expect(await snapshot(t)).toEqual(before);
  });

  it("does not let the last admin remove their own admin role", async () => {
    const agent = await admin();
    const before = await snapshot(t);
    const res = await agent.post(`/admin/gebruikers/${t.users.admin.id}/rollen`, { roles: "moderator" });
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain("Dit is de laatste beheerder");
    expect(await snapshot(t)).toEqual(before);
  });

  it("lets an admin step down when another admin remains", async () => {
    const second = await t.newUser({ roles: ["admin"] });
    const agent = await t.agentFor(second);
    const res = await agent.post(`/admin/gebruikers/${second.id}/rollen`, {});
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe("/");
    expect(await rolesOf(t.services.db.kysely, second.id)).toEqual(["resident"]);
    expect((await agent.get("/admin/gebruikers")).statusCode).toBe(403);
  });

  it("refuses role changes for a deleted account with 409", async () => {
    const gone = await t.newUser();
    await t.services.db.kysely
      .updateTable("users")
      .set({ deleted_at: t.clock().toISOString(), email: null })
      .where("id", "=", gone.id)
      .execute();
    const agent = await admin();
    expect((await agent.get(`/admin/gebruikers/${gone.id}`)).body).toContain("Dit account is verwijderd");
    const before = await snapshot(t);
    expect((await agent.post(`/admin/gebruikers/${gone.id}/rollen`, { roles: "admin" })).statusCode).toBe(409);
    expect(await snapshot(t)).toEqual(before);
  });

  it("is for admins only", async () => {
    await expectAdminOnly(t, "GET", "/admin/gebruikers");
    await expectAdminOnly(t, "GET", `/admin/gebruikers/${t.users.resident.id}`);
    await expectAdminOnly(t, "POST", `/admin/gebruikers/${t.users.resident.id}/rollen`, { roles: "admin" });
  });
});
