import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUTH_LIMITS, keyOf } from "../auth-limits";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { findUserByEmail } from "../users";
import { authTestApp, IpAgent, linkInMail, mailsTo, snapshot, STRONG_PASSWORD, tokenOf } from "../test/helpers";

describe.each(testDatabases)("registration and verification on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await authTestApp(database);
  });
  afterAll(async () => {
    await t?.close();
  });

  const register = (agent: IpAgent, email: string, extra: Record<string, string | string[]> = {}) =>
    agent.post("/registreren", {
      email,
      displayName: "Nieuwe Bewoner",
      password: STRONG_PASSWORD,
      postcode: "1011ab",
      ...extra,
    });

  it("shows a registration form with labels, hints and one heading", async () => {
    const res = await new IpAgent(t).get("/registreren");
    expect(res.statusCode).toBe(200);
    expect(res.body.match(/<h1/g)).toHaveLength(1);
    for (const name of ["email", "displayName", "password", "postcode"])
      expect(res.body).toContain(`for="field-${name}"`);
    expect(res.body).toContain('name="_csrf"');
  });

  it("shows every error at once, the password rules included, each named after its field", async () => {
    const before = await snapshot(t);
    const res = await register(new IpAgent(t), "", { displayName: "", password: "wachtwoord123" });
    expect(res.statusCode).toBe(400);
    const summary = res.body.match(/<div[^>]*data-error-summary[^>]*>.*?<\/ul>/s)?.[0] ?? "";
    const items = [...summary.matchAll(/<a class="utrecht-link" href="#field-(\w+)">([^<]*)<\/a>/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(items).toEqual([
      ["email", "E-mailadres: vul dit veld in."],
      ["displayName", "Naam: vul dit veld in."],
      [
        "password",
        "Wachtwoord: dit wachtwoord gebruiken veel mensen. Het is makkelijk te raden. Kies een ander wachtwoord.",
      ],
    ]);
    // Fixing only the first fields brings no new error on the next submit.
    const again = await register(new IpAgent(t), "a@example.org", { password: "wachtwoord123" });
    expect(again.body.match(/href="#field-/g)).toHaveLength(1);
    expect(await snapshot(t)).toEqual(before);
  });

  it("registers, mails a link in Dutch, and verifies only on the button's POST, once", async () => {
    const agent = new IpAgent(t);
    const res = await register(agent, "Nieuw@Example.org");
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe("/registreren/verstuurd");
    expect((await agent.get("/registreren/verstuurd")).body).toContain("Kijk in uw e-mail");
    const user = (await findUserByEmail(t.services.db.kysely, t.site.id, "nieuw@example.org"))!;
    expect(user.email_verified_at).toBeNull();
    expect(user.postcode).toBe("1011 AB");
    expect(user.language).toBe("nl");
    expect(user.password_hash).toMatch(/^\$argon2id\$/);

    await t.drainOutbox();
    const link = linkInMail(t, "nieuw@example.org", "/account/bevestigen?token=");
    expect(mailsTo(t, "nieuw@example.org")[0]!.subject).toContain("Bevestig uw e-mailadres");
    expect(mailsTo(t, "nieuw@example.org")[0]!.html).toContain("<a href=");

    const page = await agent.get(link);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('action="/account/bevestigen"');
    expect((await findUserByEmail(t.services.db.kysely, t.site.id, "nieuw@example.org"))!.email_verified_at).toBeNull();

    const confirm = await agent.post("/account/bevestigen", { token: tokenOf(link) });
    expect(confirm.statusCode).toBe(303);
    expect(confirm.headers.location).toBe("/inloggen");
    expect(
      (await findUserByEmail(t.services.db.kysely, t.site.id, "nieuw@example.org"))!.email_verified_at,
    ).not.toBeNull();

    const again = await agent.post("/account/bevestigen", { token: tokenOf(link) });
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain("Deze link werkt niet meer");
    expect((await agent.get(link)).statusCode).toBe(400);
  });

  it("mails in English when the visitor registered in English", async () => {
    const agent = new IpAgent(t);
    await agent.get("/taal/en");
    expect((await register(agent, "english@example.org")).statusCode).toBe(303);
    await t.drainOutbox();
    const mail = mailsTo(t, "english@example.org")[0]!;
    expect(mail.subject).toContain("Confirm your e-mail address");
    expect(mail.text).toContain("Dear Nieuwe Bewoner");
    expect((await findUserByEmail(t.services.db.kysely, t.site.id, "english@example.org"))!.language).toBe("en");
  });

  it("refuses a verification link after 48 hours", async () => {
    const agent = new IpAgent(t);
    await register(agent, "laat@example.org");
    await t.drainOutbox();
    const link = linkInMail(t, "laat@example.org", "/account/bevestigen?token=");
    t.clock.advance(48 * 3_600_000 + 1000);
    expect((await agent.get(link)).statusCode).toBe(400);
    expect((await agent.post("/account/bevestigen", { token: tokenOf(link) })).statusCode).toBe(400);
    expect((await findUserByEmail(t.services.db.kysely, t.site.id, "laat@example.org"))!.email_verified_at).toBeNull();
  });

  it("answers the same for a known address, and mails its owner a notice instead", async () => {
    const before = await snapshot(t);
    const known = t.users.resident.email!;
    const res = await register(new IpAgent(t), known.toUpperCase());
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe("/registreren/verstuurd");
    const after = await snapshot(t);
    expect(after.users).toEqual(before.users);
    expect(after.tokens).toEqual(before.tokens);
    await t.drainOutbox();
    const notice = mailsTo(t, known).at(-1)!;
    expect(notice.subject).toContain("al een account");
    expect(notice.text).not.toContain("token=");
    expect(notice.text).toContain("/inloggen");
  });

  it.each([
    ["nothing filled in", {}, "Vul dit veld in."],
    ["a malformed address", { email: "geen-adres" }, "Vul een geldig e-mailadres in"],
    ["an oversized address", { email: `${"a".repeat(250)}@example.org` }, "te lang"],
    ["a name as a list", { displayName: ["a", "b"] }, "Vul dit veld in."],
    ["an oversized name", { displayName: "n".repeat(61) }, "hoogstens 60 tekens"],
    ["a short password", { password: "kort123" }, "minstens 12 tekens"],
    ["a common password", { password: "Wachtwoord2024!" }, "gebruiken veel mensen"],
    [
      "a password with the address in it",
      { email: "jansen@example.org", password: "jansen heeft een fiets" },
      "e-mailadres niet in uw wachtwoord",
    ],
    ["a password with the site name in it", { password: "ik woon graag in teststad" }, "naam van deze website"],
    ["an oversized password", { password: "x9-".repeat(70) }, "hoogstens 200 tekens"],
    ["a malformed postcode", { postcode: "12345" }, "1234 AB"],
  ])("refuses %s with 400, the form again and nothing stored", async (_label, fields, message) => {
    const before = await snapshot(t);
    const base = { email: "fout@example.org", displayName: "Fout", password: STRONG_PASSWORD };
    const form = Object.keys(fields).length === 0 ? {} : { ...base, ...fields };
    const res = await new IpAgent(t).post("/registreren", form);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("error-summary");
    expect(res.body).toContain(message);
    expect(res.body).not.toContain(STRONG_PASSWORD);
    expect(await snapshot(t)).toEqual(before);
  });

  it("refuses a registration without a CSRF token or from another site with 403", async () => {
    const before = await snapshot(t);
    expect((await register(new IpAgent(t), "csrf@example.org", { _csrf: "" })).statusCode).toBe(403);
    const cross = await new IpAgent(t).post(
      "/registreren",
      { email: "cross@example.org", displayName: "X", password: STRONG_PASSWORD },
      { origin: "https://evil.example" },
    );
    expect(cross.statusCode).toBe(403);
    expect(await snapshot(t)).toEqual(before);
  });

  it("lets a sign-up evening behind one address through: 20 valid registrations from one IP", async () => {
    const hall = new IpAgent(t);
    for (let i = 0; i < 20; i++) expect((await register(hall, `buurthuis${i}@example.org`)).statusCode).toBe(303);
    // A few typing mistakes in the hall do not stop the evening either.
    for (let i = 0; i < 5; i++) expect((await register(hall, "geen-adres")).statusCode).toBe(400);
    expect((await register(hall, "buurthuis-laat@example.org")).statusCode).toBe(303);
  });

  it("limits repeated invalid registrations from one address, with Retry-After", async () => {
    const prober = new IpAgent(t);
    const { limit, windowSeconds } = AUTH_LIMITS.registerFailedIp;
    for (let i = 0; i < limit; i++) expect((await register(prober, `fout${i}`)).statusCode).toBe(400);
    const before = await snapshot(t);
    // Refused before the form is even read: also a valid one, until the window has passed.
    const refused = await register(prober, "na-de-fouten@example.org");
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    expect(Number(refused.headers["retry-after"])).toBeLessThanOrEqual(windowSeconds);
    expect(refused.body).toContain("te vaak geprobeerd");
    expect(await snapshot(t)).toEqual(before);
    expect((await register(new IpAgent(t), "ander-adres@example.org")).statusCode).toBe(303);
    t.clock.advance(windowSeconds * 1000 + 1000);
    expect((await register(prober, "na-de-fouten@example.org")).statusCode).toBe(303);
  });

  it("caps valid registrations per address generously, and mails to one e-mail address at 3 an hour", async () => {
    const script = new IpAgent(t);
    const { limit, windowSeconds } = AUTH_LIMITS.registerIp;
    // All but one of the cap counted directly (a hundred password hashes would only slow the test).
    const key = keyOf("registerIp", t.site.id, script.ip);
    for (let i = 0; i < limit - 1; i++) await t.services.rateLimiter.hit(key, limit, windowSeconds, t.clock());
    expect((await register(script, "script-laatste@example.org")).statusCode).toBe(303);
    expect((await register(script, "script-meer@example.org")).statusCode).toBe(429);
    for (let i = 0; i < 3; i++) expect((await register(new IpAgent(t), "doelwit@example.org")).statusCode).toBe(303);
    const flood = await register(new IpAgent(t), "doelwit@example.org");
    expect(flood.statusCode).toBe(429);
    expect(flood.headers["retry-after"]).toBeDefined();
  });

  it("sends a logged-in visitor from the registration page to the account page", async () => {
    const agent = await t.agentFor(t.users.resident);
    const res = await agent.get("/registreren");
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe("/account");
  });
});
