// GET /api/v1/consultations, /api/v1/consultations/{id} and /api/v1/surveys/{id}/results: open
// data following the Dutch API Design Rules like the ideas API (problem+json listing every invalid
// parameter, API-Version header, camelCase, UTC dates, no trailing slash). Only what is public
// (domain/publicity.ts): a consultation before it starts, a draft survey, and the results of an
// open survey that staff did not make public all answer 404, as if they did not exist yet.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { HttpError, notFound } from "../../../core/http/errors";
import { fieldErrors } from "../../../core/http/validation";
import { locationJson } from "../../../core/places/location-json";
import type { Services } from "../../../core/services";
import { resultsPublic, surveyPublicity } from "../domain/publicity";
import { getSurvey, surveyPages } from "../store/surveys";
import { phaseStatus, surveyOpen } from "../domain/timeline";
import { publicConsultations, publishedSurveys, type PublicConsultation } from "../store/public-consultations";
import type { SurveyRow } from "../store/tables";
import { resultsJson } from "./api-results";
import { loadResults } from "./results-data";

export const API_VERSION = "1.0.0";
const int = (key: string) => z.coerce.number(key).int(key);
const idSchema = z.object({
  id: int("consultations.api.integer")
    .positive("consultations.api.integer")
    .max(2_147_483_647, "consultations.api.integer"),
});
export const apiConsultationsQuery = z.object({
  page: int("consultations.api.integer")
    .min(1, "consultations.api.page")
    .max(10_000, "consultations.api.page")
    .default(1),
  pageSize: int("consultations.api.integer")
    .min(1, "consultations.api.pageSize")
    .max(100, "consultations.api.pageSize")
    .default(20),
});

function invalid(error: z.ZodError): HttpError {
  return new HttpError(400, "consultations.api.invalid", {}, fieldErrors(error));
}

function idOf(params: unknown): number {
  // "/api/v1/consultations/" reaches the route with an empty id: no trailing slashes, so 404.
  if ((params as { id?: string }).id === "") throw notFound();
  const parsed = idSchema.safeParse(params);
  if (!parsed.success) throw invalid(parsed.error);
  return parsed.data.id;
}

const send = (reply: FastifyReply, body: unknown) =>
  reply.header("Access-Control-Allow-Origin", "*").header("API-Version", API_VERSION).send(body);

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

export function registerConsultationsApiRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;

  app.get("/api/v1/consultations", async (request, reply) => {
    const parsed = apiConsultationsQuery.safeParse(request.query ?? {});
    if (!parsed.success) throw invalid(parsed.error);
    const q = parsed.data;
    const now = services.clock();
    const all = await publicConsultations(db, request.site.id, now);
    const pages = Math.max(1, Math.ceil(all.length / q.pageSize));
    const link = (page: number) => ({
      href: `${request.siteUrl}/api/v1/consultations?page=${page}&pageSize=${q.pageSize}`,
    });
    return send(reply, {
      _embedded: {
        consultations: all
          .slice((q.page - 1) * q.pageSize, q.page * q.pageSize)
          .map((c) => consultationJson(request, c, now)),
      },
      page: q.page,
      pageSize: q.pageSize,
      total: all.length,
      pages,
      _links: {
        self: link(q.page),
        ...(q.page < pages ? { next: link(q.page + 1) } : {}),
        ...(q.page > 1 ? { prev: link(q.page - 1) } : {}),
      },
    });
  });

  app.get("/api/v1/consultations/:id", async (request, reply) => {
    const id = idOf(request.params);
    const now = services.clock();
    const [c] = await publicConsultations(db, request.site.id, now, id);
    if (!c) throw notFound();
    const surveys = await publishedSurveys(db, c.id);
    return send(reply, {
      ...consultationJson(request, c, now),
      text: c.body,
      surveys: surveys.map((s) => surveyJson(request, s, now)),
      // Polls and the links to an opinion-map conversation, ideas process or budget come with
      // their own parts of issue #11; the keys are here already so clients can rely on them.
      polls: [],
      linkedParts: [],
    });
  });

  app.get("/api/v1/surveys/:id/results", async (request, reply) => {
    const id = idOf(request.params);
    const now = services.clock();
    const survey = await getSurvey(db, request.site.id, id);
    if (!survey || !resultsPublic(surveyPublicity(survey), now)) throw notFound();
    const pages = await surveyPages(db, survey.id);
    const { report, areaNames } = await loadResults(db, request.site.id, survey.id, pages, {}, true);
    return send(reply, {
      id: survey.id,
      consultationId: survey.consultation_id,
      title: survey.title,
      closesOn: survey.closes_on,
      open: surveyOpen({ published: true, closesOn: survey.closes_on }, now),
      respondents: report.respondents,
      questions: report.questions.map((r) => resultsJson(r, areaNames)),
      _links: {
        self: { href: `${request.siteUrl}/api/v1/surveys/${survey.id}/results` },
        html: { href: `${request.siteUrl}/vragenlijsten/${survey.id}/resultaten` },
        consultation: { href: `${request.siteUrl}/api/v1/consultations/${survey.consultation_id}` },
      },
    });
  });
}
