// The public consultation pages: the list (open first, no drafts), one page with everything open
// in it, following, voting in polls (one vote per person, the rule in answer-rules.ts, bad input,
// CSRF, other sites), results shown as staff chose, documents as attachments, the map and home.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { addCalendarDays, localDate } from "../../../core/i18n/local-days";
import { closePoll } from "../polls/store";
import { addDocument, addUpdate } from "../store/page-parts";
import { createConsultationsApp, newSurvey } from "../test/factories";
import { choiceIds, newPoll, publishedConsultation, votesIn } from "../test/page-factories";

describe.each(testDatabases)("public consultation pages on $name", (database) => {
  let t: TestApp;
  const day = (n: number) => addCalendarDays(localDate(t.clock().toISOString()), n);
  beforeAll(async () => {
    t = await createConsultationsApp(database);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("lists published consultations, open ones first, and hides drafts", async () => {
    const closed = await publishedConsultation(t, {
      title: "Afgelopen raadpleging",
      phases: [{ name: "Inbreng", startsOn: day(-40), endsOn: day(-10) }],
    });
    const open = await publishedConsultation(t, {
      title: "Lopende raadpleging",
      phases: [
        { name: "Informatie", startsOn: day(-10), endsOn: day(-1) },
        { name: "Inbreng", startsOn: day(0), endsOn: day(20) },
      ],
    });
    const upcoming = await publishedConsultation(t, {
      title: "Komende raadpleging",
      phases: [{ name: "Inbreng", startsOn: day(5), endsOn: day(20) }],
    });
    const draft = await publishedConsultation(t, { title: "Geheim concept", published: false });
    const res = await t.agent().get("/raadplegingen");
    expect(res.statusCode).toBe(200);
    const order = ["Lopende raadpleging", "Komende raadpleging", "Afgelopen raadpleging"].map((x) =>
      res.body.indexOf(x),
    );
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(res.body).toContain("Fase: Inbreng.");
    expect(res.body).not.toContain("Geheim concept");
    expect((await t.agent().get(`/raadplegingen/${draft}`)).statusCode).toBe(404);
    expect((await t.agent().get("/raadplegingen/abc")).statusCode).toBe(404);
    for (const id of [closed, open, upcoming])
      expect((await t.agent().get(`/raadplegingen/${id}`)).statusCode).toBe(200);
  });

  it("shows the text, timeline with the current phase, open surveys, documents and updates", async () => {
    const db = t.services.db.kysely;
    const id = await publishedConsultation(t, {
      title: "Plein met alles",
      body: "We willen **meer groen**.\n\n<script>alert(1)</script>",
      phases: [
        { name: "Informatie", startsOn: day(-10), endsOn: day(-1) },
        { name: "Inbreng", startsOn: day(0), endsOn: day(20) },
        { name: "Besluit", startsOn: day(30), endsOn: day(40) },
      ],
    });
    const open = await newSurvey(t, id);
    await newSurvey(t, id, [], day(-1)); // closed yesterday: not offered
    const pdf = Buffer.from("%PDF-1.4\n%%EOF\n", "latin1");
    const doc = await addDocument(db, id, { name: 'Ontwerp "A" <plein>', kind: "pdf", bytes: pdf }, t.clock());
    await addUpdate(
      db,
      id,
      { title: "Eerste nieuws", body: "De inbreng is *begonnen*.", authorUserId: null },
      t.clock(),
    );
    const res = await t.agent().get(`/raadplegingen/${id}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("<strong>meer groen</strong>");
    expect(res.body).not.toContain("<script>alert(1)</script>");
    expect(res.body).toMatch(/aria-current="step"><strong[^>]*>Inbreng<\/strong>/);
    expect(res.body).toContain("Test official");
    expect(res.body).toContain(`href="/vragenlijsten/${open.id}"`);
    expect(res.body.match(/href="\/vragenlijsten\//g)).toHaveLength(1);
    expect(res.body).toContain(`href="/raadplegingen/${id}/documenten/${doc}"`);
    expect(res.body).toContain("Ontwerp &quot;A&quot; &lt;plein>");
    expect(res.body).toContain("<em>begonnen</em>");

    const download = await t.agent().get(`/raadplegingen/${id}/documenten/${doc}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers["content-type"]).toBe("application/pdf");
    expect(download.headers["content-disposition"]).toBe('attachment; filename="ontwerp-a-plein.pdf"');
    expect(download.headers["x-content-type-options"]).toBe("nosniff");
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect((await t.agent().get(`/raadplegingen/${id}/documenten/999999`)).statusCode).toBe(404);
    const other = await publishedConsultation(t, { title: "Ander plein" });
    // A document is only served under its own consultation.
    expect((await t.agent().get(`/raadplegingen/${other}/documenten/${doc}`)).statusCode).toBe(404);
  });

  it("lets a resident vote once; the results show after voting as staff chose", async () => {
    const id = await publishedConsultation(t);
    const poll = await newPoll(t, id, { results: "afterVote" });
    const [groen, spelen] = await choiceIds(t, poll);
    const page = await t.agent().get(`/raadplegingen/${id}`);
    expect(page.body).toContain("Log in om te stemmen");
    expect(page.body).not.toContain('name="choice"');
    const resident = await t.agentFor(t.users.resident);
    expect((await resident.get(`/raadplegingen/${id}`)).body).toContain("U ziet de uitslag nadat u hebt gestemd.");
    const voted = await resident.post(`/peilingen/${poll}/stem`, {
      choice: String(groen),
      terug: `/raadplegingen/${id}`,
    });
    expect(voted.statusCode).toBe(303);
    expect(voted.headers.location).toBe(`/raadplegingen/${id}#peiling-${poll}`);
    const after = await resident.get(`/raadplegingen/${id}`);
    expect(after.body).toContain("U koos:");
    expect(after.body).toContain("<svg");
    expect(after.body).toMatch(
      /<th class="utrecht-table__header-cell" scope="row"[^>]*>Groen<\/th><td[^>]*>1<\/td><td[^>]*>100%<\/td>/,
    );
    expect(after.body).not.toContain('name="choice"');
    // A second vote, also for another choice, does not count.
    const again = await resident.post(`/peilingen/${poll}/stem`, { choice: String(spelen), terug: "/" });
    expect(again.statusCode).toBe(303);
    expect(again.headers.location).toBe("/");
    expect(await votesIn(t, poll)).toBe(1);
  });

  it("hides the results until the poll closes when staff chose so", async () => {
    const id = await publishedConsultation(t);
    const poll = await newPoll(t, id, { results: "afterClose" });
    const [groen] = await choiceIds(t, poll);
    const resident = await t.agentFor(await t.newUser());
    await resident.post(`/peilingen/${poll}/stem`, { choice: String(groen) });
    const open = await resident.get(`/raadplegingen/${id}`);
    expect(open.body).toContain("U ziet de uitslag als de peiling is gesloten.");
    expect(open.body).not.toContain("utrecht-table__cell--numeric");
    await closePoll(t.services.db.kysely, poll, t.clock());
    const closed = await t.agent().get(`/raadplegingen/${id}`);
    expect(closed.body).toContain("Deze peiling is gesloten.");
    expect(closed.body).toContain("utrecht-table__cell--numeric");
    const late = await t.agentFor(await t.newUser());
    expect((await late.post(`/peilingen/${poll}/stem`, { choice: String(groen) })).statusCode).toBe(409);
    expect(await votesIn(t, poll)).toBe(1);
  });

  it("refuses bad choices, forged requests, visitors, unconfirmed addresses, drafts and other sites", async () => {
    const id = await publishedConsultation(t);
    const poll = await newPoll(t, id);
    const [groen] = await choiceIds(t, poll);
    const otherPoll = await newPoll(t, await publishedConsultation(t));
    const [foreignChoice] = await choiceIds(t, otherPoll);
    const resident = await t.agentFor(await t.newUser());
    for (const choice of [undefined, "", "abc", String(foreignChoice), ["1", "2"]]) {
      const res = await resident.post(`/peilingen/${poll}/stem`, { choice: choice as string });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain("Kies een van de antwoorden.");
    }
    expect((await resident.post(`/peilingen/${poll}/stem`, { choice: String(groen), _csrf: "" })).statusCode).toBe(403);
    const visitor = await t.agent().post(`/peilingen/${poll}/stem`, { choice: String(groen) });
    expect(visitor.headers.location).toMatch(/^\/inloggen\?terug=/);
    const unverified = await t.agentFor(await t.newUser({ verified: false }));
    const refused = await unverified.post(`/peilingen/${poll}/stem`, { choice: String(groen) });
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toContain('<h1 class="utrecht-heading-1">Bevestig eerst uw e-mailadres</h1>');
    const draftPoll = await newPoll(t, id, { published: false });
    const [draftChoice] = await choiceIds(t, draftPoll);
    expect((await resident.post(`/peilingen/${draftPoll}/stem`, { choice: String(draftChoice) })).statusCode).toBe(404);
    expect((await resident.get(`/raadplegingen/${id}`)).body).not.toContain(`peiling-${draftPoll}`);
    const { createSite } = await import("../../../core/sites/store");
    const other = await createSite(
      t.services.db.kysely,
      { slug: "elders2", name: "Elders", hosts: ["elders2.example"] },
      t.clock(),
    );
    const foreign = await t.agentFor(await t.newUser({ siteId: other.id }));
    foreign.host = "elders2.example";
    expect((await foreign.post(`/peilingen/${poll}/stem`, { choice: String(groen) })).statusCode).toBe(404);
    expect((await foreign.get(`/raadplegingen/${id}`)).statusCode).toBe(404);
    expect(await votesIn(t, poll)).toBe(0);
    expect(await votesIn(t, draftPoll)).toBe(0);
  });

  it("lets a resident follow and stop following; visitors and forged requests are refused", async () => {
    const db = t.services.db.kysely;
    const id = await publishedConsultation(t);
    const follows = async () =>
      (await db.selectFrom("consultation_follows").select("user_id").where("consultation_id", "=", id).execute())
        .length;
    expect((await t.agent().get(`/raadplegingen/${id}`)).body).toContain("Log in om deze raadpleging te volgen");
    const visitor = await t.agent().post(`/raadplegingen/${id}/volgen`, { volgen: "1" });
    expect(visitor.headers.location).toMatch(/^\/inloggen\?terug=/);
    const resident = await t.agentFor(await t.newUser());
    expect((await resident.post(`/raadplegingen/${id}/volgen`, { volgen: "1", _csrf: "" })).statusCode).toBe(403);
    expect((await resident.post(`/raadplegingen/${id}/volgen`, { volgen: "ja" })).statusCode).toBe(400);
    expect(await follows()).toBe(0);
    expect((await resident.post(`/raadplegingen/${id}/volgen`, { volgen: "1" })).statusCode).toBe(303);
    expect((await resident.post(`/raadplegingen/${id}/volgen`, { volgen: "1" })).statusCode).toBe(303);
    expect(await follows()).toBe(1);
    expect((await resident.get(`/raadplegingen/${id}`)).body).toContain("Niet meer volgen");
    expect((await resident.post(`/raadplegingen/${id}/volgen`, { volgen: "0" })).statusCode).toBe(303);
    expect(await follows()).toBe(0);
    const draft = await publishedConsultation(t, { published: false });
    expect((await resident.post(`/raadplegingen/${draft}/volgen`, { volgen: "1" })).statusCode).toBe(404);
  });

  it("puts located consultations on the site map and open ones with home polls on the home page", async () => {
    const db = t.services.db.kysely;
    const id = await publishedConsultation(t, { title: "Plein op de kaart" });
    await db.updateTable("consultations").set({ location_address: "Marktplein 1" }).where("id", "=", id).execute();
    const { consultationMapItems } = await import("./map-items");
    const fakeRequest = { site: t.site, t: (k: string) => k } as never;
    const items = await consultationMapItems(fakeRequest, t.services);
    const item = items.find((i) => i.id === id);
    expect(item).toMatchObject({
      kind: "consultation",
      url: `/raadplegingen/${id}`,
      state: "open",
      address: "Marktplein 1",
    });
    expect(items.some((i) => i.title === "Geheim concept")).toBe(false);
    const poll = await newPoll(t, id, { question: "Vraag op de voorpagina?", onHome: true });
    const home = await t.agent().get("/");
    expect(home.body).toContain("De gemeente vraagt uw mening");
    expect(home.body).toContain("Vraag op de voorpagina?");
    expect(home.body).toContain(`href="/raadplegingen/${id}"`);
    const resident = await t.agentFor(await t.newUser());
    const [first] = await choiceIds(t, poll);
    expect((await resident.get("/")).body).toContain(`action="/peilingen/${poll}/stem"`);
    const voted = await resident.post(`/peilingen/${poll}/stem`, { choice: String(first), terug: "/" });
    expect(voted.headers.location).toBe("/");
    expect((await resident.get("/")).body).toContain("U koos:");
  });
});
