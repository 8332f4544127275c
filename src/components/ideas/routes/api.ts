// GET /api/v1/ideas and /api/v1/ideas/{id}: open data following the Dutch API Design Rules
// (problem+json listing every invalid parameter, API-Version header, no trailing slash, UTC dates).
import type { FastifyInstance, FastifyRequest } from "fastify";
import { HttpError } from "../../../core/http/errors";
import { fieldErrors } from "../../../core/http/validation";
import type { Services } from "../../../core/services";
import { effectiveState, isOverdue } from "../domain/idea-rules";
import type { IdeaState } from "../domain/states";
import { listIdeas, findIdea, type IdeaView } from "../store/ideas";
import { timelineOf } from "../store/timeline";
import { featureCollection, GEOJSON_TYPE, pointFeature } from "../../../core/places/geojson";
import { fromE6 } from "../../../core/places/point";
import { apiIdeaParams, apiListQuery } from "./api-schemas";
import { API_VERSION, listPage } from "../../../core/http/open-data-api";
import { OPENAPI_DOCUMENT, withComponentParts } from "./openapi";

function ideaJson(request: FastifyRequest, i: IdeaView, now: Date) {
  const state = effectiveState(i.state, i.deadline_at, now);
  const hidden = state === "hidden";
  const self = `${request.siteUrl}/api/v1/ideas/${i.id}`;
  return {
    id: i.id,
    title: hidden ? null : i.title,
    text: hidden ? null : i.body,
    hiddenReason: hidden ? i.hidden_reason : null,
    area: { id: i.area_id, name: i.area_name },
    category: i.category,
    state,
    supportCount: i.support_count,
    paperSupportCount: i.paper_support_count,
    threshold: i.threshold,
    councilName: i.council_name,
    publishedAt: i.published_at,
    supportDeadline: i.deadline_at,
    forwardedAt: i.forwarded_at,
    answerDueAt: i.due_at,
    answerOverdue: isOverdue(state, i.due_at, now),
    meetingAt: i.meeting_at,
    answeredAt: i.answered_at,
    answer: i.answer_kind && !hidden ? { kind: i.answer_kind, text: i.answer_text } : null,
    location: locationJson(i),
    _links: {
      self: { href: self },
      html: { href: `${request.siteUrl}/ideeen/${i.id}` },
      short: { href: `${request.siteUrl}/i/${i.short_code}` },
    },
  };
}

const locationJson = (i: IdeaView) =>
  i.location_lat_e6 === null && i.location_address === null
    ? null
    : {
        lat: i.location_lat_e6 === null ? null : fromE6(i.location_lat_e6),
        lng: i.location_lng_e6 === null ? null : fromE6(i.location_lng_e6),
        address: i.location_address,
      };

/** ?format=geojson: the located ideas matching the list's filters, all at once (docs/maps.md). */
export const GEOJSON_LIMIT = 10_000;

function invalid(error: Parameters<typeof fieldErrors>[0]): HttpError {
  return new HttpError(400, "ideas.api.invalid", {}, fieldErrors(error));
}

export function registerApiRoutes(app: FastifyInstance, services: Services): void {
  app.addHook("onSend", async (request, reply, payload) => {
    if (request.url.startsWith("/api/v1/")) reply.header("API-Version", API_VERSION);
    return payload;
  });

  // One document for the whole API: other components add their paths and schemas (manifest.openApi).
  const document = withComponentParts(OPENAPI_DOCUMENT, services.components);
  app.get("/api/v1/openapi.json", async (_request, reply) => {
    return reply.header("Access-Control-Allow-Origin", "*").type("application/json").send(document);
  });

  app.get("/api/v1/ideas", async (request, reply) => {
    const parsed = apiListQuery.safeParse(request.query ?? {});
    if (!parsed.success) throw invalid(parsed.error);
    const q = parsed.data;
    const now = services.clock();
    if (q.format === "geojson") {
      const { ideas } = await listIdeas(
        services.db,
        request.site.id,
        {
          areaId: q.areaId,
          state: q.state as IdeaState | undefined,
          category: q.category,
          q: q.q,
          sort: q.sort,
          located: true,
          pageSize: GEOJSON_LIMIT,
        },
        now,
      );
      const features = ideas.flatMap((i) =>
        i.location_lat_e6 !== null && i.location_lng_e6 !== null
          ? [
              pointFeature(
                i.id,
                { lat: fromE6(i.location_lat_e6), lng: fromE6(i.location_lng_e6) },
                ideaJson(request, i, now),
              ),
            ]
          : [],
      );
      return reply.header("Access-Control-Allow-Origin", "*").type(GEOJSON_TYPE).send(featureCollection(features));
    }
    const { ideas, total } = await listIdeas(
      services.db,
      request.site.id,
      {
        areaId: q.areaId,
        state: q.state as IdeaState | undefined,
        category: q.category,
        q: q.q,
        sort: q.sort,
        page: q.page,
        pageSize: q.pageSize,
      },
      now,
    );
    const items = ideas.map((i) => ideaJson(request, i, now));
    const query = { ...q, format: undefined };
    return reply
      .header("Access-Control-Allow-Origin", "*")
      .send(listPage(`${request.siteUrl}/api/v1/ideas`, "ideas", items, query, total));
  });

  app.get("/api/v1/ideas/:id", async (request, reply) => {
    // "/api/v1/ideas/" reaches this route with an empty id: no trailing slashes, so 404.
    if ((request.params as { id?: string }).id === "") throw new HttpError(404, "errors.notFound");
    const parsed = apiIdeaParams.safeParse(request.params);
    if (!parsed.success) throw invalid(parsed.error);
    const idea = await findIdea(services.db.kysely, request.site.id, parsed.data.id);
    if (!idea || idea.state === "draft") throw new HttpError(404, "errors.notFound");
    const now = services.clock();
    const [events, comments] = await Promise.all([
      timelineOf(services.db.kysely, idea.id),
      services.db.kysely
        .selectFrom("idea_comments")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("idea_id", "=", idea.id)
        .where("hidden_reason", "is", null)
        .executeTakeFirstOrThrow(),
    ]);
    return reply.header("Access-Control-Allow-Origin", "*").send({
      ...ideaJson(request, idea, now),
      counts: { supports: idea.support_count, paperSupports: idea.paper_support_count, comments: Number(comments.n) },
      timeline: events.map((e) => ({
        at: e.created_at,
        kind: e.kind,
        fromState: e.from_state,
        toState: e.to_state,
        role: e.actor_role,
        text: e.kind === "update" || e.kind === "response" ? e.body : null,
        meetingAt: e.kind === "meeting" ? e.body : null,
      })),
    });
  });
}
