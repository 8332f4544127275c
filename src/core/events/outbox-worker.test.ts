import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app";
import { testDatabases } from "../../../test/support/databases";
import { decodeQuotedPrintable, startSmtpServer } from "../../../test/support/smtp";
import { queueMail } from "../mail/queue";
import { renderMail } from "../mail/render";
import { createMailTransport } from "../mail/transport";
import { MAX_ATTEMPTS, retryDelaySeconds } from "./backoff";
import { processOutboxOnce } from "./outbox-worker";

const mail = (to: string, subject: string) =>
  renderMail({
    to,
    subject,
    lang: "nl",
    greeting: "Beste bewoner,",
    paragraphs: ["Een bericht <b>met</b> tekens."],
    action: { label: "Bekijk het", url: "http://localhost:3000/x?a=1&b=2" },
    footer: "U krijgt deze mail omdat u meedoet.",
  });

describe("retry schedule", () => {
  it("doubles from 30 seconds and is capped at 6 hours", () => {
    expect([1, 2, 3, 4].map(retryDelaySeconds)).toEqual([30, 60, 120, 240]);
    expect(retryDelaySeconds(MAX_ATTEMPTS)).toBe(6 * 3600);
  });
});

describe.each(testDatabases)("outbox on $name with a real SMTP server", (database) => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp(database, {
      mail: createMailTransport(smtp.url, "Inspraak <noreply@test.example>", pino({ level: "silent" })),
    });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it("sends a queued mail only after commit, as text and HTML", async () => {
    const db = t.services.db.kysely;
    await db.transaction().execute(async (trx) => {
      await queueMail(trx, t.site.id, mail("a@example.org", "Eerste"), t.clock());
      expect(smtp.received).toHaveLength(0);
    });
    await processOutboxOnce(t.services);
    expect(smtp.received).toHaveLength(1);
    const raw = decodeQuotedPrintable(smtp.received[0]!.raw);
    expect(smtp.received[0]!.to).toEqual(["a@example.org"]);
    expect(raw).toContain("Subject: Eerste");
    expect(raw).toContain("text/plain");
    expect(raw).toContain("text/html");
    expect(raw).toContain("&#60;b&#62;met&#60;/b&#62;");
    const row = await db.selectFrom("outbox").selectAll().where("kind", "=", "mail").executeTakeFirstOrThrow();
    expect(row.status).toBe("done");
  });

  it("keeps nothing when the transaction rolls back", async () => {
    const db = t.services.db.kysely;
    const before = await db.selectFrom("outbox").select(db.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    await expect(
      db.transaction().execute(async (trx) => {
        await queueMail(trx, t.site.id, mail("b@example.org", "Teruggedraaid"), t.clock());
        throw new Error("the change fails");
      }),
    ).rejects.toThrow("the change fails");
    const after = await db.selectFrom("outbox").select(db.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it("retries with back-off when the SMTP server refuses, and loses nothing", async () => {
    const db = t.services.db.kysely;
    const sentBefore = smtp.received.length;
    await queueMail(db, t.site.id, mail("c@example.org", "Later"), t.clock());
    smtp.rejectNext = 1;
    await processOutboxOnce(t.services);
    const failed = await db
      .selectFrom("outbox")
      .selectAll()
      .where("payload", "like", "%Later%")
      .executeTakeFirstOrThrow();
    expect(failed.status).toBe("pending");
    expect(failed.attempts).toBe(1);
    expect(failed.last_error).toBeTruthy();
    expect(Date.parse(failed.next_attempt_at) - t.clock().getTime()).toBe(30_000);
    await processOutboxOnce(t.services); // not due yet
    expect(smtp.received.length).toBe(sentBefore);
    t.clock.advance(31_000);
    await processOutboxOnce(t.services);
    expect(smtp.received.length).toBe(sentBefore + 1);
  });

  it("gives up after the last attempt and marks the row failed", async () => {
    const db = t.services.db.kysely;
    await queueMail(db, t.site.id, mail("d@example.org", "Nooit"), t.clock());
    smtp.rejectNext = MAX_ATTEMPTS;
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await processOutboxOnce(t.services);
      t.clock.advance(7 * 3600 * 1000);
    }
    const row = await db.selectFrom("outbox").selectAll().where("payload", "like", "%Nooit%").executeTakeFirstOrThrow();
    expect(row.status).toBe("failed");
    expect(row.attempts).toBe(MAX_ATTEMPTS);
  });

  it("sends each mail once when several workers run at the same time", async () => {
    const db = t.services.db.kysely;
    const sentBefore = smtp.received.length;
    for (let i = 0; i < 30; i++) await queueMail(db, t.site.id, mail(`p${i}@example.org`, `Parallel ${i}`), t.clock());
    await Promise.all(
      [1, 2, 3].map(async () => {
        while ((await processOutboxOnce(t.services)) > 0) {
          /* drain */
        }
      }),
    );
    const subjects = smtp.received.slice(sentBefore).map((m) => /Subject: (Parallel \d+)/.exec(m.raw)?.[1]);
    expect(subjects).toHaveLength(30);
    expect(new Set(subjects).size).toBe(30);
  });
});
