import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { parseCsv } from "../../../core/csv";
import { createConsultationsApp } from "../test/factories";
import { everyTypeSurvey } from "../test/every-type-survey";

/** The page's text without tags, for figures that sit in table cells. */
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe.each(testDatabases)("survey results for staff on $name", (database) => {
  let t: TestApp;
  let s: Awaited<ReturnType<typeof everyTypeSurvey>>;
  beforeAll(async () => {
    t = await createConsultationsApp(database);
    s = await everyTypeSurvey(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("shows every question type's figures, a chart hidden from screen readers and its table", async () => {
    const official = await t.agentFor(t.users.official);
    const res = await official.get(`/admin/vragenlijsten/${s.survey.id}/resultaten`);
    expect(res.statusCode).toBe(200);
    const page = text(res.body);
    expect(page).toContain("4 deelnemers");
    // Single choice: Yes 2 of 4 (50%), No 2 (50%), Sometimes 0; the unsent response's choice is not counted.
    expect(page).toContain("Yes 2 50%");
    expect(page).toContain("Sometimes 0 0%");
    // Multiple choice of 2 respondents: Car 1 (50%), Bike 2 (100%).
    expect(page).toContain("Bike 2 100%");
    // Scale with its end labels; number statistics in Dutch notation; ranking by mean place.
    expect(page).toContain("5 (Very busy) 2 66,7%");
    expect(page).toContain("Gemiddelde 4,17");
    expect(page).toContain("Mediaan 3");
    expect(page).toContain("Trees 1,5");
    // Grid per row, area per area and postcode.
    expect(page).toContain("Day");
    expect(page).toContain("Unsafe 2 100%");
    expect(page).toContain("Noord 1 50%");
    expect(page).toContain("1021 1 50%");
    // Open answers: counted here, texts only on their own page; the unsent one nowhere.
    expect(page).toContain("3 open antwoorden");
    expect(res.body).not.toContain("Meer bomen");
    expect(res.body).toContain(`/admin/vragenlijsten/${s.survey.id}/open-antwoorden/${s.q.qShort}`);
    expect(res.body).toMatch(/<div class="results-chart" aria-hidden="true">/);
    expect(res.body).toContain("<caption");
  });

  it("filters by area and by participation level with GET parameters, with the count per filter", async () => {
    const official = await t.agentFor(t.users.official);
    const base = `/admin/vragenlijsten/${s.survey.id}/resultaten`;
    const all = text((await official.get(base)).body);
    expect(all).toContain("Noord (2)");
    expect(all).toContain("Geverifieerde inwoner (1)");
    expect(all).toContain("Op papier (1)");
    const north = text((await official.get(`${base}?gebied=${s.areas.Noord}&niveau=`)).body);
    expect(north).toContain("2 deelnemers van 4 in totaal");
    expect(north).toContain("Yes 2 100%");
    const anonymous = text((await official.get(`${base}?gebied=&niveau=anoniem`)).body);
    expect(anonymous).toContain("1 deelnemer van 4 in totaal");
    expect(anonymous).toContain("No 1 100%");
    const both = text((await official.get(`${base}?gebied=${s.areas.Zuid}&niveau=geverifieerd`)).body);
    expect(both).toContain("0 deelnemers van 4 in totaal");
  });

  it("refuses unknown filters with a message beside the field, keeping the choice", async () => {
    const official = await t.agentFor(t.users.official);
    const base = `/admin/vragenlijsten/${s.survey.id}/resultaten`;
    for (const query of ["gebied=999999", "gebied=abc", "niveau=alles", "gebied=1&gebied=2"]) {
      const res = await official.get(`${base}?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.body, query).toMatch(/Kies (een wijk|een soort deelnemer) uit de lijst\./);
      expect(res.body).toContain('aria-invalid="true"');
    }
    expect((await official.get(`${base}?niveau=papier&gebied=x`)).body).toContain('<option value="papier" selected');
  });

  it("exports one CSV row per sent response with a column per answer, source, level and area", async () => {
    const official = await t.agentFor(t.users.official);
    const res = await official.get(`/admin/vragenlijsten/${s.survey.id}/antwoorden.csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/csv");
    expect(res.headers["content-disposition"]).toContain("attachment");
    const [header, ...rows] = parseCsv(res.body, "antwoorden.csv").map((r) => r.fields);
    expect(header).toEqual([
      "response",
      "submitted_at",
      "source",
      "level",
      "verified",
      "area",
      "Do you park in the street?",
      "How do you travel?",
      "How busy?",
      "How many cars?",
      "Your street",
      "Anything else?",
      "Rank these",
      "How safe?: Day",
      "How safe?: Night",
      "Where do you live?",
    ]);
    expect(rows).toHaveLength(4);
    const byId = new Map(rows.map((r) => [Number(r[0]), r.slice(2)]));
    expect(byId.get(s.responses.verified)).toEqual([
      "online",
      "verified",
      "1",
      "Noord",
      "Yes",
      "Car | Bike",
      "5",
      "3",
      "Meer bomen",
      "Het plein is te druk op zaterdag.",
      "Trees | Benches | Parking",
      "Safe",
      "Unsafe",
      "Noord",
    ]);
    expect(byId.get(s.responses.unverified)!.slice(0, 4)).toEqual(["online", "unverified", "0", "Zuid"]);
    expect(byId.get(s.responses.unverified)!.at(-1)).toBe("1021");
    // A formula typed by a resident comes back as the text it was (the file neutralised it).
    expect(byId.get(s.responses.anonymous)!.slice(0, 4)).toEqual(["anonymous", "anonymous", "0", ""]);
    expect(byId.get(s.responses.anonymous)![8]).toBe('=HYPERLINK("http://evil.example")');
    expect(res.body).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(byId.get(s.responses.paper)!.slice(0, 2)).toEqual(["paper", "paper"]);
    expect(byId.has(s.responses.unsent)).toBe(false);
  });
});
