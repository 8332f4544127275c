import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { decodeQuotedPrintable, startSmtpServer } from "../../../../test/support/smtp";
import { createMailTransport } from "../../mail/transport";
import { findUserByEmail } from "../users";
import { IpAgent, STRONG_PASSWORD } from "../test/helpers";

describe.each(testDatabases)("verification mail through a real SMTP server on $name", (database) => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp(database, {
      mail: createMailTransport(smtp.url, "Teststad <noreply@teststad.example>", pino({ level: "silent" })),
      env: { TRUST_PROXY: "1" },
    });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  const register = (email: string) =>
    new IpAgent(t).post("/registreren", { email, displayName: "Post Bode", password: STRONG_PASSWORD });

  it("delivers the verification mail, and its link confirms the address", async () => {
    expect((await register("smtp@example.org")).statusCode).toBe(303);
    await t.drainOutbox();
    const mail = smtp.received.find((m) => m.to.includes("smtp@example.org"));
    expect(mail).toBeDefined();
    expect(mail!.from).toBe("noreply@teststad.example");
    const text = decodeQuotedPrintable(mail!.raw);
    expect(text).toContain("Bevestig uw e-mailadres");
    const token = /\/account\/bevestigen\?token=([\w-]+)/.exec(text)![1]!;
    const agent = new IpAgent(t);
    expect((await agent.post("/account/bevestigen", { token })).statusCode).toBe(303);
    expect(
      (await findUserByEmail(t.services.db.kysely, t.site.id, "smtp@example.org"))!.email_verified_at,
    ).not.toBeNull();
  });

  it("delivers a working reset link to the SMTP server, while the outbox row never held it", async () => {
    const user = await t.newUser({ email: "herstel@example.org" });
    expect((await new IpAgent(t).post("/wachtwoord-vergeten", { email: user.email! })).statusCode).toBe(303);
    const row = await t.services.db.kysely
      .selectFrom("outbox")
      .select(["id", "payload"])
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    await t.drainOutbox();
    const mail = smtp.received.find((m) => m.to.includes("herstel@example.org"));
    expect(mail).toBeDefined();
    const text = decodeQuotedPrintable(mail!.raw);
    const token = /\/wachtwoord-herstellen\?token=([\w-]+)/.exec(text)![1]!;
    const stored = await t.services.db.kysely
      .selectFrom("outbox")
      .select("payload")
      .where("id", "=", row.id)
      .executeTakeFirstOrThrow();
    expect(row.payload).not.toContain(token);
    expect(stored.payload).not.toContain(token);
    const res = await new IpAgent(t).post("/wachtwoord-herstellen", { token, newPassword: STRONG_PASSWORD });
    expect(res.statusCode).toBe(303);
    await t.drainOutbox(); // the "password changed" notice, so the next test starts empty
  });

  it("keeps the mail when the server refuses it, and delivers it on a later try", async () => {
    smtp.rejectNext = 1;
    const before = smtp.received.length;
    expect((await register("later@example.org")).statusCode).toBe(303);
    await t.drainOutbox();
    expect(smtp.received.length).toBe(before);
    const row = await t.services.db.kysely
      .selectFrom("outbox")
      .selectAll()
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: "pending", attempts: 1 });
    expect(row.last_error).toContain("try again");
    await t.drainOutbox();
    expect(smtp.received.length).toBe(before);
    t.clock.advance(31_000);
    await t.drainOutbox();
    expect(smtp.received.map((m) => m.to[0])).toContain("later@example.org");
    const done = await t.services.db.kysely
      .selectFrom("outbox")
      .select(["status", "attempts"])
      .where("id", "=", row.id)
      .executeTakeFirstOrThrow();
    expect(done).toEqual({ status: "done", attempts: 2 });
  });
});
