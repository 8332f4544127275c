// Residents answering a survey over HTTP: page by page, bad input beside its field with what was
// typed kept, conditions, save and return, the summary, sending, changing until the close, and the
// read-only view after it; one response per account, also when posts race.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, TEST_PASSWORD, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { createConsultationsApp, newConsultation, newTwoPageSurvey } from "../test/factories";

type Survey = Awaited<ReturnType<typeof newTwoPageSurvey>>;

describe.each(testDatabases)("answering a survey on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createConsultationsApp(database);
  });
  afterAll(async () => {
    await t?.close();
  });

  const responses = (surveyId: number) =>
    t.services.db.kysely.selectFrom("survey_responses").selectAll().where("survey_id", "=", surveyId).execute();
  const answersOf = async (responseId: number) =>
    Object.fromEntries(
      (
        await t.services.db.kysely
          .selectFrom("survey_answers")
          .select(["question_id", "value"])
          .where("response_id", "=", responseId)
          .execute()
      ).map((r) => [r.question_id, JSON.parse(r.value)]),
    );

  const page1 = (s: Survey, often = "0") => ({
    pagina: String(s.pageIds[0]),
    actie: "volgende",
    [`q${s.q.often}`]: often,
    [`q${s.q.doing}`]: ["0", "1"],
    [`q${s.q.happy}`]: "4",
  });
  const page2 = (s: Survey, more: Record<string, string> = {}) => ({
    pagina: String(s.pageIds[1]),
    actie: "volgende",
    [`q${s.q.missing}`]: "Meer bankjes",
    [`q${s.q.safety}-0`]: "0",
    [`q${s.q.safety}-1`]: "1",
    [`q${s.q.ranking}-0`]: "2",
    [`q${s.q.ranking}-1`]: "1",
    [`q${s.q.count}`]: "2,5",
    [`q${s.q.street}`]: "Marktstraat",
    [`q${s.q.where}`]: "",
    [`q${s.q.where}-postcode`]: "1025 AB",
    ...more,
  });

  it("takes a resident page by page to the summary and sends the response", async () => {
    const s = await newTwoPageSurvey(t, await newConsultation(t));
    const resident = await t.agentFor(await t.newUser());
    const start = await resident.get(`/vragenlijsten/${s.id}`);
    expect(start.statusCode).toBe(200);
    expect(start.body).toContain("Iedereen met een bevestigd e-mailadres");
    expect(start.body).toContain(`href="/vragenlijsten/${s.id}?pagina=1"`);

    const first = await resident.get(`/vragenlijsten/${s.id}?pagina=1`);
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain("Pagina 1 van 2");
    // Bad input: too many choices, no answer to a required question. The message sits beside the
    // field, what was typed is kept, and nothing is stored.
    const bad = await resident.post(`/vragenlijsten/${s.id}`, {
      ...page1(s),
      [`q${s.q.often}`]: undefined,
      [`q${s.q.doing}`]: ["0", "1", "2"],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain(`id="field-q${s.q.doing}-error"`);
    expect(bad.body).toContain("Kies er hoogstens 2.");
    expect(bad.body).toContain(`id="field-q${s.q.often}-error"`);
    expect(bad.body).toMatch(new RegExp(`name="q${s.q.doing}" value="2" checked`));
    expect(await responses(s.id)).toEqual([]);

    const next = await resident.post(`/vragenlijsten/${s.id}`, page1(s));
    expect(next.statusCode).toBe(303);
    expect(next.headers.location).toBe(`/vragenlijsten/${s.id}?pagina=2`);
    const second = await resident.get(`/vragenlijsten/${s.id}?pagina=2`);
    expect(second.body).toContain("Wat mist u?"); // shown: "often" was answered Ja
    // A number typed wrongly on page 2 is refused with what was typed kept.
    const badNumber = await resident.post(`/vragenlijsten/${s.id}`, page2(s, { [`q${s.q.count}`]: "veel" }));
    expect(badNumber.statusCode).toBe(400);
    expect(badNumber.body).toContain('value="veel"');
    expect(badNumber.body).toContain("Vul een getal in");

    const done = await resident.post(`/vragenlijsten/${s.id}`, page2(s));
    expect(done.headers.location).toBe(`/vragenlijsten/${s.id}/overzicht`);
    const summary = await resident.get(`/vragenlijsten/${s.id}/overzicht`);
    expect(summary.statusCode).toBe(200);
    for (const text of [
      "Ja",
      "Markt, Terras",
      "Meer bankjes",
      "Overdag: Veilig; Avond: Onveilig",
      "1. Bankjes, 2. Bomen",
    ])
      expect(summary.body).toContain(text);
    expect(summary.body).toContain("2,5");
    expect(summary.body).toContain("Postcode 1025");
    expect(summary.body).toContain(`href="/vragenlijsten/${s.id}?pagina=2"`);
    const [draft] = await responses(s.id);
    expect(draft!.submitted_at).toBeNull();

    const sent = await resident.post(`/vragenlijsten/${s.id}/versturen`);
    expect(sent.headers.location).toBe(`/vragenlijsten/${s.id}/bedankt`);
    expect((await resident.get(`/vragenlijsten/${s.id}/bedankt`)).body).toContain("Bedankt voor uw antwoorden");
    const [row] = await responses(s.id);
    expect(row).toMatchObject({ source: "online", verified: 0, anonymous_key: null });
    expect(row!.submitted_at).not.toBeNull();
    // Zuid holds 1020-1039: the area question's postcode places the response there.
    const zuid = await t.services.db.kysely
      .selectFrom("areas")
      .select("id")
      .where("name", "=", "Zuid")
      .executeTakeFirst();
    expect(row!.area_id).toBe(zuid!.id);
    expect(await answersOf(row!.id)).toMatchObject({
      [s.q.often]: 0,
      [s.q.doing]: [0, 1],
      [s.q.happy]: 4,
      [s.q.missing]: "Meer bankjes",
      [s.q.safety]: [0, 1],
      [s.q.ranking]: [1, 0],
      [s.q.count]: 2.5,
      [s.q.where]: { postcode: "1025" },
    });
  });

  it("saves to continue later, shows saved answers again, and changes a sent response until it closes", async () => {
    const s = await newTwoPageSurvey(t, await newConsultation(t));
    const resident = await t.agentFor(await t.newUser());
    await resident.post(`/vragenlijsten/${s.id}`, page1(s));
    const saved = await resident.post(`/vragenlijsten/${s.id}`, {
      pagina: String(s.pageIds[1]),
      actie: "opslaan",
      [`q${s.q.street}`]: "Kerkstraat",
    });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(`/vragenlijsten/${s.id}`);
    expect((await resident.get(`/vragenlijsten/${s.id}`)).body).toContain("Uw antwoorden zijn bewaard.");
    const back = await resident.get(`/vragenlijsten/${s.id}?pagina=2`);
    expect(back.body).toContain('value="Kerkstraat"');
    // Saving with a wrong number keeps the valid answers, says which one was not saved, keeps it typed.
    const partly = await resident.post(`/vragenlijsten/${s.id}`, {
      pagina: String(s.pageIds[1]),
      actie: "opslaan",
      [`q${s.q.street}`]: "Molenstraat",
      [`q${s.q.count}`]: "99",
    });
    expect(partly.statusCode).toBe(400);
    expect(partly.body).toContain("Uw andere antwoorden zijn bewaard.");
    expect(partly.body).toContain('value="99"');
    expect(partly.body).toContain(`id="field-q${s.q.count}-error"`);
    const kept = await answersOf((await responses(s.id))[0]!.id);
    expect(kept[s.q.street]).toBe("Molenstraat");
    expect(kept[s.q.count]).toBeUndefined();
    const [draft] = await responses(s.id);
    expect(draft!.submitted_at).toBeNull();
    // Sending with the required grid still open is refused; nothing changes.
    const early = await resident.post(`/vragenlijsten/${s.id}/versturen`);
    expect(early.statusCode).toBe(400);
    expect(early.body).toContain("niet alle verplichte vragen");
    expect((await responses(s.id))[0]!.submitted_at).toBeNull();

    await resident.post(`/vragenlijsten/${s.id}`, page2(s));
    await resident.post(`/vragenlijsten/${s.id}/versturen`);
    const [sent] = await responses(s.id);
    expect(sent!.submitted_at).not.toBeNull();
    // Changing page 1 to "Nee" hides "what is missing": its answer is dropped, the response stays sent.
    t.clock.advance(60_000);
    const changed = await resident.post(`/vragenlijsten/${s.id}`, page1(s, "1"));
    expect(changed.headers.location).toBe(`/vragenlijsten/${s.id}?pagina=2`);
    const answers = await answersOf(sent!.id);
    expect(answers[s.q.often]).toBe(1);
    expect(answers[s.q.missing]).toBeUndefined();
    expect((await resident.get(`/vragenlijsten/${s.id}?pagina=2`)).body).not.toContain("Wat mist u?");
    const again = await resident.post(`/vragenlijsten/${s.id}/versturen`);
    expect(again.headers.location).toBe(`/vragenlijsten/${s.id}/bedankt`);
    const rows = await responses(s.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.updated_at > sent!.updated_at).toBe(true);
  });

  it("goes back a page, and refuses a page that is not shown or a forged page id", async () => {
    const s = await newTwoPageSurvey(t, await newConsultation(t));
    const resident = await t.agentFor(await t.newUser());
    await resident.post(`/vragenlijsten/${s.id}`, page1(s));
    const previous = await resident.post(`/vragenlijsten/${s.id}`, { ...page2(s), actie: "vorige" });
    expect(previous.headers.location).toBe(`/vragenlijsten/${s.id}?pagina=1`);
    expect((await resident.get(`/vragenlijsten/${s.id}?pagina=3`)).statusCode).toBe(404);
    expect((await resident.get(`/vragenlijsten/${s.id}?pagina=x`)).statusCode).toBe(404);
    const forged = await resident.post(`/vragenlijsten/${s.id}`, { pagina: "999999", actie: "volgende" });
    expect(forged.statusCode).toBe(400);
  });

  it("keeps one response per account when the same posts race", async () => {
    const s = await newTwoPageSurvey(t, await newConsultation(t));
    const resident = await t.agentFor(await t.newUser());
    const results = await Promise.all(
      Array.from({ length: 6 }, () => resident.post(`/vragenlijsten/${s.id}`, page1(s))),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(6).fill(303));
    expect(await responses(s.id)).toHaveLength(1);
  });

  it("shows a closed survey's own answers read-only and refuses changes with 409", async () => {
    const s = await newTwoPageSurvey(t, await newConsultation(t), "2099-12-31");
    const resident = await t.agentFor(await t.newUser());
    await resident.post(`/vragenlijsten/${s.id}`, page1(s));
    await resident.post(`/vragenlijsten/${s.id}`, page2(s));
    await resident.post(`/vragenlijsten/${s.id}/versturen`);
    await t.services.db.kysely.updateTable("surveys").set({ closes_on: "2000-01-01" }).where("id", "=", s.id).execute();
    const view = await resident.get(`/vragenlijsten/${s.id}`);
    expect(view.statusCode).toBe(200);
    expect(view.body).toContain("Uw antwoorden");
    expect(view.body).toContain("Meer bankjes");
    expect(view.body).not.toContain("?pagina=");
    expect((await resident.post(`/vragenlijsten/${s.id}`, page1(s, "1"))).statusCode).toBe(409);
    expect((await resident.post(`/vragenlijsten/${s.id}/versturen`)).statusCode).toBe(409);
    expect((await resident.get(`/vragenlijsten/${s.id}/overzicht`)).statusCode).toBe(303);
    const [row] = await responses(s.id);
    expect((await answersOf(row!.id))[s.q.often]).toBe(0);
  });

  it("refuses outsiders: no account, an unconfirmed address, a missing CSRF token, an unpublished survey", async () => {
    const s = await newTwoPageSurvey(t, await newConsultation(t));
    const visitor = t.agent();
    const start = await visitor.get(`/vragenlijsten/${s.id}`);
    expect(start.statusCode).toBe(200);
    expect(start.body).toContain("Log in om mee te doen");
    const page = await visitor.get(`/vragenlijsten/${s.id}?pagina=1`);
    expect(page.statusCode).toBe(303);
    expect(page.headers.location).toMatch(/^\/inloggen/);
    expect((await visitor.post(`/vragenlijsten/${s.id}`, page1(s))).headers.location).toMatch(/^\/inloggen/);

    const unconfirmed = await t.agentFor(await t.newUser({ verified: false }));
    expect((await unconfirmed.get(`/vragenlijsten/${s.id}?pagina=1`)).statusCode).toBe(403);
    expect((await unconfirmed.post(`/vragenlijsten/${s.id}`, page1(s))).statusCode).toBe(403);

    const resident = await t.agentFor(await t.newUser());
    expect((await resident.post(`/vragenlijsten/${s.id}`, { ...page1(s), _csrf: "" })).statusCode).toBe(403);
    expect(await responses(s.id)).toEqual([]);

    await t.services.db.kysely.updateTable("surveys").set({ published: 0 }).where("id", "=", s.id).execute();
    expect((await resident.get(`/vragenlijsten/${s.id}`)).statusCode).toBe(404);
    expect((await resident.post(`/vragenlijsten/${s.id}`, page1(s))).statusCode).toBe(404);
  });

  it("puts a response given through the forms in 'download my data', removed with the account while open", async () => {
    const s = await newTwoPageSurvey(t, await newConsultation(t));
    const user = await t.newUser();
    const resident = await t.agentFor(user);
    await resident.post(`/vragenlijsten/${s.id}`, page1(s));
    await resident.post(`/vragenlijsten/${s.id}`, page2(s));
    await resident.post(`/vragenlijsten/${s.id}/versturen`);
    const data = (await resident.get("/account/gegevens.json")).json().contributions.consultations;
    const mine = data.surveyResponses.find((r: { surveyId: number }) => r.surveyId === s.id);
    expect(mine).toMatchObject({ verifiedResident: false, survey: "Vragenlijst plein" });
    expect(mine.sentAt).not.toBeNull();
    expect(mine.answers).toContainEqual({ questionId: s.q.street, answer: "Marktstraat" });
    const deleted = await resident.post("/account/verwijderen", { password: TEST_PASSWORD });
    expect(deleted.statusCode).toBe(303);
    expect(await responses(s.id)).toEqual([]);
  });

  it("answers in English too", async () => {
    const s = await newTwoPageSurvey(t, await newConsultation(t));
    const visitor: Agent = t.agent();
    visitor.cookies.set("inspraak_lang", "en");
    const page = await visitor.get(`/vragenlijsten/${s.id}`);
    expect(page.body).toContain("Log in to take part");
    expect(page.body).toContain("Anyone with a confirmed e-mail address");
  });
});
