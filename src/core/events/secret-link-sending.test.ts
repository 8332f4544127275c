// The outbox worker gives a secret link its token only when it sends the mail: a retry gets a new
// token (only the delivered one works) and a link that was used up meanwhile is not sent at all.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../test/support/app";
import { testDatabases } from "../../../test/support/databases";
import { useAllTokens } from "../auth/account-tokens";
import { authTestApp, IpAgent, linkInMail, mailsTo, STRONG_PASSWORD, tokenOf } from "../auth/test/helpers";
import { NOT_SENT_DEAD_LINK } from "./outbox-worker";

describe.each(testDatabases)("secret links at send time on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await authTestApp(database);
  });
  afterAll(async () => {
    await t?.close();
  });

  const requestReset = async (email: string) =>
    expect((await new IpAgent(t).post("/wachtwoord-vergeten", { email })).statusCode).toBe(303);
  const lastRow = () =>
    t.services.db.kysely.selectFrom("outbox").selectAll().orderBy("id", "desc").executeTakeFirstOrThrow();
  const resetWith = (token: string) =>
    new IpAgent(t).post("/wachtwoord-herstellen", { token, newPassword: STRONG_PASSWORD });

  it("stores the recipient's account with the mail and no token until it is sent", async () => {
    const user = await t.newUser();
    await requestReset(user.email!);
    const row = await lastRow();
    expect(row.user_id).toBe(user.id);
    expect(JSON.parse(row.payload).text).toContain("{{secret-link}}");
    expect(row.payload).not.toMatch(/token=[\w-]/);
    await t.drainOutbox();
  });

  it("arms the link again on a retry, so only the delivered link works", async () => {
    const user = await t.newUser();
    t.mail.failNext = 1;
    await requestReset(user.email!);
    await t.drainOutbox();
    expect(mailsTo(t, user.email!)).toHaveLength(0);
    const row = await lastRow();
    expect(row).toMatchObject({ status: "pending", attempts: 1 });
    t.clock.advance(31_000);
    await t.drainOutbox();
    const link = linkInMail(t, user.email!, "/wachtwoord-herstellen?token=");
    expect((await resetWith(tokenOf(link))).statusCode).toBe(303);
  });

  it("does not send a link that was used up before the mail went out, and says why", async () => {
    const user = await t.newUser();
    await requestReset(user.email!);
    await useAllTokens(t.services.db.kysely, user.id, "reset", t.clock());
    await t.drainOutbox();
    expect(mailsTo(t, user.email!)).toHaveLength(0);
    expect(await lastRow()).toMatchObject({ status: "done", last_error: NOT_SENT_DEAD_LINK });
  });

  it("does not send a link that expired while the mail waited", async () => {
    const user = await t.newUser();
    t.mail.failNext = 1;
    await requestReset(user.email!);
    await t.drainOutbox();
    t.clock.advance(61 * 60_000);
    await t.drainOutbox();
    expect(mailsTo(t, user.email!)).toHaveLength(0);
    expect(await lastRow()).toMatchObject({ status: "done", last_error: NOT_SENT_DEAD_LINK });
  });
});
