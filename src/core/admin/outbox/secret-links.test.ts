// Security finding "live reset and verification links readable in the outbox": an admin who opens
// a mail in /admin/outbox must find nothing there that resets or verifies another person's account,
// and the opening itself is audited. Only the worker, at send time, ever holds the working link.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_PASSWORD, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import {
  authTestApp,
  IpAgent,
  linkInMail,
  logInWithForm,
  STRONG_PASSWORD,
  tokenOf,
  userRow,
} from "../../auth/test/helpers";

/** Everything in a text that could be a token: query values and long base64url runs. */
function tokenCandidates(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/token=([^\s"&<]+)/g)) found.add(decodeURIComponent(m[1]!));
  for (const m of text.matchAll(/[A-Za-z0-9_-]{20,}/g)) found.add(m[0]);
  return [...found];
}

describe.each(testDatabases)("secret links and the admin outbox on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await authTestApp(database);
  });
  afterAll(async () => {
    await t?.close();
  });

  const latestMailTo = (email: string) =>
    t.services.db.kysely
      .selectFrom("outbox")
      .selectAll()
      .where("payload", "like", `%${email}%`)
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();

  /** Tries every candidate as a reset token; none may change the password. */
  async function expectNoWorkingResetToken(texts: string[], userId: number) {
    const before = (await userRow(t, userId)).password_hash;
    for (const candidate of texts.flatMap(tokenCandidates)) {
      const res = await new IpAgent(t).post("/wachtwoord-herstellen", {
        token: candidate,
        newPassword: "de beheerder neemt het over",
      });
      expect(res.statusCode, candidate).toBe(400);
    }
    expect((await userRow(t, userId)).password_hash).toBe(before);
  }

  it("shows an admin a reset mail without a working link, before and after sending, and audits the view", async () => {
    const victim = await t.newUser({ email: "slachtoffer@example.org" });
    expect((await new IpAgent(t).post("/wachtwoord-vergeten", { email: victim.email! })).statusCode).toBe(303);
    const row = await latestMailTo(victim.email!);
    const admin = await t.agentFor(t.users.admin);

    const list = await admin.get("/admin/outbox");
    const pending = await admin.get(`/admin/outbox/${row.id}`);
    expect(pending.statusCode).toBe(200);
    expect(pending.body).toContain("slachtoffer@example.org");
    expect(pending.body).toContain("alleen de ontvanger");
    expect(pending.body).not.toMatch(/wachtwoord-herstellen\?token=/);
    await expectNoWorkingResetToken([list.body, pending.body, row.payload], victim.id);

    const entries = await t.services.db.kysely
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "outbox.viewed")
      .execute();
    expect(entries).toEqual([
      expect.objectContaining({ subject: `outbox:${row.id}`, actor_user_id: t.users.admin.id, site_id: t.site.id }),
    ]);

    // Sending renders the working link for the recipient only; the stored row still holds none.
    await t.drainOutbox();
    const link = linkInMail(t, victim.email!, "/wachtwoord-herstellen?token=");
    const sent = await admin.get(`/admin/outbox/${row.id}`);
    const stored = await latestMailTo(victim.email!);
    expect(stored.status).toBe("done");
    expect(sent.body).not.toContain(tokenOf(link));
    expect(stored.payload).not.toContain(tokenOf(link));
    await expectNoWorkingResetToken([sent.body, stored.payload], victim.id);

    // The recipient's link works.
    const reset = await new IpAgent(t).post("/wachtwoord-herstellen", {
      token: tokenOf(link),
      newPassword: STRONG_PASSWORD,
    });
    expect(reset.statusCode).toBe(303);
    expect((await logInWithForm(new IpAgent(t), victim.email!, STRONG_PASSWORD)).statusCode).toBe(303);
    expect((await logInWithForm(new IpAgent(t), victim.email!, TEST_PASSWORD)).statusCode).toBe(400);
  });

  it("hides the verification link of a new account from the admin too", async () => {
    const res = await new IpAgent(t).post("/registreren", {
      email: "nieuw-lid@example.org",
      displayName: "Nieuw Lid",
      password: STRONG_PASSWORD,
    });
    expect(res.statusCode).toBe(303);
    const row = await latestMailTo("nieuw-lid@example.org");
    const page = await (await t.agentFor(t.users.admin)).get(`/admin/outbox/${row.id}`);
    expect(page.body).not.toMatch(/bevestigen\?token=/);
    for (const candidate of [page.body, row.payload].flatMap(tokenCandidates)) {
      expect((await new IpAgent(t).post("/account/bevestigen", { token: candidate })).statusCode, candidate).toBe(400);
    }
    const user = await t.services.db.kysely
      .selectFrom("users")
      .select("email_verified_at")
      .where("email", "=", "nieuw-lid@example.org")
      .executeTakeFirstOrThrow();
    expect(user.email_verified_at).toBeNull();
  });
});
