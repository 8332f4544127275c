import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { loadAnalysis } from "../store/analyses";
import { opinionsTestApp } from "../test/factories";
import { SEATTLE_TOPIC, seedOpinionsDemo } from "./seed-demo";
import { PARKING_STATEMENTS, PARKING_TOPIC } from "./seed-parking";

describe.each(testDatabases)("opinions demo seed on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await opinionsTestApp(database);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("opens the parking conversation with its statements and a map of two or three groups", async () => {
    await seedOpinionsDemo(t.services, t.site.id);
    const db = t.services.db.kysely;
    const parking = await db
      .selectFrom("opinion_conversations")
      .selectAll()
      .where("topic", "=", PARKING_TOPIC)
      .executeTakeFirstOrThrow();
    const statements = await db
      .selectFrom("opinion_statements")
      .select("id")
      .where("conversation_id", "=", parking.id)
      .execute();
    expect(statements).toHaveLength(PARKING_STATEMENTS.length);
    expect(PARKING_STATEMENTS.length).toBeGreaterThanOrEqual(15);
    const analysis = await loadAnalysis(db, parking.id);
    expect(analysis!.result.groups.length).toBeGreaterThanOrEqual(2);
    expect(analysis!.result.groups.length).toBeLessThanOrEqual(3);
    const page = await t.agent().get(`/gesprekken/${parking.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('name="vote" value="agree"');
    const report = await t.agent().get(`/gesprekken/${parking.id}/resultaten`);
    expect(report.body).toContain("<svg");
  });

  it("imports the real Seattle conversation (bundled) as a closed one with its map", async () => {
    const db = t.services.db.kysely;
    const seattle = await db
      .selectFrom("opinion_conversations")
      .selectAll()
      .where("topic", "=", SEATTLE_TOPIC)
      .executeTakeFirstOrThrow();
    expect(seattle.imported).toBe(1);
    const analysis = await loadAnalysis(db, seattle.id);
    expect(analysis!.result.groups.length).toBeGreaterThanOrEqual(2);
  });
});
