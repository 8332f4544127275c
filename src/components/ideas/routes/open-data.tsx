// Open data without an API key: Atom feeds per site and per area, a CSV of all ideas, and the
// accountability page with the same figures as JSON and CSV.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { latestIso } from "../../../core/db/time";
import { HttpError } from "../../../core/http/errors";
import { sendPage } from "../../../core/http/render";
import type { Services } from "../../../core/services";
import { accountabilityFigures } from "../domain/accountability";
import { atomFeed } from "../domain/atom";
import { writeCsv } from "../../../core/csv";
import { effectiveState } from "../domain/idea-rules";
import { markdownToText } from "../../../core/text/markdown";
import { accountabilityRows } from "../store/accountability";
import { allPublicIdeas } from "../store/ideas";
import { AccountabilityPage } from "../views/accountability-page";
import { parseParams } from "./load";
import { z } from "zod";

const areaParams = z.object({ areaId: z.coerce.number().int().positive().max(2_147_483_647) });

export function registerOpenDataRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;

  const feed = async (request: FastifyRequest, areaId?: number) => {
    let title = request.t("ideas.feed.title", { site: request.site.name });
    if (areaId) {
      const area = await db
        .selectFrom("areas")
        .select("name")
        .where("id", "=", areaId)
        .where("site_id", "=", request.site.id)
        .executeTakeFirst();
      if (!area) throw new HttpError(404, "errors.notFound");
      title = request.t("ideas.feed.areaTitle", { site: request.site.name, area: area.name });
    }
    const ideas = (await allPublicIdeas(db, request.site.id, areaId)).filter((i) => i.state !== "hidden").slice(0, 50);
    const b = request.siteUrl;
    const self = areaId ? `${b}/ideeen/gebied/${areaId}/feed.atom` : `${b}/ideeen/feed.atom`;
    return atomFeed({
      id: self,
      title,
      selfUrl: self,
      pageUrl: `${b}/ideeen${areaId ? `?gebied=${areaId}` : ""}`,
      updated: latestIso(
        ideas.map((i) => i.updated_at),
        request.site.created_at,
      ),
      entries: ideas.map((i) => ({
        id: `${b}/ideeen/${i.id}`,
        title: i.title,
        url: `${b}/ideeen/${i.id}`,
        updated: i.updated_at,
        summary: markdownToText(i.body, 500),
      })),
    });
  };
  const atom = "application/atom+xml; charset=utf-8";
  app.get("/ideeen/feed.atom", async (request, reply) => reply.type(atom).send(await feed(request)));
  app.get("/ideeen/gebied/:areaId/feed.atom", async (request, reply) =>
    reply.type(atom).send(await feed(request, parseParams(areaParams, request.params).areaId)),
  );

  app.get("/ideeen.csv", async (request, reply) => {
    const now = services.clock();
    const ideas = (await allPublicIdeas(db, request.site.id)).filter((i) => i.state !== "hidden");
    const csv = writeCsv([
      [
        "id",
        "title",
        "area",
        "category",
        "state",
        "supports",
        "paper_supports",
        "threshold",
        "published_at",
        "deadline_at",
        "forwarded_at",
        "due_at",
        "answered_at",
        "answer",
        "url",
      ],
      ...ideas.map((i) => [
        i.id,
        i.title,
        i.area_name,
        i.category,
        effectiveState(i.state, i.deadline_at, now),
        i.support_count,
        i.paper_support_count,
        i.threshold,
        i.published_at,
        i.deadline_at,
        i.forwarded_at,
        i.due_at,
        i.answered_at,
        i.answer_kind,
        `${request.siteUrl}/ideeen/${i.id}`,
      ]),
    ]);
    return reply
      .type("text/csv; charset=utf-8")
      .header("Content-Disposition", 'attachment; filename="ideeen.csv"')
      .send(csv);
  });

  const figures = async (request: FastifyRequest) => {
    const now = services.clock();
    const rows = await accountabilityRows(db, request.site.id);
    return { now, rows, figures: accountabilityFigures(rows, now) };
  };

  app.get("/verantwoording", async (request, reply) => {
    const { now, rows, figures: f } = await figures(request);
    // Other components add what came of their input (consultations: their reports).
    const sections = await Promise.all(services.components.map((c) => c.accountabilitySection?.(request, services)));
    const ctx = request.pageContext();
    return sendPage(
      reply,
      <AccountabilityPage ctx={ctx} figures={f} rows={rows} now={now} sections={sections.filter((s) => s != null)} />,
    );
  });

  app.get("/verantwoording.json", async (request, reply) => {
    const { now, rows, figures: f } = await figures(request);
    return reply.header("Access-Control-Allow-Origin", "*").send({
      site: request.site.name,
      generatedAt: now.toISOString(),
      ...f,
      ideas: rows
        .filter((r) => r.forwardedAt && r.state !== "hidden")
        .map((r) => ({
          id: r.id,
          title: r.title,
          state: r.state,
          forwardedAt: r.forwardedAt,
          dueAt: r.dueAt,
          answeredAt: r.answeredAt,
        })),
    });
  });

  app.get("/verantwoording.csv", async (request, reply) => {
    const { figures: f } = await figures(request);
    const csv = writeCsv([["measure", "value"], ...Object.entries(f).map(([k, v]) => [k, v === null ? "" : v])]);
    return reply
      .type("text/csv; charset=utf-8")
      .header("Content-Disposition", 'attachment; filename="verantwoording.csv"')
      .send(csv);
  });
}
