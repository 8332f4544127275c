/**
 * Submitting a survey response over HTTP as a logged-in resident, against a bare Fastify route
 * measured in the same run (`node --import tsx bench/consultations-http.ts` prints JSON;
 * bench/run.ts reports it as `surveyResponse`). Goal: responses/s ≥ 30% of the bare route's
 * req/s, p99 < 50 ms, at 50 connections.
 *
 * The request is the real thing: the full app (site lookup, session, CSRF check, form parsing,
 * the consultation's participation rule, validating every answer of the page, and storing the
 * response with its answers in one transaction with the response row locked) on an SQLite file,
 * or on PostgreSQL when BENCH_DATABASE_URL is set. The survey is one page of six questions (single
 * and multiple choice, scale, number, short text, area), so each post is a whole response; 500
 * residents answer again and again, so after the first round every post replaces a response.
 */
import { pathToFileURL } from "node:url";
import autocannon from "autocannon";
import { build } from "../src/app";
import { loadConfig } from "../src/config";
import { addArea, createSite } from "../src/core/sites/store";
import { consultationsComponent } from "../src/components/consultations/manifest";
import type { Question } from "../src/components/consultations/domain/questions";
import { saveConsultation } from "../src/components/consultations/store/consultations";
import { createSurvey, insertQuestion, surveyPages } from "../src/components/consultations/store/surveys";
import { bareBaseline, benchFigure, benchResidents, scratchDatabase, type BenchFigure } from "./http/fixtures";

export interface SurveyResponseBenchResult extends BenchFigure {
  bareRequestsPerSecond: number;
  goal: number;
  database: string;
}

const RESIDENTS = 500;
// The goal of every write path (docs/benchmarks.md): 30% of the bare route at 50 connections.
const GOAL = 0.3;

export async function benchSurveyResponses(
  options: { durationSeconds?: number; connections?: number } = {},
): Promise<SurveyResponseBenchResult> {
  const duration = options.durationSeconds ?? 5;
  const connections = options.connections ?? 50;
  const baseline = await bareBaseline("POST", connections, duration);
  const database = scratchDatabase();
  const built = await build(loadConfig({ LOG_LEVEL: "silent", DATABASE_URL: database.url }), {
    workers: false,
    components: [consultationsComponent],
  });
  try {
    const db = built.services.db.kysely;
    const now = new Date();
    const site = await createSite(
      db,
      { slug: `bench-${Date.now()}`, name: "Bench", hosts: ["127.0.0.1"], isDefault: true },
      now,
    );
    const area = await addArea(db, site.id, "Noord", "1000-1019");
    const consultation = await saveConsultation(
      db,
      site.id,
      null,
      { title: "Bench", summary: "Bench", body: "", contactUserId: null, areaIds: [], phases: [] },
      now,
    );
    const surveyId = await createSurvey(
      db,
      site.id,
      consultation,
      { title: "Bench", intro: "", closesOn: "2099-12-31", published: true },
      now,
    );
    const [page] = await surveyPages(db, surveyId);
    const base = { id: 0, help: "", required: true, condition: null };
    const questions: Question[] = [
      { ...base, type: "single", label: "Hoe vaak?", choices: ["Vaak", "Soms", "Nooit"] },
      { ...base, type: "multiple", label: "Wat?", choices: ["Groen", "Bankjes", "Spelen", "Terras"], max: 2 },
      { ...base, type: "scale", label: "Tevreden?", min: 1, max: 5, minLabel: "", maxLabel: "" },
      { ...base, type: "number", label: "Minuten?", min: 0, max: 120 },
      { ...base, type: "shortText", label: "Straat" },
      { ...base, type: "area", label: "Waar?", allowPostcode: false },
    ];
    const ids: number[] = [];
    for (const q of questions) ids.push(await insertQuestion(db, surveyId, page!.id, q));
    const residents = await benchResidents(built.services, site.id, RESIDENTS);
    const address = await built.app.listen({ port: 0, host: "127.0.0.1" });
    let n = 0;
    const run = await autocannon({
      url: `${address}/vragenlijsten/${surveyId}`,
      connections,
      duration,
      requests: [
        {
          method: "POST",
          setupRequest: (request: autocannon.Request) => {
            const i = n++;
            const resident = residents[i % RESIDENTS]!;
            const [single, multiple, scale, number, text, where] = ids;
            const form = new URLSearchParams({ _csrf: resident.csrf, pagina: String(page!.id), actie: "volgende" });
            form.append(`q${single}`, String(i % 3));
            form.append(`q${multiple}`, String(i % 4));
            form.append(`q${multiple}`, String((i + 1) % 4));
            form.append(`q${scale}`, String(1 + (i % 5)));
            form.append(`q${number}`, String(i % 120));
            form.append(`q${text}`, `Straat ${i % 50}`);
            form.append(`q${where}`, String(area.id));
            return {
              ...request,
              headers: {
                ...request.headers,
                "content-type": "application/x-www-form-urlencoded",
                cookie: resident.cookie,
              },
              body: form.toString(),
            };
          },
        },
      ],
    });
    return {
      bareRequestsPerSecond: Math.round(baseline.requests.average),
      ...benchFigure(run, baseline, "POST"),
      goal: GOAL,
      database: database.kind,
    };
  } finally {
    await built.close();
    database.remove();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(JSON.stringify(await benchSurveyResponses(), null, 2));
}
