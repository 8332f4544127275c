// A hidden (moderated) idea keeps its page, with the moderator's public reason, but its title and
// text are shown only to its author and to moderators (and admins). Lists, search, feeds, the API
// and the accountability page do not give them away to anyone else.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Agent, TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { hideIdea } from "../commands/moderation";
import { supportIdea } from "../commands/support-idea";
import { asCurrentUser, bulkResidents, createIdea, createIdeasApp, setProcess } from "../test/factories";

const TITLE = "Zeer geheime titel Quokka";
const BODY = "Deze tekst met het woord Wombat mag na verbergen niemand meer zien.";

describe.each(testDatabases)("a hidden idea on $name", (database) => {
  let t: TestApp;
  let id: number;
  beforeAll(async () => {
    t = await createIdeasApp(database);
    await setProcess(t, { threshold: 1 });
    id = await createIdea(t, { title: TITLE, body: BODY });
    // Forwarded first, so it is also on the accountability page.
    const [supporter] = await bulkResidents(t, 1);
    await supportIdea(t.services, t.site, asCurrentUser(supporter!), id);
    await hideIdea(t.services, t.site, asCurrentUser(t.users.moderator, ["moderator"]), id, "Bevat een adres");
  });
  afterAll(async () => {
    await t?.close();
  });

  const exposes = (body: string) => body.includes("Quokka") || body.includes("Wombat");

  async function pagesFor(agent: Agent) {
    const urls = [
      `/ideeen/${id}`,
      "/ideeen",
      "/ideeen?status=hidden",
      "/ideeen?status=hidden&zoek=Quokka",
      "/ideeen?zoek=Quokka",
      "/verantwoording",
      "/verantwoording.json",
      "/ideeen/feed.atom",
      "/ideeen.csv",
      "/api/v1/ideas?state=hidden",
      "/api/v1/ideas?q=Quokka",
      `/api/v1/ideas/${id}`,
    ];
    const bodies: Record<string, string> = {};
    for (const url of urls) {
      const res = await agent.get(url);
      expect(res.statusCode, url).toBe(200);
      bodies[url] = res.body;
    }
    return bodies;
  }

  it("shows anonymous visitors and other residents only the reason, on the page and everywhere else", async () => {
    const other = await t.newUser({ name: "Andere bewoner" });
    for (const agent of [t.agent(), await t.agentFor(other), await t.agentFor(t.users.official)]) {
      const bodies = await pagesFor(agent);
      for (const [url, body] of Object.entries(bodies)) {
        // A search page repeats what was searched for; there the idea itself must be absent.
        if (/zoek=|q=/.test(url)) expect(body, url).not.toMatch(new RegExp(`ideeen/${id}"|"total":[1-9]`));
        else expect(exposes(body), url).toBe(false);
      }
      const page = bodies[`/ideeen/${id}`]!;
      expect(page).toContain('<h1 class="utrecht-heading-1">Verborgen idee</h1>');
      expect(page).toContain("<title>Verborgen idee");
      expect(page).toContain("Reden: Bevat een adres");
      expect(bodies["/ideeen?status=hidden"]).not.toContain(`href="/ideeen/${id}"`);
      expect(bodies["/api/v1/ideas?state=hidden"]).toContain('"total":0');
    }
  });

  it("shows the author their own title and text, with the reason", async () => {
    const page = await (await t.agentFor(t.users.resident)).get(`/ideeen/${id}`);
    expect(page.body).toContain(`<h1 class="utrecht-heading-1">${TITLE}</h1>`);
    expect(page.body).toContain("Wombat");
    expect(page.body).toContain("Reden: Bevat een adres");
    // Not in the public list, not even for the author.
    expect(exposes((await (await t.agentFor(t.users.resident)).get("/ideeen?status=hidden")).body)).toBe(false);
  });

  it("shows moderators the title and text, and lists hidden ideas for them", async () => {
    const moderator = await t.agentFor(t.users.moderator);
    const page = await moderator.get(`/ideeen/${id}`);
    expect(page.body).toContain(`<h1 class="utrecht-heading-1">${TITLE}</h1>`);
    expect(page.body).toContain("Wombat");
    expect(page.body).toContain(`href="/admin/ideeen/${id}/verbergen"`);
    const list = await moderator.get("/ideeen?status=hidden");
    expect(list.body).toContain(`href="/ideeen/${id}"`);
    expect(list.body).toContain(TITLE);
    expect(list.body).toContain('<option value="hidden"');
    expect((await t.agent().get("/ideeen")).body).not.toContain('<option value="hidden"');
  });
});
