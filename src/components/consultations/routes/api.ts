// GET /api/v1/consultations, /api/v1/consultations/{id} and /api/v1/surveys/{id}/results: open
// data following the Dutch API Design Rules like the ideas API (problem+json listing every invalid
// parameter, API-Version header, camelCase, UTC dates, no trailing slash). Only what is public
// (domain/publicity.ts): a consultation staff keep as a draft, a draft survey, and the results of
// an open survey that staff did not make public all answer 404, as if they did not exist yet.
// Poll figures follow the poll's own rule for a visitor who did not vote (polls/poll-results.ts).
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { apiInput, listPage, sendApi } from "../../../core/http/open-data-api";
import { notFound } from "../../../core/http/errors";
import { locationJson } from "../../../core/places/location-json";
import type { Services } from "../../../core/services";
import { resultsPublic, surveyPublicity } from "../domain/publicity";
import { getSurvey, surveyPages } from "../store/surveys";
import { phaseStatus, surveyOpen } from "../domain/timeline";
import { publicConsultations, publishedSurveys, type PublicConsultation } from "../store/public-consultations";
import type { SurveyRow } from "../store/tables";
import { resultsJson } from "./api-results";
import { loadResults } from "./results-data";
import type { Executor } from "../../../core/db/database";
import { pollResults, resultsVisible } from "../polls/poll-results";
import { type Poll, pollsOf, voteCounts } from "../polls/store";
import { linksOf } from "../store/page-parts";
import { siteParts } from "./public";

const input = apiInput("consultations.api");
export const apiConsultationsQuery = z.object(input.paging);

function consultationJson(request: FastifyRequest, c: PublicConsultation, now: Date) {
  return {
    id: c.id,
    title: c.title,
    summary: c.summary,
    areas: c.areas,
    phases: c.phases.map((p) => ({ ...p, current: phaseStatus(p, now) === "current" })),
    location: locationJson(c),
    createdAt: c.created_at,
    updatedAt: c.updated_at,
    _links: { self: { href: `${request.siteUrl}/api/v1/consultations/${c.id}` } },
  };
}

function surveyJson(request: FastifyRequest, s: SurveyRow, now: Date) {
  const publicResults = resultsPublic(surveyPublicity(s), now);
  return {
    id: s.id,
    title: s.title,
    intro: s.intro,
    closesOn: s.closes_on,
    open: surveyOpen({ published: true, closesOn: s.closes_on }, now),
    resultsPublic: publicResults,
    _links: publicResults ? { results: { href: `${request.siteUrl}/api/v1/surveys/${s.id}/results` } } : {},
  };
}

/** A poll with its choices; the votes per choice only once anyone may see them (after closing). */
async function pollJson(db: Executor, p: Poll) {
  const closed = p.closed_at !== null;
  const visible = resultsVisible({ results: p.results, closed }, false);
  const results = visible ? pollResults(p.choices, await voteCounts(db, p.id)) : null;
  return {
    id: p.id,
    question: p.question,
    closed,
    resultsShown: p.results,
    totalVotes: results?.total ?? null,
    choices: p.choices.map((c) => {
      const r = results?.choices.find((x) => x.id === c.id);
      return { id: c.id, label: c.label, votes: r?.votes ?? null, percent: r?.percent ?? null };
    }),
  };
}

export function registerConsultationsApiRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;

  app.get("/api/v1/consultations", async (request, reply) => {
    const parsed = apiConsultationsQuery.safeParse(request.query ?? {});
    if (!parsed.success) throw input.invalid(parsed.error);
    const q = parsed.data;
    const now = services.clock();
    const all = await publicConsultations(db, request.site.id);
    const items = all
      .slice((q.page - 1) * q.pageSize, q.page * q.pageSize)
      .map((c) => consultationJson(request, c, now));
    return sendApi(reply, listPage(`${request.siteUrl}/api/v1/consultations`, "consultations", items, q, all.length));
  });

  app.get("/api/v1/consultations/:id", async (request, reply) => {
    const id = input.idOf(request.params);
    const now = services.clock();
    const [c] = await publicConsultations(db, request.site.id, id);
    if (!c) throw notFound();
    const [surveys, polls, links, parts] = await Promise.all([
      publishedSurveys(db, c.id),
      pollsOf(db, c.id, true),
      linksOf(db, c.id),
      siteParts(services, request),
    ]);
    return sendApi(reply, {
      ...consultationJson(request, c, now),
      text: c.body,
      surveys: surveys.map((s) => surveyJson(request, s, now)),
      polls: await Promise.all(polls.map((p) => pollJson(db, p))),
      linkedParts: links
        .map((l) => parts.find((p) => p.kind === l.kind && p.id === l.target_id))
        .filter((p) => p !== undefined)
        .map((p) => ({ kind: p.kind, id: p.id, title: p.title, open: p.open, url: `${request.siteUrl}${p.url}` })),
    });
  });

  app.get("/api/v1/surveys/:id/results", async (request, reply) => {
    const id = input.idOf(request.params);
    const now = services.clock();
    const survey = await getSurvey(db, request.site.id, id);
    if (!survey || !resultsPublic(surveyPublicity(survey), now)) throw notFound();
    const pages = await surveyPages(db, survey.id);
    const { report, areaNames, paperRespondents } = await loadResults(db, request.site.id, survey.id, pages, {}, true);
    return sendApi(reply, {
      id: survey.id,
      consultationId: survey.consultation_id,
      title: survey.title,
      closesOn: survey.closes_on,
      open: surveyOpen({ published: true, closesOn: survey.closes_on }, now),
      respondents: report.respondents,
      paperRespondents,
      questions: report.questions.map((r) => resultsJson(r, areaNames)),
      _links: {
        self: { href: `${request.siteUrl}/api/v1/surveys/${survey.id}/results` },
        html: { href: `${request.siteUrl}/vragenlijsten/${survey.id}/resultaten` },
        consultation: { href: `${request.siteUrl}/api/v1/consultations/${survey.consultation_id}` },
      },
    });
  });
}
