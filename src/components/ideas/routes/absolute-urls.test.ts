// Absolute links (share link, canonical URL, Open Graph, feeds, QR code, poster, API, CSV) come
// from the site's own address, never from the request's Host or X-Forwarded-Host: otherwise one
// request with "Host: evil.example" poisons the page cache and every later visitor shares the
// attacker's address.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { createSession } from "../../../core/auth/sessions";
import { ideasComponent } from "../manifest";
import { supportIdea } from "../commands/support-idea";
import { asCurrentUser, createIdea, setProcess } from "../test/factories";

const SITE = "https://inspraak.teststad.example";
const EVIL = "evil.example";
const spoofs: Record<string, string>[] = [
  { host: EVIL },
  { host: `${EVIL}:443` },
  { "x-forwarded-host": EVIL, "x-forwarded-proto": "http" },
  { host: EVIL, "x-forwarded-host": EVIL },
];

describe.each(testDatabases)("absolute links of ideas on $name", (database) => {
  let t: TestApp;
  let id: number;
  let code: string;
  beforeAll(async () => {
    t = await createTestApp(database, {
      components: [ideasComponent],
      env: { PUBLIC_URL: SITE, TRUST_PROXY: "1" },
    });
    await setProcess(t, { threshold: 1 });
    id = await createIdea(t, { title: "Een bankje bij de speeltuin" });
    // Forwarded, so it is also on the council's agenda.
    await supportIdea(t.services, t.site, asCurrentUser(await t.newUser()), id);
    code = (
      await t.services.db.kysely.selectFrom("ideas").select("short_code").where("id", "=", id).executeTakeFirstOrThrow()
    ).short_code;
  });
  afterAll(async () => {
    await t?.close();
  });

  const get = (url: string, headers: Record<string, string> = {}) => t.agent().get(url, headers);

  it("builds the idea page's share link, canonical URL and og: tags from the site's address", async () => {
    for (const headers of spoofs) {
      const page = await get(`/ideeen/${id}`, headers);
      expect(page.statusCode).toBe(200);
      expect(page.body).not.toContain(EVIL);
      expect(page.body).toContain(`<meta property="og:url" content="${SITE}/i/${code}"`);
      expect(page.body).toContain(`<link rel="canonical" href="${SITE}/i/${code}"`);
      expect(page.body).toContain(`<meta property="og:image" content="${SITE}/ideeen/${id}/qr.svg"`);
      // The next visitor (served from the one-second page cache) does not see it either.
      const next = await get(`/ideeen/${id}`);
      expect(next.body).not.toContain(EVIL);
      expect(next.body).toContain(`${SITE}/i/${code}`);
    }
  });

  it("uses the site's address in feeds, the QR code, the poster and the API", async () => {
    const plain = {
      feed: (await get("/ideeen/feed.atom")).body,
      qr: (await get(`/ideeen/${id}/qr.svg`)).body,
      api: (await get("/api/v1/ideas")).body,
      one: (await get(`/api/v1/ideas/${id}`)).body,
    };
    expect(plain.feed).toContain(`${SITE}/ideeen/${id}`);
    expect(plain.api).toContain(`${SITE}/api/v1/ideas/${id}`);
    expect(plain.one).toContain(`${SITE}/i/${code}`);
    for (const headers of spoofs) {
      expect((await get("/ideeen/feed.atom", headers)).body).toBe(plain.feed);
      expect((await get(`/ideeen/${id}/qr.svg`, headers)).body).toBe(plain.qr);
      expect((await get("/api/v1/ideas", headers)).body).toBe(plain.api);
      expect((await get(`/api/v1/ideas/${id}`, headers)).body).toBe(plain.one);
      const poster = await get(`/ideeen/${id}/poster`, headers);
      expect(poster.body).not.toContain(EVIL);
      expect(poster.body).toContain(`${SITE}/i/${code}`);
    }
  });

  it("uses the site's address in the council's agenda CSV", async () => {
    const token = await createSession(t.services.db.kysely, t.users.council.id, t.site.id, t.clock(), 24);
    const agent = t.agent();
    // Under https the session cookie carries the __Host- prefix.
    agent.cookies.set("__Host-inspraak_session", token);
    const csv = await agent.get("/admin/ideeen/raad/agenda.csv", { host: EVIL });
    expect(csv.statusCode).toBe(200);
    expect(csv.body).not.toContain(EVIL);
    expect(csv.body).toContain(`${SITE}/ideeen/${id}`);
  });
});
