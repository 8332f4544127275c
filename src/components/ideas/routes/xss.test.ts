import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { areaIds, createIdeasApp, setProcess } from "../test/factories";
import { XSS_PAYLOADS, assertInert } from "../../../../test/support/xss";

describe.each(testDatabases)("script, HTML and link payloads come out inert on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createIdeasApp(database);
    await setProcess(t, { threshold: 1 });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("in titles, texts and comments, on every page that shows them", async () => {
    const [areaId] = await areaIds(t);
    const ids: number[] = [];
    for (const payload of XSS_PAYLOADS) {
      // One author per idea: a single account would meet the limit on new ideas (write-limits.ts).
      const author = await t.agentFor(await t.newUser());
      const title = `Idee ${payload}`.slice(0, 120);
      const res = await author.post("/ideeen", {
        title,
        body: `Tekst met lading: ${payload}\n\n- ${payload}`,
        areaId: String(areaId),
      });
      expect(res.statusCode, payload).toBe(303);
      const id = Number(/\/ideeen\/(\d+)/.exec(res.headers.location as string)![1]);
      await author.post(`/ideeen/${id}/publiceren`);
      await (await t.agentFor(t.users.official)).post(`/ideeen/${id}/reacties`, { body: `Reactie ${payload}` });
      ids.push(id);
    }
    const pages = ["/ideeen", "/ideeen?pagina=2", "/", "/verantwoording"];
    for (const id of ids) pages.push(`/ideeen/${id}`, `/ideeen/${id}/poster`);
    for (const url of pages) {
      const res = await t.agent().get(url);
      expect(res.statusCode, url).toBe(200);
      assertInert(res.body);
    }
    const feed = (await t.agent().get("/ideeen/feed.atom")).body;
    expect(feed).not.toMatch(/<script|<img|<svg/i);
    const api = await t.agent().get("/api/v1/ideas?pageSize=100");
    expect(api.headers["content-type"]).toContain("application/json");
    expect(api.json()._embedded.ideas.some((i: { title: string }) => i.title.includes("<script>"))).toBe(true);
    const csv = (await t.agent().get("/ideeen.csv")).body;
    expect(csv).not.toMatch(/(^|,)=/m);
  });

  it("in mail: the HTML part escapes titles and texts", async () => {
    const official = await t.agentFor(t.users.official);
    const ideas = await t.services.db.kysely.selectFrom("ideas").select("id").execute();
    for (const [i, { id }] of ideas.entries())
      await official.post(`/admin/ideeen/${id}/bericht`, { text: `Bericht ${XSS_PAYLOADS[i % XSS_PAYLOADS.length]}` });
    t.mail.sent.length = 0;
    await t.drainOutbox();
    expect(t.mail.sent.length).toBeGreaterThan(0);
    for (const m of t.mail.sent) assertInert(m.html.replace(/<a href="http:\/\/localhost[^"]*">/g, "<a>"));
  });
});
