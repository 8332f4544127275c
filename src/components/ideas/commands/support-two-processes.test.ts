// The integrity promise under real concurrency: 300 residents support one idea (threshold 100) at
// the same moment. PostgreSQL: through TWO app processes (`inspraak serve`) on one database.
// SQLite (one process by design): 300 concurrent requests in-process. Either way: exactly one
// forwarding, one set of mails, and the counter equals the support rows.
import { afterAll, describe, expect, it } from "vitest";
import { build } from "../../../app";
import { loadConfig } from "../../../config";
import type { Db } from "../../../core/db/database";
import { processOutboxOnce } from "../../../core/events/outbox-worker";
import { createSite, addArea } from "../../../core/sites/store";
import { createUser } from "../../../core/auth/users";
import { capturingTransport } from "../../../../test/support/mail";
import { postAllAtOnce, residentsWithSessions } from "../../../../test/support/concurrent-posts";
import { testDatabases } from "../../../../test/support/databases";
import { publishIdea, submitIdea } from "./submit-idea";
import { FORWARDED_EVENT } from "./change-state";
import { ideasComponent } from "../manifest";
import { asCurrentUser } from "../test/factories";

const N = 300;
const THRESHOLD = 100;

/** A site, a process with threshold 100, one published idea and 300 residents with sessions. */
async function prepare(db: Db, now: Date) {
  const k = db.kysely;
  const site = await createSite(
    k,
    {
      slug: "conc",
      name: "Gelijktijdig",
      hosts: ["127.0.0.1", "localhost"],
      isDefault: true,
      councilName: "Commissie",
      councilEmails: ["commissie@conc.example"],
    },
    now,
  );
  const area = await addArea(k, site.id, "Centrum", "1000-1099");
  await k
    .insertInto("idea_processes")
    .values({
      site_id: site.id,
      title: "Ronde",
      active: 1,
      threshold: THRESHOLD,
      support_days: 90,
      response_days: 42,
      support_rule: "verified",
      count_after_threshold: 1,
      council_name: "Commissie",
      council_emails: "commissie@conc.example",
      created_at: now.toISOString(),
    })
    .execute();
  const author = await createUser(
    k,
    {
      siteId: site.id,
      email: "auteur@conc.example",
      password: "correct horse battery",
      displayName: "Auteur",
      verified: true,
    },
    now,
  );
  const services = { db, clock: () => now, kickOutbox() {} } as never;
  const id = await submitIdea(services, site, asCurrentUser(author), {
    title: "Samen tegelijk",
    body: "Een idee dat 300 mensen tegelijk steunen.",
    areaId: area.id,
    category: null,
  });
  await publishIdea(services, site, asCurrentUser(author), id);
  const sessions = await residentsWithSessions(db, site.id, N, now);
  return { path: `/ideeen/${id}/steunen`, sessions, subject: id };
}

async function verify(db: Db, id: number): Promise<void> {
  const k = db.kysely;
  const idea = await k
    .selectFrom("ideas")
    .select(["state", "support_count"])
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  const rows = Number(
    (
      await k
        .selectFrom("idea_supports")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("idea_id", "=", id)
        .executeTakeFirstOrThrow()
    ).n,
  );
  const forwards = await k
    .selectFrom("idea_events")
    .select("id")
    .where("idea_id", "=", id)
    .where("to_state", "=", "forwarded")
    .execute();
  const outbox = Number(
    (
      await k
        .selectFrom("outbox")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("kind", "=", FORWARDED_EVENT)
        .executeTakeFirstOrThrow()
    ).n,
  );
  expect(idea).toEqual({ state: "forwarded", support_count: N });
  expect(rows).toBe(N);
  expect(forwards).toHaveLength(1);
  expect(outbox).toBe(1);
  // One set of mails: deliver the outbox once and count what the council and the author got.
  const mail = capturingTransport();
  const built = await build(loadConfig({ LOG_LEVEL: "silent" }), {
    db,
    mail,
    workers: false,
    components: [ideasComponent],
    migrate: false,
  });
  while ((await processOutboxOnce(built.services)) > 0) {
    /* drain */
  }
  await built.close();
  expect(mail.sent.filter((m) => m.to === "commissie@conc.example")).toHaveLength(1);
  expect(mail.sent.filter((m) => m.to === "auteur@conc.example" && m.text.includes("genoeg steun"))).toHaveLength(1);
  expect(
    mail.sent.filter((m) => m.to === "c0@conc.example" && m.text.includes("genoeg steun")).length,
  ).toBeLessThanOrEqual(1);
}

describe.each(testDatabases)("300 concurrent supports at threshold 100 on $name", (database) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c().catch(() => {});
  });

  it("forward once, mail once, and count every support exactly once", async () => {
    await postAllAtOnce({ database, component: ideasComponent, prepare, verify, cleanups });
  }, 600_000);
});
