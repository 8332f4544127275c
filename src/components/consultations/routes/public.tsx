// Residents' pages: the list of consultations, a consultation's page with everything open in it,
// following it, voting in its polls, and downloading its documents.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { LinkablePart } from "../../../core/components";
import { HttpError, notFound } from "../../../core/http/errors";
import { redirectWithFlash, sendPage } from "../../../core/http/render";
import { allowMapTiles } from "../../../core/http/security-headers";
import { MapAssets } from "../../../core/places/map-element";
import { isLocated, PlaceSection } from "../../../core/places/place-section";
import { placeSettings } from "../../../core/places/settings";
import { requireUser } from "../../../core/permissions/roles";
import type { Services } from "../../../core/services";
import { consultationStatus, orderForResidents } from "../domain/consultation-status";
import { downloadName } from "../domain/document-file";
import type { FieldError } from "../domain/parse-answer";
import { currentPhase, surveyOpen } from "../domain/timeline";
import { pollView } from "../polls/poll-view";
import { castVote, getPoll, pollsOf } from "../polls/store";
import { consultationAnswerRule, mayVote } from "../answer-rules";
import { refuseByRule } from "../answer-rules";
import { consultationAreaIds, consultationPhases, siteAreas } from "../store/consultations";
import {
  documentsOf,
  getDocument,
  isFollowing,
  linksOf,
  phasesOf,
  publishedConsultations,
  setFollowing,
  updatesOf,
} from "../store/page-parts";
import type { ConsultationRow } from "../store/tables";
import { surveysOf } from "../store/surveys";
import { ConsultationListPage } from "../views/list-page";
import { ConsultationPage } from "../views/public-page";
import { idParam, loadPublishedConsultation } from "./load";
import { reportPath } from "../report/commands";
import { loadReport } from "../report/store";

/** Every part the site's components offer for linking (core/components.ts `linkableParts`). */
export async function siteParts(services: Services, request: FastifyRequest): Promise<LinkablePart[]> {
  const lists = await Promise.all(
    services.components.map((c) => c.linkableParts?.(services, request.site.id, request.t, services.clock()) ?? []),
  );
  return lists.flat();
}

