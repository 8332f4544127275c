// Starting a sign-in keeps a row for ten minutes, on a GET: it is limited per address (429).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app";
import { testDatabases } from "../../../test/support/databases";
import { AUTH_LIMITS } from "../auth/auth-limits";

describe.each(testDatabases)("starting a sign-in through a provider on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(database);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("is limited per address", async () => {
    const agent = t.agent();
    for (let i = 0; i < AUTH_LIMITS.oidcStartIp.limit; i++)
      expect((await agent.get("/inloggen/oidc?provider=geen")).statusCode).toBe(404);
    const refused = await agent.get("/inloggen/oidc?provider=geen");
    expect(refused.statusCode).toBe(429);
    expect(refused.headers["retry-after"]).toBeDefined();
  });
});
