// The demo district's meetings: a past one with minutes and outcomes, an upcoming full one with a
// waiting list whose counter equals its rows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build, type Built } from "../../../app";
import { loadConfig } from "../../../config";
import type { Db } from "../../../core/db/database";
import { seedDemo } from "../../../core/sites/demo";
import { testClock } from "../../../../test/support/clock";
import { capturingTransport } from "../../../../test/support/mail";
import { testDatabases } from "../../../../test/support/databases";
import { ideasComponent } from "../../ideas/manifest";
import { meetingsComponent } from "../manifest";
import { storedBoundary } from "../../../core/places/boundary";
import { multiPolygonContains } from "../../../core/places/geometry";
import { fromE6 } from "../../../core/places/point";

describe.each(testDatabases)("the meetings demo on $name", (database) => {
  let built: Built;
  let db: Db;
  beforeAll(async () => {
    db = await database.open();
    built = await build(loadConfig({ LOG_LEVEL: "silent" }), {
      db,
      clock: testClock(),
      mail: capturingTransport(),
      workers: false,
      components: [ideasComponent, meetingsComponent],
    });
    await seedDemo(built.services);
  });
  afterAll(async () => {
    await built?.close();
    await db?.close();
  });

  it("has a past meeting with minutes and outcomes and an upcoming one with a waiting list", async () => {
    const now = built.services.clock().toISOString();
    const meetings = await db.kysely.selectFrom("meetings").selectAll().orderBy("starts_at").execute();
    const past = meetings.find((m) => m.ends_at <= now)!;
    const upcoming = meetings.find((m) => m.starts_at > now)!;
    expect(past.minutes).toBeTruthy();
    expect(past.attendees).toBeGreaterThan(0);
    const outcomes = await db.kysely
      .selectFrom("meeting_outcomes")
      .select("id")
      .where("meeting_id", "=", past.id)
      .execute();
    expect(outcomes.length).toBeGreaterThan(0);
    const rows = await db.kysely
      .selectFrom("meeting_registrations")
      .select("status")
      .where("meeting_id", "=", upcoming.id)
      .execute();
    const confirmed = rows.filter((r) => r.status === "confirmed").length;
    expect(confirmed).toBe(upcoming.capacity);
    expect(upcoming.confirmed_count).toBe(confirmed);
    expect(rows.filter((r) => r.status === "waiting").length).toBeGreaterThan(0);
    const page = await built.app.inject({ url: `/bijeenkomsten/${past.id}`, headers: { host: "localhost" } });
    expect(page.statusCode).toBe(200);
  });

  it("has paper supports on one idea, from a batch naming the past meeting (docs/paper.md)", async () => {
    const now = built.services.clock().toISOString();
    const past = (await db.kysely.selectFrom("meetings").selectAll().orderBy("starts_at").execute()).find(
      (m) => m.ends_at <= now,
    )!;
    const batches = await db.kysely.selectFrom("paper_batches").selectAll().execute();
    expect(batches.map((b) => [b.kind, b.meeting_id])).toEqual([["meeting", past.id]]);
    const lines = await db.kysely.selectFrom("idea_paper_supports").select("idea_id").execute();
    expect(lines.length).toBe(5);
    const idea = await db.kysely
      .selectFrom("ideas")
      .select(["id", "paper_support_count"])
      .where("id", "=", lines[0]!.idea_id)
      .executeTakeFirstOrThrow();
    expect(idea.paper_support_count).toBe(5);
    const page = await built.app.inject({ url: `/ideeen/${idea.id}`, headers: { host: "localhost" } });
    expect(page.body).toContain("waarvan 5 op papier");
  });

  it("gives every demo meeting a location inside its area's boundary", async () => {
    const meetings = await db.kysely
      .selectFrom("meetings")
      .innerJoin("areas", "areas.id", "meetings.area_id")
      .select(["meetings.location_lat_e6", "meetings.location_lng_e6", "areas.boundary"])
      .execute();
    expect(meetings.length).toBe(2);
    for (const m of meetings) {
      const shape = storedBoundary(m.boundary);
      expect(shape).not.toBeNull();
      const point = { lat: fromE6(m.location_lat_e6!), lng: fromE6(m.location_lng_e6!) };
      expect(multiPolygonContains(shape!, point)).toBe(true);
    }
  });
});
