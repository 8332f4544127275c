import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_PASSWORD, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { createSite } from "../../sites/store";
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

describe.each(testDatabases)("password reset on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await authTestApp(database);
  });
  afterAll(async () => {
    await t?.close();
  });

  async function requestLink(email: string): Promise<string> {
    expect((await new IpAgent(t).post("/wachtwoord-vergeten", { email })).statusCode).toBe(303);
    await t.drainOutbox();
    return linkInMail(t, email, "/wachtwoord-herstellen?token=");
  }

  it("answers the same whether or not the address has an account", async () => {
    const user = await t.newUser();
    const known = await new IpAgent(t).post("/wachtwoord-vergeten", { email: user.email! });
    const unknown = await new IpAgent(t).post("/wachtwoord-vergeten", { email: "niemand@example.org" });
    expect(known.statusCode).toBe(303);
    expect(unknown.statusCode).toBe(303);
    expect(unknown.headers.location).toBe(known.headers.location);
    expect((await new IpAgent(t).get(known.headers.location as string)).body).toContain("Als er een account is");
    await t.drainOutbox();
    expect(mailsTo(t, user.email!)).toHaveLength(1);
    expect(mailsTo(t, "niemand@example.org")).toHaveLength(0);
  });

  it("sets a new password from the link, ends every session and tells the owner", async () => {
    const user = await t.newUser();
    const elsewhere = await t.agentFor(user);
    const link = await requestLink(user.email!);
    expect(mailsTo(t, user.email!)[0]!.text).toContain("60 minuten");
    const agent = new IpAgent(t);
    const form = await agent.get(link);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain(`value="${tokenOf(link)}"`);
    const res = await agent.post("/wachtwoord-herstellen", { token: tokenOf(link), newPassword: STRONG_PASSWORD });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe("/inloggen");
    expect(await sessionCount(t, user.id)).toBe(0);
    expect((await elsewhere.get("/account")).statusCode).toBe(303);
    expect((await logInWithForm(new IpAgent(t), user.email!, TEST_PASSWORD)).statusCode).toBe(400);
    expect((await logInWithForm(new IpAgent(t), user.email!, STRONG_PASSWORD)).statusCode).toBe(303);
    await t.drainOutbox();
    expect(mailsTo(t, user.email!).at(-1)!.subject).toContain("wachtwoord");
    expect(mailsTo(t, user.email!).at(-1)!.subject).toContain("veranderd");
    // Used once: the link is dead now.
    expect((await agent.get(link)).statusCode).toBe(400);
    const reused = await agent.post("/wachtwoord-herstellen", {
      token: tokenOf(link),
      newPassword: "nog een ander lang wachtwoord",
    });
    expect(reused.statusCode).toBe(400);
    expect(reused.body).toContain("Deze link werkt niet meer");
  });

  it("makes every other reset link of the account useless after a reset", async () => {
    const user = await t.newUser();
    const first = await requestLink(user.email!);
    const second = await requestLink(user.email!);
    expect(first).not.toBe(second);
    expect(
      (await new IpAgent(t).post("/wachtwoord-herstellen", { token: tokenOf(second), newPassword: STRONG_PASSWORD }))
        .statusCode,
    ).toBe(303);
    expect(
      (
        await new IpAgent(t).post("/wachtwoord-herstellen", {
          token: tokenOf(first),
          newPassword: "weer een nieuw wachtwoord",
        })
      ).statusCode,
    ).toBe(400);
  });

  it("refuses a link after one hour and changes nothing", async () => {
    const user = await t.newUser();
    const link = await requestLink(user.email!);
    t.clock.advance(61 * 60_000);
    const before = await snapshot(t);
    expect((await new IpAgent(t).get(link)).statusCode).toBe(400);
    expect(
      (await new IpAgent(t).post("/wachtwoord-herstellen", { token: tokenOf(link), newPassword: STRONG_PASSWORD }))
        .statusCode,
    ).toBe(400);
    expect(await snapshot(t)).toEqual(before);
  });

  it.each([
    ["a weak password", { newPassword: "welkom123456" }, 400, "gebruiken veel mensen"],
    ["a short password", { newPassword: "kort" }, 400, "minstens 12 tekens"],
    ["no password", { newPassword: "" }, 400, "Vul dit veld in."],
    ["a password as a list", { newPassword: ["een lang wachtwoord", "nog een"] }, 400, "Vul dit veld in."],
    ["an unknown token", { token: "onzin-token", newPassword: STRONG_PASSWORD }, 400, "Deze link werkt niet meer"],
    ["no token", { token: "", newPassword: STRONG_PASSWORD }, 400, "Deze link werkt niet meer"],
    ["an oversized token", { token: "t".repeat(5000), newPassword: STRONG_PASSWORD }, 400, "Deze link werkt niet meer"],
  ])("refuses %s and changes nothing", async (_label, fields, status, message) => {
    const user = await t.newUser();
    const link = await requestLink(user.email!);
    const before = await snapshot(t);
    const res = await new IpAgent(t).post("/wachtwoord-herstellen", { token: tokenOf(link), ...fields } as Record<
      string,
      string
    >);
    expect(res.statusCode).toBe(status);
    expect(res.body).toContain(message);
    expect(await snapshot(t)).toEqual(before);
  });

  it("refuses a malformed address on the request form", async () => {
    const before = await snapshot(t);
    for (const email of ["", "geen-adres", `${"x".repeat(260)}@example.org`]) {
      const res = await new IpAgent(t).post("/wachtwoord-vergeten", { email });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain("error-summary");
    }
    expect(await snapshot(t)).toEqual(before);
  });

  it("does not accept a link of an account on another site", async () => {
    const other = await createSite(
      t.services.db.kysely,
      { slug: "elders", name: "Elders", hosts: ["elders.example"] },
      t.clock(),
    );
    const stranger = await t.newUser({ siteId: other.id, email: "iemand@elders.example" });
    const there = new IpAgent(t);
    there.host = "elders.example";
    expect((await there.post("/wachtwoord-vergeten", { email: stranger.email! })).statusCode).toBe(303);
    await t.drainOutbox();
    const link = linkInMail(t, stranger.email!, "/wachtwoord-herstellen?token=");
    const before = await userRow(t, stranger.id);
    expect((await new IpAgent(t).get(link)).statusCode).toBe(400);
    expect(
      (await new IpAgent(t).post("/wachtwoord-herstellen", { token: tokenOf(link), newPassword: STRONG_PASSWORD }))
        .statusCode,
    ).toBe(400);
    expect(await userRow(t, stranger.id)).toEqual(before);
  });

  it("refuses both forms without a CSRF token with 403", async () => {
    const user = await t.newUser();
    const link = await requestLink(user.email!);
    const before = await snapshot(t);
    expect((await new IpAgent(t).post("/wachtwoord-vergeten", { _csrf: "", email: user.email! })).statusCode).toBe(403);
    expect(
      (
        await new IpAgent(t).post("/wachtwoord-herstellen", {
          _csrf: "",
          token: tokenOf(link),
          newPassword: STRONG_PASSWORD,
        })
      ).statusCode,
    ).toBe(403);
    expect(await snapshot(t)).toEqual(before);
  });

  it("limits reset requests per account (3 an hour) and per address (10 an hour)", async () => {
    const user = await t.newUser();
    for (let i = 0; i < 3; i++)
      expect((await new IpAgent(t).post("/wachtwoord-vergeten", { email: user.email! })).statusCode).toBe(303);
    const blocked = await new IpAgent(t).post("/wachtwoord-vergeten", { email: user.email! });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0);
    const agent = new IpAgent(t);
    for (let i = 0; i < 10; i++)
      expect((await agent.post("/wachtwoord-vergeten", { email: `x${i}@example.org` })).statusCode).toBe(303);
    expect((await agent.post("/wachtwoord-vergeten", { email: "x10@example.org" })).statusCode).toBe(429);
  });
});
