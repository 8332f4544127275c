import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_PASSWORD, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { authTestApp, IpAgent, logInWithForm, sessionCount } from "../test/helpers";

describe.each(testDatabases)("log-in rate limits on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await authTestApp(database);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("blocks an account after 5 failed attempts, even with the right password, for 15 minutes", async () => {
    const user = await t.newUser();
    for (let i = 0; i < 5; i++)
      expect((await logInWithForm(new IpAgent(t), user.email!, `fout wachtwoord ${i}`)).statusCode).toBe(400);
    const blocked = await logInWithForm(new IpAgent(t), user.email!, TEST_PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0);
    expect(Number(blocked.headers["retry-after"])).toBeLessThanOrEqual(900);
    expect(blocked.body).toContain("te vaak geprobeerd");
    expect(await sessionCount(t, user.id)).toBe(0);
    t.clock.advance(16 * 60_000);
    expect((await logInWithForm(new IpAgent(t), user.email!, TEST_PASSWORD)).statusCode).toBe(303);
  });

  it("starts counting again after a successful log-in", async () => {
    const user = await t.newUser();
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 4; i++)
        expect((await logInWithForm(new IpAgent(t), user.email!, `fout wachtwoord ${i}`)).statusCode).toBe(400);
      expect((await logInWithForm(new IpAgent(t), user.email!, TEST_PASSWORD)).statusCode).toBe(303);
    }
  });

  it("blocks one address after 30 failed attempts on any accounts", async () => {
    const agent = new IpAgent(t);
    for (let i = 0; i < 30; i++)
      expect((await logInWithForm(agent, `gok${i}@example.org`, "een wachtwoord dat niet klopt")).statusCode).toBe(400);
    const user = await t.newUser();
    const blocked = await logInWithForm(agent, user.email!, TEST_PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers["retry-after"]).toBeDefined();
    expect((await logInWithForm(new IpAgent(t), user.email!, TEST_PASSWORD)).statusCode).toBe(303);
  });

  it("counts only failures per address: 40 residents log in from one community centre", async () => {
    const hall = new IpAgent(t);
    for (let i = 0; i < 40; i++) {
      const resident = await t.newUser();
      const res = await logInWithForm(hall, resident.email!, TEST_PASSWORD);
      expect(res.statusCode).toBe(303);
      // The next one logs in on the same computer.
      hall.cookies.clear();
    }
  });
});
