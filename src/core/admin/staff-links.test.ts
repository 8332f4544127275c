// The dashboard with the real components: each staff role sees the links its work needs, and every
// link it sees opens for that role (no link to a page that then refuses).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app";
import { testDatabases } from "../../../test/support/databases";
import type { Role } from "../db/types";

const expected: Record<Exclude<Role, "resident">, { sees: string[]; not: string[] }> = {
  admin: {
    sees: ["/admin/gebruikers", "/admin/audit", "/admin/ideeen", "/admin/begroting", "/admin/gesprekken"],
    not: [],
  },
  official: {
    sees: ["/admin/ideeen", "/admin/ideeen/raad", "/admin/begroting", "/admin/gesprekken"],
    not: ["/admin/gebruikers", "/admin/ideeen/meldingen"],
  },
  moderator: {
    sees: ["/admin/ideeen/meldingen", "/admin/gesprekken"],
    not: ["/admin/begroting", "/admin/gebruikers", "/admin/ideeen/instellingen"],
  },
  council: { sees: ["/admin/ideeen/raad"], not: ["/admin/begroting", "/admin/gesprekken", "/admin/gebruikers"] },
};

const linksOf = (html: string) =>
  [...html.matchAll(/<main[\s\S]*<\/main>/g)]
    .flatMap((m) => [...m[0].matchAll(/href="(\/admin[^"#?]*)"/g)])
    .map((m) => m[1]!);

describe.each(testDatabases)("staff links on the dashboard on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(database);
  });
  afterAll(async () => {
    await t?.close();
  });

  for (const [role, { sees, not }] of Object.entries(expected)) {
    it(`shows ${role} the links for their work, and each one opens`, async () => {
      const agent = await t.agentFor(t.users[role as Role]);
      const res = await agent.get("/admin");
      expect(res.statusCode).toBe(200);
      const links = linksOf(res.body);
      for (const href of sees) expect(links, `${role} sees ${href}`).toContain(href);
      for (const href of not) expect(links, `${role} does not see ${href}`).not.toContain(href);
      for (const href of links) expect((await agent.get(href)).statusCode, `${role} opens ${href}`).toBe(200);
    });
  }

  it("names the moderation of statements for a moderator, in Dutch and English", async () => {
    const agent = await t.agentFor(t.users.moderator);
    expect((await agent.get("/admin")).body).toContain("Gesprekken: stellingen modereren");
    agent.cookies.set("inspraak_lang", "en");
    const en = await agent.get("/admin");
    expect(en.body).toContain("Conversations: moderate statements");
    expect((await (await t.agentFor(t.users.official)).get("/admin")).body).toContain("Buurtbudgetten beheren");
  });

  it("refuses a resident", async () => {
    expect((await (await t.agentFor(t.users.resident)).get("/admin")).statusCode).toBe(403);
  });
});
