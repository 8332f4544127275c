import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { expectAdminOnly, snapshot } from "../test/fixtures";

const valid = {
  name: "Stadsdeel Teststad-Oost",
  languages: "en,nl",
  themeClass: "voorbeeld-theme",
  councilName: "Commissie Oost",
  councilEmails: "commissie@oost.example\nGriffie@oost.example",
  accessibilityNl: "Wij doen ons best.\n\nTweede alinea.",
  accessibilityEn: "We do our best.",
  privacyNl: "Wij bewaren weinig.",
  privacyEn: "We keep little.",
};

describe.each(testDatabases)("admin site settings on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(database);
  });
  afterAll(async () => {
    await t?.close();
  });

  const site = () =>
    t.services.db.kysely.selectFrom("sites").selectAll().where("id", "=", t.site.id).executeTakeFirstOrThrow();

  it("shows the current settings in a form with labels", async () => {
    const res = await (await t.agentFor(t.users.admin)).get("/admin/site");
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('value="Teststad"');
    expect(res.body).toContain('<label class="utrecht-form-label" for="field-councilEmails">');
    expect(res.body).toContain("raad@teststad.example");
    expect(res.body).toContain('href="/admin/site/hosts"');
  });

  it("refuses bad input with 400, shows the errors and changes nothing", async () => {
    const agent = await t.agentFor(t.users.admin);
    const cases: [Record<string, string>, string, string][] = [
      [{ name: "  " }, "name", "Vul de naam van de website in."],
      [{ name: "x".repeat(101) }, "name", "hoogstens 100 tekens"],
      [{ languages: "de" }, "languages", "Kies een van de talen"],
      [{ languages: "nl,nl" }, "languages", "Kies een van de talen"],
      [{ themeClass: "../evil" }, "themeClass", "Kies een huisstijl"],
      [{ councilEmails: "raad@x.nl\ngeen adres" }, "councilEmails", "Controleer de e-mailadressen"],
      [
        { councilEmails: Array.from({ length: 21 }, (_, i) => `r${i}@x.nl`).join("\n") },
        "councilEmails",
        "hoogstens 20",
      ],
      [{ privacyEn: "x".repeat(20_001) }, "privacyEn", "Deze tekst is te lang"],
    ];
    const before = await snapshot(t);
    for (const [change, field, message] of cases) {
      const res = await agent.post("/admin/site", { ...valid, ...change });
      expect(res.statusCode, field).toBe(400);
      expect(res.body, field).toContain(`href="#field-${field}"`);
      expect(res.body, field).toContain(message);
      expect(res.body.match(/<h1/g)).toHaveLength(1);
    }
    const { accessibilityNl: _omitted, ...missing } = valid;
    void _omitted;
    expect((await agent.post("/admin/site", missing)).statusCode).toBe(400);
    expect((await agent.postJson("/admin/site", { ...valid, name: ["a", "b"] })).statusCode).toBe(400);
    expect((await agent.post("/admin/site", { ...valid, privacyNl: "x".repeat(300_000) })).statusCode).toBe(413);
    expect(await snapshot(t)).toEqual(before);
  });

  it("saves the settings, audits the change and shows it on the next page at once", async () => {
    const agent = await t.agentFor(t.users.admin);
    await agent.get("/"); // fill the site cache with the old name
    const res = await agent.post("/admin/site", valid);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe("/admin/site");
    expect(await site()).toMatchObject({
      name: valid.name,
      languages: "en,nl",
      council_name: "Commissie Oost",
      council_emails: "commissie@oost.example\ngriffie@oost.example",
      accessibility_nl: "Wij doen ons best.\n\nTweede alinea.",
    });
    const page = await agent.get("/admin/site");
    expect(page.body).toContain('<html lang="en"'); // English is now the site's default language
    expect(page.body).toContain(`${valid.name}</a>`);
    expect(page.body).toContain("The settings have been saved.");
    const entry = await t.services.db.kysely
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "site.updated")
      .executeTakeFirstOrThrow();
    expect(entry.actor_user_id).toBe(t.users.admin.id);
    expect(JSON.parse(entry.details).fields).toEqual(
      expect.arrayContaining(["name", "languages", "councilEmails", "privacyEn"]),
    );
    expect(JSON.parse(entry.details).fields).not.toContain("themeClass");
    const statement = await agent.get("/toegankelijkheid");
    expect(statement.body).toContain("We do our best.");
  });

  it("is for admins only", async () => {
    await expectAdminOnly(t, "GET", "/admin/site");
    await expectAdminOnly(t, "POST", "/admin/site", valid);
  });
});
