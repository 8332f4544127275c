import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_PASSWORD, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import {
  authTestApp,
  IpAgent,
  linkInMail,
  logInWithForm,
  mailsTo,
  sessionCount,
  snapshot,
  STRONG_PASSWORD,
  tokenOf,
  userRow,
} from "../test/helpers";

describe.each(testDatabases)("the account page on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await authTestApp(database);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("sends visitors who are not logged in to the log-in page and back", async () => {
    for (const url of ["/account", "/account/verwijderen", "/account/gegevens.json"]) {
      const res = await new IpAgent(t).get(url);
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe(`/inloggen?terug=${encodeURIComponent(url)}`);
    }
  });

  it("shows the details and a form for each change, under one heading", async () => {
    const user = await t.newUser({ postcode: "1010 AB" });
    const res = await (await t.agentFor(user)).get("/account");
    expect(res.statusCode).toBe(200);
    expect(res.body.match(/<h1/g)).toHaveLength(1);
    expect(res.body).toContain(user.email!);
    expect(res.body).toContain("1010 AB");
    for (const action of ["/account/e-mailadres", "/account/wachtwoord", "/account/voorkeuren", "/uitloggen-overal"])
      expect(res.body).toContain(`action="${action}"`);
    expect(res.body).toContain('href="/account/gegevens.json"');
    expect(res.body).toContain('href="/account/verwijderen"');
  });

  it("changes the address only when the link sent to the new address is confirmed", async () => {
    const user = await t.newUser();
    const agent = await t.agentFor(user);
    const res = await agent.post("/account/e-mailadres", {
      newEmail: "Nieuw-Adres@example.org",
      emailPassword: TEST_PASSWORD,
    });
    expect(res.statusCode).toBe(303);
    expect((await userRow(t, user.id)).email).toBe(user.email);
    await t.drainOutbox();
    const link = linkInMail(t, "nieuw-adres@example.org", "/account/e-mailadres-bevestigen?token=");
    expect((await agent.get(link)).body).toContain('action="/account/e-mailadres-bevestigen"');
    expect((await userRow(t, user.id)).email).toBe(user.email);
    const confirm = await agent.post("/account/e-mailadres-bevestigen", { token: tokenOf(link) });
    expect(confirm.statusCode).toBe(303);
    expect((await userRow(t, user.id)).email).toBe("nieuw-adres@example.org");
    expect((await agent.post("/account/e-mailadres-bevestigen", { token: tokenOf(link) })).statusCode).toBe(400);
    expect((await logInWithForm(new IpAgent(t), "nieuw-adres@example.org", TEST_PASSWORD)).statusCode).toBe(303);
  });

  it("refuses a new-address link after 48 hours", async () => {
    const user = await t.newUser();
    await (await t.agentFor(user)).post("/account/e-mailadres", {
      newEmail: "traag@example.org",
      emailPassword: TEST_PASSWORD,
    });
    await t.drainOutbox();
    const link = linkInMail(t, "traag@example.org", "/account/e-mailadres-bevestigen?token=");
    t.clock.advance(48 * 3_600_000 + 1000);
    expect((await new IpAgent(t).get(link)).statusCode).toBe(400);
    expect((await new IpAgent(t).post("/account/e-mailadres-bevestigen", { token: tokenOf(link) })).statusCode).toBe(
      400,
    );
    expect((await userRow(t, user.id)).email).toBe(user.email);
  });

  it("does not reveal that the new address has an account: its owner gets a notice", async () => {
    const user = await t.newUser();
    const taken = t.users.official.email!;
    const before = await snapshot(t);
    const res = await (await t.agentFor(user)).post("/account/e-mailadres", {
      newEmail: taken,
      emailPassword: TEST_PASSWORD,
    });
    expect(res.statusCode).toBe(303);
    expect((await snapshot(t)).tokens).toEqual(before.tokens);
    await t.drainOutbox();
    expect(mailsTo(t, taken).at(-1)!.subject).toContain("al een account");
    expect((await userRow(t, user.id)).email).toBe(user.email);
  });

  it("refuses to confirm a new address that someone registered in the meantime", async () => {
    const user = await t.newUser();
    await (await t.agentFor(user)).post("/account/e-mailadres", {
      newEmail: "snel@example.org",
      emailPassword: TEST_PASSWORD,
    });
    await t.drainOutbox();
    const link = linkInMail(t, "snel@example.org", "/account/e-mailadres-bevestigen?token=");
    await t.newUser({ email: "snel@example.org" });
    const res = await new IpAgent(t).post("/account/e-mailadres-bevestigen", { token: tokenOf(link) });
    expect(res.statusCode).toBe(409);
    expect((await userRow(t, user.id)).email).toBe(user.email);
  });

  it.each([
    [
      "a wrong current password",
      { newEmail: "ander@example.org", emailPassword: "dit is niet mijn wachtwoord" },
      "klopt niet",
    ],
    ["a malformed address", { newEmail: "geen adres", emailPassword: TEST_PASSWORD }, "geldig e-mailadres"],
    ["no fields", {}, "Vul dit veld in."],
    ["the same address", { newEmail: "SELF", emailPassword: TEST_PASSWORD }, "al uw e-mailadres"],
    ["an oversized address", { newEmail: `${"a".repeat(300)}@example.org`, emailPassword: TEST_PASSWORD }, "te lang"],
  ])("refuses an address change with %s, and changes nothing", async (_label, fields, message) => {
    const user = await t.newUser();
    const agent = await t.agentFor(user);
    const before = await snapshot(t);
    const form = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v === "SELF" ? user.email! : v]));
    const res = await agent.post("/account/e-mailadres", form);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(message);
    expect(res.body).toContain("error-summary");
    expect(await snapshot(t)).toEqual(before);
  });

  it("changes the password: other sessions end, this one goes on under a new id", async () => {
    const user = await t.newUser();
    const here = await t.agentFor(user);
    const there = await t.agentFor(user);
    const oldToken = here.cookies.get("inspraak_session");
    const res = await here.post("/account/wachtwoord", {
      currentPassword: TEST_PASSWORD,
      newPassword: STRONG_PASSWORD,
    });
    expect(res.statusCode).toBe(303);
    expect(here.cookies.get("inspraak_session")).not.toBe(oldToken);
    expect((await here.get("/account")).statusCode).toBe(200);
    expect((await there.get("/account")).statusCode).toBe(303);
    expect(await sessionCount(t, user.id)).toBe(1);
    expect((await logInWithForm(new IpAgent(t), user.email!, STRONG_PASSWORD)).statusCode).toBe(303);
    await t.drainOutbox();
    expect(mailsTo(t, user.email!).at(-1)!.subject).toContain("veranderd");
  });

  it("reports a wrong password and the same address together when changing the address", async () => {
    const user = await t.newUser();
    const agent = await t.agentFor(user);
    for (const emailPassword of ["dit is niet mijn wachtwoord", ""]) {
      const res = await agent.post("/account/e-mailadres", { newEmail: user.email!, emailPassword });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('href="#field-emailPassword"');
      expect(res.body).toContain('href="#field-newEmail">Nieuw e-mailadres: dit is al uw e-mailadres.');
    }
  });

  it("reports a wrong current password and a weak new one together", async () => {
    const agent = await t.agentFor(await t.newUser());
    for (const fields of [
      { currentPassword: "dit is niet mijn wachtwoord", newPassword: "kort" },
      { currentPassword: "", newPassword: "kort" },
    ]) {
      const res = await agent.post("/account/wachtwoord", fields);
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('href="#field-currentPassword"');
      expect(res.body).toContain(
        'href="#field-newPassword">Nieuw wachtwoord: uw wachtwoord moet minstens 12 tekens hebben.',
      );
    }
  });

  it.each([
    [
      "a wrong current password",
      { currentPassword: "dit is niet mijn wachtwoord", newPassword: STRONG_PASSWORD },
      "klopt niet",
    ],
    [
      "a common new password",
      { currentPassword: TEST_PASSWORD, newPassword: "Feyenoord1908!" },
      "gebruiken veel mensen",
    ],
    ["a short new password", { currentPassword: TEST_PASSWORD, newPassword: "kort" }, "minstens 12 tekens"],
    ["missing fields", { currentPassword: TEST_PASSWORD }, "Vul dit veld in."],
  ])("refuses a password change with %s, and changes nothing", async (_label, fields, message) => {
    const user = await t.newUser();
    const agent = await t.agentFor(user);
    await t.agentFor(user);
    const before = await snapshot(t);
    const res = await agent.post("/account/wachtwoord", fields);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(message);
    expect(await snapshot(t)).toEqual(before);
  });

  it("saves preferences, and refuses values that are not offered", async () => {
    const user = await t.newUser();
    const agent = await t.agentFor(user);
    const res = await agent.post("/account/voorkeuren", { language: "en", notifyMode: "daily", postcode: "1020cd" });
    expect(res.statusCode).toBe(303);
    const saved = await userRow(t, user.id);
    expect([saved.language, saved.notify_mode, saved.postcode]).toEqual(["en", "daily", "1020 CD"]);
    for (const bad of [
      { language: "de", notifyMode: "daily" },
      { language: "nl", notifyMode: "hourly" },
      { language: "nl", notifyMode: "never", postcode: "ABCD 12" },
      {},
      { language: ["nl", "en"], notifyMode: "never" },
    ]) {
      const before = await snapshot(t);
      const refused = await agent.post("/account/voorkeuren", bad as Record<string, string>);
      expect(refused.statusCode).toBe(400);
      expect(refused.body).toContain("error-summary");
      expect(await snapshot(t)).toEqual(before);
    }
    expect(
      (await agent.post("/account/voorkeuren", { language: "nl", notifyMode: "never", postcode: "" })).statusCode,
    ).toBe(303);
    expect((await userRow(t, user.id)).postcode).toBeNull();
  });

  it("refuses every account form without a CSRF token (403) or without a log-in (to the log-in page)", async () => {
    const user = await t.newUser();
    const agent = await t.agentFor(user);
    const before = await snapshot(t);
    const forms: [string, Record<string, string>][] = [
      ["/account/e-mailadres", { newEmail: "x@example.org", emailPassword: TEST_PASSWORD }],
      ["/account/wachtwoord", { currentPassword: TEST_PASSWORD, newPassword: STRONG_PASSWORD }],
      ["/account/voorkeuren", { language: "en", notifyMode: "never" }],
      ["/account/verwijderen", { password: TEST_PASSWORD }],
    ];
    for (const [url, fields] of forms) {
      expect((await agent.post(url, { ...fields, _csrf: "" })).statusCode).toBe(403);
      const anonymous = await new IpAgent(t).post(url, fields);
      expect(anonymous.statusCode).toBe(303);
      expect(anonymous.headers.location).toMatch(/^\/inloggen/);
    }
    expect(await snapshot(t)).toEqual(before);
  });
});
