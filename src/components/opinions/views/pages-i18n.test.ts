import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { seedOpinionsDemo } from "../commands/seed-demo";
import { insertStatement } from "../store/statements";
import { opinionsTestApp } from "../test/factories";

describe.each(testDatabases)("opinions pages in both languages on $name", (database) => {
  let t: TestApp;
  let id = 0;
  beforeAll(async () => {
    t = await opinionsTestApp(database);
    await seedOpinionsDemo(t.services, t.site.id);
    const row = await t.services.db.kysely
      .selectFrom("opinion_conversations")
      .select("id")
      .where("imported", "=", 0)
      .executeTakeFirstOrThrow();
    id = row.id;
    await insertStatement(t.services.db.kysely, id, { text: "Wachtende stelling", status: "pending" }, t.clock());
  });
  afterAll(async () => {
    await t?.close();
  });

  for (const lang of ["nl", "en"] as const) {
    it(`renders every page in ${lang} with one h1 and no missing texts`, async () => {
      const visitor = t.agent();
      const admin = await t.agentFor(t.users.admin);
      await visitor.get(`/taal/${lang}`);
      await admin.get(`/taal/${lang}`);
      const pages = [
        [visitor, "/gesprekken"],
        [visitor, `/gesprekken/${id}`],
        [visitor, `/gesprekken/${id}/mijn-antwoorden`],
        [visitor, `/gesprekken/${id}/resultaten`],
        [admin, "/admin/gesprekken"],
        [admin, "/admin/gesprekken/nieuw"],
        [admin, `/admin/gesprekken/${id}`],
        [admin, `/admin/gesprekken/${id}/moderatie`],
        [admin, "/admin/gesprekken/importeren"],
      ] as const;
      for (const [agent, path] of pages) {
        const res = await agent.get(path);
        expect(res.statusCode, path).toBe(200);
        expect(res.body, path).toContain(`<html lang="${lang}"`);
        expect(res.body.match(/<h1/g), path).toHaveLength(1);
        expect(res.body, path).not.toMatch(/opinions\.[a-z]+\.[a-zA-Z.]+/);
      }
    });
  }
});
