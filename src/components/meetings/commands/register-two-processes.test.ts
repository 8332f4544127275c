// The waiting list under real concurrency: 50 people register at the same moment for the last 20
// places. PostgreSQL: through TWO app processes (`inspraak serve`) on one database. SQLite (one
// process by design): 50 concurrent requests in-process. Either way: exactly 20 get a place, 30
// wait, the counter equals the rows, and each person gets exactly one mail saying which.
import crypto from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import type { Db } from "../../../core/db/database";
import { createSite } from "../../../core/sites/store";
import { postAllAtOnce, residentsWithSessions } from "../../../../test/support/concurrent-posts";
import { testDatabases } from "../../../../test/support/databases";
import { meetingsComponent } from "../manifest";
import { meetingInput } from "../test/factories";

const N = 50;
const CAPACITY = 25;
const TAKEN = 5; // so 20 places are left

/** A site, a meeting with 25 places of which 5 are taken, and 50 residents with sessions. */
async function prepare(db: Db, now: Date) {
  const k = db.kysely;
  const site = await createSite(
    k,
    {
      slug: "conc",
      name: "Gelijktijdig",
      hosts: ["127.0.0.1", "localhost"],
      isDefault: true,
      councilName: "Raad",
      councilEmails: [],
    },
    now,
  );
  const m = meetingInput({
    capacity: CAPACITY,
    startsAt: new Date(now.getTime() + 7 * 86_400_000).toISOString(),
    endsAt: new Date(now.getTime() + 7 * 86_400_000 + 7_200_000).toISOString(),
  });
  const meeting = await k
    .insertInto("meetings")
    .values({
      site_id: site.id,
      area_id: null,
      uid: `${crypto.randomUUID()}@inspraak`,
      sequence: 0,
      status: "scheduled",
      title: m.title,
      description: m.description,
      kind: m.kind,
      starts_at: m.startsAt,
      ends_at: m.endsAt,
      place: m.place,
      online_url: null,
      wheelchair: 1,
      hearing_loop: 0,
      sign_language: 0,
      organiser: m.organiser,
      related_url: null,
      related_label: null,
      registration: "required",
      capacity: CAPACITY,
      guests_allowed: 1,
      confirmed_count: TAKEN,
      minutes: null,
      attendees: null,
      created_by: null,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
      cancelled_at: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await k
    .insertInto("meeting_registrations")
    .values(
      Array.from({ length: TAKEN }, (_, i) => ({
        meeting_id: meeting.id,
        user_id: null,
        name: `Eerder ${i}`,
        email: `eerder${i}@conc.example`,
        language: "nl" as const,
        status: "confirmed" as const,
        dietary: "",
        interpreter: 0,
        remarks: "",
        link_seed: `seed${i}`,
        created_at: now.toISOString(),
        placed_at: now.toISOString(),
      })),
    )
    .execute();
  const sessions = await residentsWithSessions(db, site.id, N, now);
  return { path: `/bijeenkomsten/${meeting.id}/aanmelden`, sessions, subject: meeting.id };
}

async function verify(db: Db, id: number): Promise<void> {
  const k = db.kysely;
  const rows = await k
    .selectFrom("meeting_registrations")
    .select(["email", "status"])
    .where("meeting_id", "=", id)
    .execute();
  const fresh = rows.filter((r) => r.email.startsWith("c"));
  expect(fresh.filter((r) => r.status === "confirmed")).toHaveLength(CAPACITY - TAKEN);
  expect(fresh.filter((r) => r.status === "waiting")).toHaveLength(N - (CAPACITY - TAKEN));
  const meeting = await k
    .selectFrom("meetings")
    .select("confirmed_count")
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  expect(meeting.confirmed_count).toBe(CAPACITY);
  expect(rows.filter((r) => r.status === "confirmed")).toHaveLength(CAPACITY);
  // One mail per person, saying what they got.
  const mails = (await k.selectFrom("outbox").select("payload").where("kind", "=", "mail").execute()).map(
    (r) => JSON.parse(r.payload) as { to: string; subject: string },
  );
  expect(mails).toHaveLength(N);
  for (const r of fresh) {
    const own = mails.filter((m) => m.to === r.email);
    expect(own).toHaveLength(1);
    expect(own[0]!.subject.startsWith(r.status === "confirmed" ? "Aangemeld" : "Wachtlijst")).toBe(true);
  }
}

describe.each(testDatabases)("50 people register at once for the last 20 places on $name", (database) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c().catch(() => {});
  });

  it("gives exactly 20 places and puts 30 on the waiting list", async () => {
    await postAllAtOnce({ database, component: meetingsComponent, prepare, verify, cleanups });
  }, 600_000);
});