export function registerConsultationPublicRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;

  async function page(
    request: FastifyRequest,
    reply: FastifyReply,
    c: ConsultationRow,
    pollError?: { pollId: number; error: FieldError },
  ) {
    const now = services.clock();
    const user = request.user;
    const [areaIds, areas, phases, surveys, polls, links, parts, docs, updates, following, places, report] =
      await Promise.all([
        consultationAreaIds(db, c.id),
        siteAreas(db, request.site.id),
        consultationPhases(db, c.id),
        surveysOf(db, c.id),
        pollsOf(db, c.id, true),
        linksOf(db, c.id),
        siteParts(services, request),
        documentsOf(db, c.id),
        updatesOf(db, c.id),
        user && user.siteId === request.site.id ? isFollowing(db, c.id, user.id) : Promise.resolve(null),
        placeSettings(db, services.config, request.site.id),
        loadReport(db, c.id),
      ]);
    const contact =
      c.contact_user_id === null
        ? null
        : ((
            await db
              .selectFrom("users")
              .select("display_name")
              .where("id", "=", c.contact_user_id)
              .where("deleted_at", "is", null)
              .executeTakeFirst()
          )?.display_name ?? null);
    const rule = await consultationAnswerRule(services, request.site, user, c, `/raadplegingen/${c.id}`);
    const views = await Promise.all(polls.map((p) => pollView(db, p, user, now, rule)));
    if (pollError) {
      const v = views.find((x) => x.poll.id === pollError.pollId);
      if (v) v.error = pollError.error;
    }
    allowMapTiles(reply, places.tileOrigins);
    const ctx = request.pageContext();
    return (
      <ConsultationPage
        ctx={ctx}
        consultation={c}
        areas={areas.filter((a) => areaIds.includes(a.id)).map((a) => a.name)}
        contact={contact}
        phases={phases}
        now={now}
        surveys={surveys.filter((s) => surveyOpen({ published: s.published === 1, closesOn: s.closes_on }, now))}
        polls={views}
        parts={links.flatMap((l) => parts.filter((p) => p.kind === l.kind && p.id === l.target_id))}
        docs={docs}
        updates={updates}
        following={following}
        reportPath={report?.publishedAt ? reportPath(c.id) : null}
        place={
          isLocated(c) || c.location_address
            ? {
                head: <MapAssets ctx={ctx} />,
                section: <PlaceSection ctx={ctx} settings={places} location={c} />,
              }
            : undefined
        }
      />
    );
  }

  app.get("/raadplegingen", async (request, reply) => {
    const now = services.clock();
    const rows = await publishedConsultations(db, request.site.id);
    const phases = await phasesOf(
      db,
      rows.map((r) => r.id),
    );
    const list = rows.map((r) => {
      const own = phases
        .filter((p) => p.consultation_id === r.id)
        .map((p) => ({ name: p.name, startsOn: p.starts_on, endsOn: p.ends_on }));
      const current = currentPhase(own, now);
      return {
        id: r.id,
        title: r.title,
        summary: r.summary,
        status: consultationStatus(own, now),
        currentPhase: current === null ? null : own[current]!.name,
      };
    });
    return sendPage(reply, <ConsultationListPage ctx={request.pageContext()} list={orderForResidents(list)} />);
  });

  app.get<{ Params: { id: string } }>("/raadplegingen/:id", async (request, reply) => {
    const c = await loadPublishedConsultation(services, request, request.params.id);
    return sendPage(reply, await page(request, reply, c));
  });

  app.post<{ Params: { id: string } }>("/raadplegingen/:id/volgen", async (request, reply) => {
    const user = requireUser(request.user);
    const c = await loadPublishedConsultation(services, request, request.params.id);
    if (user.siteId !== request.site.id) throw new HttpError(403, "errors.forbidden");
    const value = (request.body as Record<string, unknown> | undefined)?.volgen;
    if (value !== "0" && value !== "1") throw new HttpError(400, "errors.badRequest");
    await db.transaction().execute((trx) => setFollowing(trx, c.id, user.id, value === "1", services.clock()));
    return redirectWithFlash(
      reply,
      `/raadplegingen/${c.id}`,
      value === "1" ? "consultations.follow.flash.on" : "consultations.follow.flash.off",
    );
  });

  app.post<{ Params: { id: string } }>("/peilingen/:id/stem", async (request, reply) => {
    const poll = await getPoll(db, request.site.id, idParam(request.params.id));
    if (poll?.published !== 1) throw notFound();
    const c = await loadPublishedConsultation(services, request, String(poll.consultation_id));
    const body = (request.body ?? {}) as Record<string, unknown>;
    // Back to the home page or to the consultation, never anywhere else.
    const back = body.terug === "/" ? "/" : `/raadplegingen/${c.id}`;
    const now = services.clock();
    const rule = await consultationAnswerRule(services, request.site, request.user, c, back);
    const verdict = mayVote(
      rule,
      request.user,
      { siteId: poll.site_id, published: true, closed: poll.closed_at !== null },
      now,
    );
    if (!verdict.ok) {
      if (verdict.reason === "login") throw new HttpError(401, "errors.loginRequired");
      if (verdict.reason === "rule") refuseByRule(rule);
      if (verdict.reason === "closed") throw new HttpError(409, "consultations.polls.refused.closed");
      throw new HttpError(403, "errors.forbidden");
    }
    const user = request.user!;
    const choice = poll.choices.find((x) => typeof body.choice === "string" && String(x.id) === body.choice);
    if (!choice) {
      const error = { field: "choice", key: "consultations.polls.errors.choose" };
      return sendPage(reply, await page(request, reply, c, { pollId: poll.id, error }), 400);
    }
    const fresh = await db.transaction().execute((trx) => castVote(trx, poll.id, choice.id, user.id, now));
    const target = back === "/" ? "/" : `${back}#peiling-${poll.id}`;
    return redirectWithFlash(
      reply,
      target,
      fresh ? "consultations.polls.flash.voted" : "consultations.polls.flash.already",
    );
  });

  app.get<{ Params: { id: string; docId: string } }>("/raadplegingen/:id/documenten/:docId", async (request, reply) => {
    const c = await loadPublishedConsultation(services, request, request.params.id);
    const doc = await getDocument(db, c.id, idParam(request.params.docId));
    if (!doc) throw notFound();
    return reply
      .type(doc.kind === "pdf" ? "application/pdf" : "image/webp")
      .header("Content-Disposition", `attachment; filename="${downloadName(doc.name, doc.kind, doc.id)}"`)
      .header("X-Content-Type-Options", "nosniff")
      .header("Cache-Control", "public, max-age=300")
      .send(Buffer.from(doc.bytes));
  });
}
