// The demo's consultations: one in its input phase with a home-page poll that has votes and a link
// to the demo's conversation, and one that is over (phases in the past, its poll closed).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build, type Built } from "../../../app";
import { loadConfig } from "../../../config";
import type { Db } from "../../../core/db/database";
import { seedDemo } from "../../../core/sites/demo";
import { testClock } from "../../../../test/support/clock";
import { capturingTransport } from "../../../../test/support/mail";
import { testDatabases } from "../../../../test/support/databases";
import { ideasComponent } from "../../ideas/manifest";
import { createOpinionsComponent } from "../../opinions/manifest";
import { consultationStatus } from "../domain/consultation-status";
import { currentPhase } from "../domain/timeline";
import { consultationsComponent } from "../manifest";
import { consultationPhases } from "../store/consultations";

describe.each(testDatabases)("the consultations demo on $name", (database) => {
  let built: Built;
  let db: Db;
  beforeAll(async () => {
    db = await database.open();
    built = await build(loadConfig({ LOG_LEVEL: "silent" }), {
      db,
      clock: testClock(),
      mail: capturingTransport(),
      workers: false,
      components: [ideasComponent, createOpinionsComponent(), consultationsComponent],
    });
    await seedDemo(built.services);
  }, 120_000);
  afterAll(async () => {
    await built?.close();
    await db?.close();
  });

  it("has a consultation in its input phase with a voted poll and the conversation linked", async () => {
    const now = built.services.clock();
    const rows = await db.kysely
      .selectFrom("consultations")
      .selectAll()
      .where("published", "=", 1)
      .orderBy("id")
      .execute();
    expect(rows).toHaveLength(2);
    const [open, closed] = rows;
    const phases = await consultationPhases(db.kysely, open!.id);
    expect(phases[currentPhase(phases, now)!]!.name).toBe("Inbreng");
    const poll = await db.kysely
      .selectFrom("polls")
      .selectAll()
      .where("consultation_id", "=", open!.id)
      .executeTakeFirstOrThrow();
    expect(poll).toMatchObject({ on_home: 1, published: 1, closed_at: null });
    const votes = await db.kysely.selectFrom("poll_votes").select("id").where("poll_id", "=", poll.id).execute();
    expect(votes.length).toBeGreaterThanOrEqual(20);
    const link = await db.kysely
      .selectFrom("consultation_links")
      .selectAll()
      .where("consultation_id", "=", open!.id)
      .execute();
    expect(link.map((l) => l.kind)).toEqual(["opinions"]);
    const conversation = await db.kysely
      .selectFrom("opinion_conversations")
      .select(["site_id", "closes_at"])
      .where("id", "=", link[0]!.target_id)
      .executeTakeFirstOrThrow();
    expect(conversation.site_id).toBe(open!.site_id);
    expect(conversation.closes_at === null || conversation.closes_at > now.toISOString()).toBe(true);

    expect(consultationStatus(await consultationPhases(db.kysely, closed!.id), now)).toBe("closed");
    const closedPoll = await db.kysely
      .selectFrom("polls")
      .selectAll()
      .where("consultation_id", "=", closed!.id)
      .executeTakeFirstOrThrow();
    expect(closedPoll.closed_at).not.toBeNull();
  });
});
