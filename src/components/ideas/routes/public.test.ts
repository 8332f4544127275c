import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { areaIds, createIdea, createIdeasApp, ideaRow, supportRows } from "../test/factories";

describe.each(testDatabases)("ideas: submit, edit and browse on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createIdeasApp(database);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("lets a resident submit a draft, see it alone, and publish it with its promise", async () => {
    const agent = await t.agentFor(t.users.resident);
    const [areaId] = await areaIds(t);
    const form = await agent.get("/ideeen/nieuw");
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('for="field-title"');
    const res = await agent.post("/ideeen", {
      title: "Een moestuin voor de buurt",
      body: "Op het lege terrein kan een **moestuin** komen.",
      areaId: String(areaId),
      category: "green",
    });
    expect(res.statusCode).toBe(303);
    const id = Number(/\/ideeen\/(\d+)/.exec(res.headers.location as string)![1]);
    expect((await ideaRow(t, id)).state).toBe("draft");
    expect((await t.agent().get(`/ideeen/${id}`)).statusCode).toBe(404);
    const other = await t.agentFor(await t.newUser());
    expect((await other.get(`/ideeen/${id}`)).statusCode).toBe(404);
    const draft = await agent.get(`/ideeen/${id}`);
    expect(draft.body).toContain("Dit is een concept");
    expect(draft.body).toContain("<strong>moestuin</strong>");
    expect((await agent.post(`/ideeen/${id}/publiceren`)).statusCode).toBe(303);
    const page = await t.agent().get(`/ideeen/${id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Als dit idee vóór");
    expect(page.body).toContain("100 steunbetuigingen heeft, komt het op de agenda van Raad van Teststad");
    expect(page.body).toContain("binnen 6 weken");
    expect(page.body).toMatch(/<progress[^>]*max="100"[^>]*value="0"/);
    expect(page.body).toContain("Nog 90 dagen om te steunen");
    expect(page.body).toContain('property="og:title"');
  });

  it("shows the form again with every error when the input is wrong, and stores nothing", async () => {
    const agent = await t.agentFor(t.users.resident);
    const before = await t.services.db.kysely
      .selectFrom("ideas")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    for (const body of [
      { title: "", body: "", areaId: "" },
      { title: "x".repeat(121), body: "te kort", areaId: "abc" },
      { title: "Goede titel hier", body: "Een tekst die lang genoeg is om te mogen.", areaId: "999999" },
      {
        title: "Goede titel hier",
        body: "Een tekst die lang genoeg is om te mogen.",
        areaId: String((await areaIds(t))[0]),
        category: "bestaat-niet",
      },
      { title: ["a", "b"] as unknown as string, body: "y".repeat(5001), areaId: "1" },
    ]) {
      const res = await agent.post("/ideeen", body);
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain("error-summary");
    }
    const after = await t.services.db.kysely
      .selectFrom("ideas")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it("sends visitors without an account to log in, and refuses a missing CSRF token", async () => {
    expect((await t.agent().get("/ideeen/nieuw")).headers.location).toContain("/inloggen");
    expect((await t.agent().post("/ideeen", { title: "x" })).statusCode).toBe(303);
    const agent = await t.agentFor(t.users.resident);
    const res = await agent.post("/ideeen", {
      _csrf: "",
      title: "Een moestuin voor de buurt",
      body: "Op het lege terrein kan een moestuin komen.",
      areaId: "1",
    });
    expect(res.statusCode).toBe(403);
    const cross = await agent.post(
      "/ideeen",
      { title: "Een moestuin voor de buurt" },
      { origin: "https://evil.example" },
    );
    expect(cross.statusCode).toBe(403);
    const huge = await agent.post("/ideeen", { title: "Groot", body: "x".repeat(300_000), areaId: "1" });
    expect(huge.statusCode).toBe(413);
  });

  it("lets only the author edit, and only until the first support", async () => {
    const id = await createIdea(t);
    const author = await t.agentFor(t.users.resident);
    const [areaId] = await areaIds(t);
    const edit = {
      title: "Nieuwe titel voor het idee",
      body: "Een nieuwe tekst die lang genoeg is.",
      areaId: String(areaId),
    };
    const stranger = await t.agentFor(await t.newUser());
    expect((await stranger.post(`/ideeen/${id}/bewerken`, edit)).statusCode).toBe(403);
    expect((await stranger.post(`/ideeen/${id}/intrekken`)).statusCode).toBe(403);
    expect((await ideaRow(t, id)).title).toBe("Meer bankjes in het park");
    expect((await author.get(`/ideeen/${id}/bewerken`)).statusCode).toBe(200);
    expect((await author.post(`/ideeen/${id}/bewerken`, edit)).statusCode).toBe(303);
    expect((await ideaRow(t, id)).title).toBe("Nieuwe titel voor het idee");
    expect((await stranger.post(`/ideeen/${id}/steunen`)).statusCode).toBe(303);
    expect(await supportRows(t, id)).toBe(1);
    const late = await author.post(`/ideeen/${id}/bewerken`, { ...edit, title: "Nog een andere titel" });
    expect(late.statusCode).toBe(409);
    expect((await ideaRow(t, id)).title).toBe("Nieuwe titel voor het idee");
  });

  it("lets the author withdraw an open idea; the withdrawn idea refuses support", async () => {
    const id = await createIdea(t);
    const author = await t.agentFor(t.users.resident);
    expect((await author.post(`/ideeen/${id}/intrekken`)).statusCode).toBe(303);
    expect((await ideaRow(t, id)).state).toBe("withdrawn");
    const res = await (await t.agentFor(await t.newUser())).post(`/ideeen/${id}/steunen`);
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain("verzamelt nu geen steun");
    expect(await supportRows(t, id)).toBe(0);
  });

  it("lists, filters, sorts and searches ideas", async () => {
    await createIdea(t, {
      title: "Fietsenrekken bij het station",
      body: "Er zijn veel te weinig fietsenrekken bij het station.",
      category: "traffic",
    });
    const list = await t.agent().get("/ideeen");
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain("Fietsenrekken bij het station");
    expect(list.body).toMatch(/<search aria-label="[^"]+"><form method="get" action="\/ideeen"/);
    const traffic = await t.agent().get("/ideeen?categorie=traffic");
    expect(traffic.body).toContain("Fietsenrekken");
    expect(traffic.body).not.toContain("Meer bankjes in het park");
    const search = await t.agent().get(`/ideeen?zoek=${encodeURIComponent("fietsenrek")}`);
    expect(search.body).toContain("Fietsenrekken bij het station");
    expect(search.body).not.toContain("Meer bankjes");
    for (const sort of ["newest", "supported", "closest", "ending"])
      expect((await t.agent().get(`/ideeen?sortering=${sort}`)).statusCode).toBe(200);
    for (const bad of [
      "/ideeen?sortering=evil",
      "/ideeen?pagina=-1",
      "/ideeen?status=draft",
      `/ideeen?zoek=${"x".repeat(300)}`,
      "/ideeen?gebied=abc",
    ]) {
      expect((await t.agent().get(bad)).statusCode, bad).toBe(400);
    }
    expect((await t.agent().get("/ideeen?zoek=%22%20OR%20*%20NEAR(")).statusCode).toBe(200);
    expect((await t.agent().get("/ideeen/abc")).statusCode).toBe(404);
    expect((await t.agent().get("/ideeen/99999999")).statusCode).toBe(404);
  });

  it("keeps anonymous list and idea pages a moment, never personal pages, and forgets them at a change", async () => {
    const id = await createIdea(t, { title: "Titel voor de cache" });
    const rename = (title: string) =>
      t.services.db.kysely.updateTable("ideas").set({ title }).where("id", "=", id).execute();
    expect((await t.agent().get(`/ideeen/${id}`)).body).toContain("Titel voor de cache");
    await rename("Stil veranderde titel");
    // Within the second, anonymous visitors get the same page; a logged-in visitor never does.
    expect((await t.agent().get(`/ideeen/${id}`)).body).toContain("Titel voor de cache");
    expect((await (await t.agentFor(t.users.moderator)).get(`/ideeen/${id}`)).body).toContain("Stil veranderde titel");
    // Any change through an ideas route empties the cache.
    await (await t.agentFor(await t.newUser())).post(`/ideeen/${id}/volgen`);
    expect((await t.agent().get(`/ideeen/${id}`)).body).toContain("Stil veranderde titel");
    // So does a moved clock (deadlines must show at once).
    await rename("Nog een titel");
    t.clock.advance(5_000);
    expect((await t.agent().get(`/ideeen/${id}`)).body).toContain("Nog een titel");
  });
});
