import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_PASSWORD, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { createSite } from "../../sites/store";
import { authTestApp, IpAgent, linkInMail, logInWithForm, mailsTo, sessionCount, snapshot } from "../test/helpers";

describe.each(testDatabases)("log-in, sessions and log-out on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await authTestApp(database);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("logs in, sets a safe session cookie and returns to a local page", async () => {
    const user = await t.newUser();
    const agent = new IpAgent(t);
    const form = await agent.get("/inloggen?terug=%2Fprivacy");
    expect(form.body).toContain('name="terug" value="/privacy"');
    const res = await logInWithForm(agent, user.email!, TEST_PASSWORD, { terug: "/privacy" });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe("/privacy");
    const cookie = String(
      ([] as string[]).concat(res.headers["set-cookie"] ?? []).find((c) => c.startsWith("inspraak_session=")),
    );
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    expect(cookie).toContain("Path=/");
    const account = await agent.get("/account");
    expect(account.statusCode).toBe(200);
    expect(account.body).toContain(user.display_name);
  });

  it("never follows a return path to another site", async () => {
    const user = await t.newUser();
    for (const target of ["//evil.example", "https://evil.example/x", "/\\evil.example", "/\t/evil.example/x"]) {
      const res = await logInWithForm(new IpAgent(t), user.email!, TEST_PASSWORD, { terug: target });
      expect(res.headers.location, JSON.stringify(target)).toBe("/");
    }
    // The log-in page does not carry it into its form either.
    const form = await new IpAgent(t).get("/inloggen?terug=/%09/evil.example/x");
    expect(form.body).not.toContain('name="terug"');
  });

  it("gives a new session id at log-in; the old cookie stops working", async () => {
    const user = await t.newUser();
    const old = await t.agentFor(user);
    const oldToken = old.cookies.get("inspraak_session")!;
    const res = await logInWithForm(old, user.email!, TEST_PASSWORD);
    expect(res.statusCode).toBe(303);
    const newToken = old.cookies.get("inspraak_session")!;
    expect(newToken).not.toBe(oldToken);
    expect((await old.get("/account")).statusCode).toBe(200);
    const stale = new IpAgent(t);
    stale.cookies.set("inspraak_session", oldToken);
    const refused = await stale.get("/account");
    expect(refused.statusCode).toBe(303);
    expect(refused.headers.location).toBe("/inloggen?terug=%2Faccount");
    expect(await sessionCount(t, user.id)).toBe(1);
  });

  it.each([
    ["a wrong password", (email: string) => ({ email, password: "niet het goede wachtwoord" }), "klopt niet"],
    ["an unknown address", () => ({ email: "onbekend@example.org", password: TEST_PASSWORD }), "klopt niet"],
    ["no fields", () => ({}), "Vul dit veld in."],
    [
      "an address as a list",
      () => ({ email: ["a@example.org", "b@example.org"], password: TEST_PASSWORD }),
      "Vul dit veld in.",
    ],
    ["an oversized password", (email: string) => ({ email, password: "p".repeat(300) }), "hoogstens 200 tekens"],
  ])("refuses %s with 400 and no session", async (_label, fields, message) => {
    const user = await t.newUser();
    const before = await snapshot(t);
    const res = await new IpAgent(t).post("/inloggen", fields(user.email!) as Record<string, string>);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(message);
    expect(res.body).toContain("error-summary");
    expect(res.headers["set-cookie"] ?? "").not.toContain("inspraak_session=");
    expect((await snapshot(t)).sessions).toEqual(before.sessions);
  });

  it("lets an unverified account log in, shows a notice and sends the link again on request", async () => {
    const user = await t.newUser({ verified: false });
    const agent = new IpAgent(t);
    const res = await logInWithForm(agent, user.email!, TEST_PASSWORD, { terug: "/privacy" });
    expect(res.headers.location).toBe("/account");
    const page = await agent.get("/account");
    expect(page.body).toContain("nog niet bevestigd");
    expect(page.body).toContain('action="/account/bevestigen/opnieuw"');
    expect((await agent.post("/account/bevestigen/opnieuw")).statusCode).toBe(303);
    await t.drainOutbox();
    const link = linkInMail(t, user.email!, "/account/bevestigen?token=");
    expect((await agent.get(link)).statusCode).toBe(200);
    const verified = await agent.post("/account/bevestigen", {
      token: new URL(link, "http://x").searchParams.get("token")!,
    });
    expect(verified.headers.location).toBe("/account");
    expect((await agent.get("/account")).body).not.toContain("nog niet bevestigd");
  });

  it("sends no new link to an account that is already verified", async () => {
    const user = await t.newUser();
    const agent = await t.agentFor(user);
    await t.drainOutbox();
    const before = mailsTo(t, user.email!).length;
    expect((await agent.post("/account/bevestigen/opnieuw")).statusCode).toBe(303);
    await t.drainOutbox();
    expect(mailsTo(t, user.email!).length).toBe(before);
    expect((await new IpAgent(t).post("/account/bevestigen/opnieuw")).statusCode).toBe(303);
  });

  it("logs out this browser only", async () => {
    const user = await t.newUser();
    const here = await t.agentFor(user);
    const there = await t.agentFor(user);
    const res = await here.post("/uitloggen");
    expect(res.statusCode).toBe(303);
    expect(here.cookies.has("inspraak_session")).toBe(false);
    expect((await here.get("/account")).statusCode).toBe(303);
    expect((await there.get("/account")).statusCode).toBe(200);
    expect(await sessionCount(t, user.id)).toBe(1);
  });

  it("logs out everywhere, and no one else", async () => {
    const user = await t.newUser();
    const other = await t.agentFor(t.users.moderator);
    const here = await t.agentFor(user);
    const there = await t.agentFor(user);
    expect((await here.get("/account")).body).toContain('action="/uitloggen-overal"');
    expect((await here.post("/uitloggen-overal")).statusCode).toBe(303);
    expect((await here.get("/account")).statusCode).toBe(303);
    expect((await there.get("/account")).statusCode).toBe(303);
    expect(await sessionCount(t, user.id)).toBe(0);
    expect((await other.get("/account")).statusCode).toBe(200);
  });

  it("ends a session after 2 hours without activity", async () => {
    const agent = await t.agentFor(await t.newUser());
    t.clock.advance(119 * 60_000);
    expect((await agent.get("/account")).statusCode).toBe(200);
    t.clock.advance(121 * 60_000);
    expect((await agent.get("/account")).statusCode).toBe(303);
  });

  it("ends an active session after 24 hours all the same", async () => {
    const user = await t.newUser();
    const agent = new IpAgent(t);
    expect((await logInWithForm(agent, user.email!, TEST_PASSWORD)).statusCode).toBe(303);
    for (let i = 0; i < 14; i++) {
      t.clock.advance(100 * 60_000);
      expect((await agent.get("/account")).statusCode).toBe(200);
    }
    t.clock.advance(100 * 60_000);
    expect((await agent.get("/account")).statusCode).toBe(303);
  });

  it("refuses POSTs without a CSRF token with 403 and keeps the session", async () => {
    const user = await t.newUser();
    const agent = await t.agentFor(user);
    for (const url of ["/inloggen", "/uitloggen", "/uitloggen-overal", "/account/bevestigen/opnieuw"]) {
      expect((await agent.post(url, { _csrf: "", email: user.email!, password: TEST_PASSWORD })).statusCode).toBe(403);
    }
    expect(await sessionCount(t, user.id)).toBe(1);
    expect((await agent.get("/account")).statusCode).toBe(200);
  });

  it("keeps sites apart: no log-in with another site's account, no session across sites", async () => {
    const other = await createSite(
      t.services.db.kysely,
      { slug: "ander", name: "Anderstad", hosts: ["ander.example"] },
      t.clock(),
    );
    const stranger = await t.newUser({ siteId: other.id, email: "vreemde@ander.example" });
    const onThisSite = await logInWithForm(new IpAgent(t), stranger.email!, TEST_PASSWORD);
    expect(onThisSite.statusCode).toBe(400);
    const there = new IpAgent(t);
    there.host = "ander.example";
    expect((await logInWithForm(there, stranger.email!, TEST_PASSWORD)).statusCode).toBe(303);
    expect((await there.get("/account")).statusCode).toBe(200);
    const carried = new IpAgent(t);
    carried.cookies.set("inspraak_session", there.cookies.get("inspraak_session")!);
    expect((await carried.get("/account")).statusCode).toBe(303);
  });
});
