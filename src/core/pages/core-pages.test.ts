import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app";
import { testDatabases } from "../../../test/support/databases";
import { forgetCachedSites } from "../sites/resolve";

describe.each(testDatabases)("core pages on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(database);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("renders the home page in Dutch with the site's name, a skip link and landmarks", async () => {
    const res = await t.agent().get("/");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/html");
    expect(res.body).toMatch(/^<!DOCTYPE html><html lang="nl"/);
    expect(res.body).toContain("Welkom bij Teststad");
    expect(res.body).toContain('href="#main"');
    expect(res.body).toContain("<main");
    expect(res.body).toContain('href="/toegankelijkheid"');
  });

  it("switches to English with a cookie and returns to the page", async () => {
    const agent = t.agent();
    const res = await agent.get("/taal/en?terug=/privacy");
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe("/privacy");
    const page = await agent.get("/privacy");
    expect(page.body).toContain('<html lang="en"');
    expect(page.body).toContain("Privacy");
    expect(page.body).toContain("former participant");
  });

  it("never redirects to another site after a language switch", async () => {
    for (const target of ["//evil.example", "https://evil.example", "/\\evil.example", "/\t/evil.example/x"]) {
      const res = await t.agent().get(`/taal/en?terug=${encodeURIComponent(target)}`);
      expect(res.headers.location, JSON.stringify(target)).toBe("/");
    }
    for (const query of ["/%09/evil.example/x", "/%0d%0a/evil.example", "%5C%5Cevil.example", "/%5Cevil.example"]) {
      const res = await t.agent().get(`/taal/en?terug=${query}`);
      expect(res.headers.location, query).toBe("/");
    }
  });

  it("answers unknown pages with a 404 page in the site's style", async () => {
    const res = await t.agent().get("/bestaat-niet");
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain("Pagina niet gevonden");
    expect(res.body).toContain("utrecht-root");
  });

  it("sets strict security headers", async () => {
    const res = await t.agent().get("/");
    expect(res.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(res.headers["content-security-policy"]).not.toContain("unsafe-inline");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  });

  it("reports health and readiness", async () => {
    expect((await t.agent().get("/healthz")).json()).toEqual({ status: "ok" });
    const ready = await t.agent().get("/readyz");
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: "ready" });
  });

  it("serves compressed, hashed assets with a long cache life", async () => {
    const home = await t.agent().get("/");
    const css = /href="(\/assets\/app\.[0-9a-f]{12}\.css)"/.exec(home.body)![1]!;
    const res = await t.agent().get(css, { "accept-encoding": "gzip, br" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers["cache-control"]).toContain("immutable");
    expect(Number(res.headers["content-length"] ?? res.rawPayload.length)).toBeLessThan(45_000);
  });

  it("refuses a POST without a CSRF token, or from another site, with 403", async () => {
    const agent = t.agent();
    const noToken = await agent.post("/taal/en", { _csrf: "" });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.body).toContain("Uw formulier is verlopen");
    const crossSite = await agent.post("/taal/en", {}, { origin: "https://evil.example" });
    expect(crossSite.statusCode).toBe(403);
    expect(crossSite.body).toContain("andere website");
  });

  it("answers an oversized body with 413", async () => {
    const res = await t.agent().post("/uitloggen", { text: "x".repeat(300_000) });
    expect(res.statusCode).toBe(413);
  });

  it("keeps the home page for anonymous visitors for one second, and forgets it at any change", async () => {
    const db = t.services.db.kysely;
    const rename = async (name: string) => {
      await db.updateTable("sites").set({ name }).where("id", "=", t.site.id).execute();
      forgetCachedSites(db);
    };
    const anonymous = t.agent();
    expect((await anonymous.get("/")).body).toContain("Welkom bij Teststad");
    await rename("Cachestad");
    expect((await anonymous.get("/")).body, "within a second: the kept page").toContain("Welkom bij Teststad");
    const member = await t.agentFor(t.users.resident);
    expect((await member.get("/")).body, "logged in: never from the cache").toContain("Welkom bij Cachestad");
    t.clock.advance(1100);
    expect((await anonymous.get("/")).body).toContain("Welkom bij Cachestad");
    await rename("Wijzigstad");
    await anonymous.post("/uitloggen", {});
    expect((await anonymous.get("/")).body, "a change in this process empties the cache").toContain(
      "Welkom bij Wijzigstad",
    );
    await rename("Teststad");
  });
});
