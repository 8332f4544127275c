// Rate limits count per client address. Behind a proxy the address comes from X-Forwarded-For,
// which the client can start itself: only the hops added by our own proxies may be believed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, createTestApp, type TestApp } from "../../../test/support/app";
import { AUTH_LIMITS } from "../auth/auth-limits";
import { testDatabases } from "../../../test/support/databases";

/** An agent that claims a new address in front of the real one on every request. */
class SprayingAgent extends Agent {
  private n = 0;
  constructor(
    t: TestApp,
    private readonly realAddress: string,
  ) {
    super(t);
  }
  override request(options: Parameters<Agent["request"]>[0]) {
    this.n++;
    const forwarded = `198.51.100.${this.n % 250}, ${this.realAddress}`;
    return super.request({ ...options, headers: { "x-forwarded-for": forwarded, ...(options.headers ?? {}) } });
  }
}

describe.each(testDatabases)("client addresses behind a proxy on $name", (database) => {
  for (const setting of ["1", "127.0.0.1,10.0.0.0/8"]) {
    describe(`TRUST_PROXY=${setting}`, () => {
      let t: TestApp;
      beforeAll(async () => {
        t = await createTestApp(database, { env: { TRUST_PROXY: setting } });
      });
      afterAll(async () => {
        await t?.close();
      });

      it("counts log-in attempts per real address, whatever the client puts in front", async () => {
        const agent = new SprayingAgent(t, "203.0.113.7");
        // Failed log-ins are what the per-address limit counts.
        for (let i = 0; i < AUTH_LIMITS.loginFailedIp.limit; i++) {
          const res = await agent.post("/inloggen", { email: `gok${i}@example.org`, password: "niet het wachtwoord" });
          expect(res.statusCode, `attempt ${i + 1}`).toBe(400);
        }
        const blocked = await agent.post("/inloggen", { email: "nog1@example.org", password: "niet het wachtwoord" });
        expect(blocked.statusCode).toBe(429);
        expect(blocked.headers["retry-after"]).toBeDefined();
        // The proxy's own hop is believed: another visitor behind the same proxy is not blocked.
        const neighbour = new SprayingAgent(t, "203.0.113.99");
        const allowed = await neighbour.post("/inloggen", {
          email: "nog2@example.org",
          password: "niet het wachtwoord",
        });
        expect(allowed.statusCode).toBe(400);
      });
    });
  }
});
