import { describe, expect, it } from "vitest";
import { createTestApp } from "../../../test/support/app";
import { testDatabases } from "../../../test/support/databases";
import { forgetCachedSites } from "../sites/resolve";

describe.each(testDatabases)("when the $name database is unreachable", (database) => {
  it("shows a friendly 503 page, /readyz says so, and /healthz still answers", async () => {
    const t = await createTestApp(database);
    const agent = t.agent();
    expect((await agent.get("/")).statusCode).toBe(200);
    forgetCachedSites(t.services.db.kysely);
    await t.services.db.kysely.destroy();

    const page = await agent.get("/");
    expect(page.statusCode).toBe(503);
    expect(page.headers["retry-after"]).toBe("30");
    expect(page.body).toContain("Tijdelijk niet beschikbaar");
    expect(page.body).not.toMatch(/Error|stack|ECONN|destroyed/);

    const ready = await agent.get("/readyz");
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toEqual({ status: "database unreachable" });
    expect((await agent.get("/healthz")).statusCode).toBe(200);

    const api = await agent.get("/api/v1/anything");
    expect(api.statusCode).toBe(503);
    expect(api.headers["content-type"]).toContain("application/problem+json");
    await t.close().catch(() => {
      /* the database is already gone */
    });
  });
});
