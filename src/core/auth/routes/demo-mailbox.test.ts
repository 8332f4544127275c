// The demo without a mail server: each account reads its own mail at /account/post, so a resident
// can confirm their address while the admin outbox still hides the link. Nowhere else does the page exist.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { DEMO_MAILBOX_SIZE } from "../../mail/demo-mailbox";
import { authTestApp, IpAgent, logInWithForm, STRONG_PASSWORD, tokenOf } from "../test/helpers";

describe.each(testDatabases)("demo mailbox on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(database, { demo: true, env: { TRUST_PROXY: "true" } });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("lets a new resident read their own verification mail and confirm their address", async () => {
    const agent = new IpAgent(t);
    const registered = await agent.post("/registreren", {
      email: "demo-bewoner@example.org",
      displayName: "Demo Bewoner",
      password: STRONG_PASSWORD,
    });
    expect(registered.statusCode).toBe(303);
    expect((await agent.get("/registreren/verstuurd")).body).toContain('href="/account/post"');
    await t.drainOutbox();
    expect((await logInWithForm(agent, "demo-bewoner@example.org", STRONG_PASSWORD)).statusCode).toBe(303);
    expect((await agent.get("/account")).body).toContain('href="/account/post"');
    const post = await agent.get("/account/post");
    expect(post.statusCode).toBe(200);
    expect(post.headers["cache-control"]).toBe("no-store");
    expect(post.body).toContain("Bevestig");
    const link = /href="http:\/\/localhost:3000(\/account\/bevestigen\?token=[\w-]+)"/.exec(post.body)?.[1];
    expect(link).toBeDefined();
    expect((await agent.get(link!)).statusCode).toBe(200);
    expect((await agent.post("/account/bevestigen", { token: tokenOf(link!) })).statusCode).toBe(303);
    const user = await t.services.db.kysely
      .selectFrom("users")
      .select("email_verified_at")
      .where("email", "=", "demo-bewoner@example.org")
      .executeTakeFirstOrThrow();
    expect(user.email_verified_at).not.toBeNull();
  });

  it("shows nobody else that mail: not another resident, not the admin; the admin outbox hides the link", async () => {
    const owner = await t.newUser({ email: "eigenaar@example.org", verified: false });
    await (await t.agentFor(owner)).post("/account/bevestigen/opnieuw");
    await t.drainOutbox();
    const own = await (await t.agentFor(owner)).get("/account/post");
    const token = /bevestigen\?token=([\w-]+)/.exec(own.body)?.[1];
    expect(token).toBeDefined();
    for (const other of [t.users.resident, t.users.admin]) {
      const page = await (await t.agentFor(other)).get("/account/post");
      expect(page.statusCode).toBe(200);
      expect(page.body).not.toContain(token!);
      expect(page.body).not.toContain("eigenaar@example.org");
    }
    const row = await t.services.db.kysely
      .selectFrom("outbox")
      .select("id")
      .where("user_id", "=", owner.id)
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    const outbox = await (await t.agentFor(t.users.admin)).get(`/admin/outbox/${row.id}`);
    expect(outbox.statusCode).toBe(200);
    expect(outbox.body).not.toContain(token!);
  });

  it("sends a visitor who is not logged in to the log-in page", async () => {
    const res = await new IpAgent(t).get("/account/post");
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toContain("/inloggen");
  });

  it(`keeps the newest ${DEMO_MAILBOX_SIZE} mails of an account`, async () => {
    const user = await t.newUser({ verified: false });
    const agent = await t.agentFor(user);
    const db = t.services.db.kysely;
    for (let i = 0; i < DEMO_MAILBOX_SIZE + 2; i++) {
      await db
        .insertInto("demo_mailbox")
        .values({
          site_id: t.site.id,
          user_id: user.id,
          subject: `Oud ${i}`,
          text: "x",
          created_at: t.clock().toISOString(),
        })
        .execute();
    }
    await agent.post("/account/bevestigen/opnieuw");
    await t.drainOutbox();
    const rows = await db.selectFrom("demo_mailbox").select("subject").where("user_id", "=", user.id).execute();
    expect(rows).toHaveLength(DEMO_MAILBOX_SIZE);
    expect(rows.map((r) => r.subject)).not.toContain("Oud 0");
  });
});

describe.each(testDatabases)("no demo mailbox outside the demo on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await authTestApp(database);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("answers 404 at /account/post and shows no link to it", async () => {
    const agent = await t.agentFor(t.users.resident);
    expect((await agent.get("/account/post")).statusCode).toBe(404);
    expect((await agent.get("/account")).body).not.toContain("/account/post");
    expect((await new IpAgent(t).get("/registreren/verstuurd")).body).not.toContain("/account/post");
  });
});
