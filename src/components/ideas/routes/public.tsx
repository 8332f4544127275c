// Public pages: the list, one idea, and the author's submit and edit forms.
import type { FastifyInstance } from "fastify";
import { requireRule } from "../../../core/participation/refusal-error";
import { requireUser } from "../../../core/permissions/roles";
import { redirectWithFlash, sendPage } from "../../../core/http/render";
import { HttpError } from "../../../core/http/errors";
import { formWithErrors, parseFormWith } from "../../../core/http/validation";
import type { Services } from "../../../core/services";
import { listAreas } from "../../../core/sites/store";
import { emptyForm } from "../../../core/views/forms";
import { editIdea, submitIdea } from "../commands/submit-idea";
import { holds } from "../domain/idea-condition";
import { collectsSupport } from "../domain/idea-rules";
import { canEdit, canSeeContent, isCouncil, isModerator, isOfficial, listsHiddenIdeas } from "../permissions";
import { commentsOf } from "../store/comments";
import { listPhotos } from "../../../core/photos/store";
import { photoManageVerdict } from "../photos/permissions";
import { IDEA_PHOTO_TABLES } from "../photos/tables";
import { ideaThumbnails } from "../photos/thumbnails";
import { listIdeas } from "../store/ideas";
import { timelineOf } from "../store/timeline";
import { IdeaFormPage } from "../views/idea-form";
import { IdeaPage } from "../views/idea-page";
import { ideaRule, VERIFY_FIRST_KEYS } from "../participation";
import { supportCounts, supportsBefore } from "../store/support-counts";
import { ListPage } from "../views/list-page";
import { loadVisibleIdea, parseParams } from "./load";
import { cacheVersion, sendAndCachePage, sendCachedPage } from "../../../core/http/page-cache";
import { ideaForm, ideaParams, listQuery } from "./schemas";
import { countWrite } from "./write-limits";
import { allowMapTiles } from "../../../core/http/security-headers";
import { MapAssets } from "../../../core/places/map-element";
import { isLocated, PlaceSection } from "../../../core/places/place-section";
import { placeSettings } from "../../../core/places/settings";
import { ideaLocation, ideaLocationField, locationValues, readIdeaLocation } from "./location";

const PAGE_SIZE = 20;

export function registerPublicRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;

  app.get("/ideeen", async (request, reply) => {
    const now = services.clock();
    if (sendCachedPage(request, reply, now)) return reply;
    const version = cacheVersion(request);
    const parsed = listQuery.safeParse(request.query ?? {});
    if (!parsed.success) throw new HttpError(400, "errors.badRequest");
    const q = parsed.data;
    const withHidden = listsHiddenIdeas(request.user);
    const [{ ideas, total }, areas] = await Promise.all([
      listIdeas(
        services.db,
        request.site.id,
        {
          areaId: q.gebied,
          state: q.status as never,
          category: q.categorie,
          q: q.zoek,
          withHidden,
          sort: q.sortering,
          page: q.pagina,
          pageSize: PAGE_SIZE,
        },
        now,
      ),
      listAreas(db, request.site.id),
    ]);
    const thumbnails = await ideaThumbnails(db, ideas, now);
    const query: Record<string, string> = {};
    for (const [k, v] of Object.entries({
      gebied: q.gebied,
      status: q.status,
      categorie: q.categorie,
      sortering: q.sortering,
      zoek: q.zoek,
    }))
      if (v !== undefined) query[k] = String(v);
    return sendAndCachePage(
      request,
      reply,
      <ListPage
        ctx={request.pageContext()}
        ideas={ideas}
        thumbnails={thumbnails}
        total={total}
        areas={areas}
        query={query}
        page={q.pagina}
        pageSize={PAGE_SIZE}
        now={now}
        withHidden={withHidden}
      />,
      now,
      version,
    );
  });

  app.get("/ideeen/nieuw", async (request, reply) => {
    // Told before typing, not after: the form is shown only to who meets the process's rule.
    const user = requireUser(request.user);
    requireRule(
      await ideaRule(services, request.site, user, "propose", null, "/ideeen/nieuw"),
      VERIFY_FIRST_KEYS.propose,
    );
    const form = emptyForm();
    const location = ideaLocationField(request, await ideaLocation(services, request.site.id), form);
    if (location) allowMapTiles(reply, location.origins);
    return sendPage(
      reply,
      <IdeaFormPage
        ctx={request.pageContext()}
        areas={await listAreas(db, request.site.id)}
        action="/ideeen"
        editing={false}
        form={form}
        location={location}
      />,
    );
  });

  app.post("/ideeen", async (request, reply) => {
    const user = requireUser(request.user);
    requireRule(
      await ideaRule(services, request.site, user, "propose", null, "/ideeen/nieuw"),
      VERIFY_FIRST_KEYS.propose,
    );
    const areas = await listAreas(db, request.site.id);
    const loc = await ideaLocation(services, request.site.id);
    const place = await readIdeaLocation(loc, request.body);
    const result = parseFormWith(ideaForm, request.body, (v) => [
      ...areaOfSite(areas)(v),
      ...(place.ok ? [] : place.errors),
    ]);
    if (!result.ok || !place.ok) {
      const form = result.ok ? formWithErrors(request.body, place.ok ? [] : place.errors) : result.form;
      const location = ideaLocationField(request, loc, form);
      if (location) allowMapTiles(reply, location.origins);
      return sendPage(
        reply,
        <IdeaFormPage
          ctx={request.pageContext()}
          areas={areas}
          action="/ideeen"
          editing={false}
          form={form}
          location={location}
        />,
        400,
      );
    }
    await countWrite(services, user, "draft");
    const id = await submitIdea(services, request.site, user, {
      ...result.data,
      areaId: place.areaId ?? result.data.areaId,
      place: place.place,
    });
    return redirectWithFlash(reply, `/ideeen/${id}`, "ideas.flash.draftSaved");
  });

  app.get("/ideeen/:id", async (request, reply) => {
    const now = services.clock();
    // Before the cache: a cached page with a map needs the tile origins in its CSP too.
    const places = await placeSettings(db, services.config, request.site.id);
    allowMapTiles(reply, places.tileOrigins);
    if (sendCachedPage(request, reply, now)) return reply;
    const version = cacheVersion(request);
    const { id } = parseParams(ideaParams, request.params);
    const { idea, state } = await loadVisibleIdea(services, request, id);
    const user = request.user;
    const facts = { authorId: idea.author_id, state, supportCount: idea.support_count, siteId: idea.site_id };
    const [events, comments, supported, following, process, photos, rules, counts] = await Promise.all([
      timelineOf(db, idea.id),
      commentsOf(db, idea.id),
      user
        ? db
            .selectFrom("idea_supports")
            .select("user_id")
            .where("idea_id", "=", idea.id)
            .where("user_id", "=", user.id)
            .executeTakeFirst()
        : undefined,
      user
        ? db
            .selectFrom("idea_follows")
            .select("user_id")
            .where("idea_id", "=", idea.id)
            .where("user_id", "=", user.id)
            .executeTakeFirst()
        : undefined,
      db
        .selectFrom("idea_processes")
        .select("count_after_threshold")
        .where("id", "=", idea.process_id)
        .executeTakeFirstOrThrow(),
      listPhotos(db, IDEA_PHOTO_TABLES, idea.id),
      Promise.all(
        (["support", "comment"] as const).map((a) =>
          ideaRule(services, request.site, user, a, idea.id, `/ideeen/${idea.id}`),
        ),
      ),
      supportCounts(db, idea.id),
    ]);
    const replyTo = comments.find((c) => String(c.id) === (request.query as Record<string, string>)?.antwoord);
    const base = request.siteUrl;
    return sendAndCachePage(
      request,
      reply,
      <IdeaPage
        ctx={request.pageContext()}
        idea={idea}
        state={state}
        now={now}
        events={events}
        comments={comments}
        photos={photos}
        replyTo={replyTo}
        shareUrl={`${base}/i/${idea.short_code}`}
        imageUrl={`${base}/ideeen/${idea.id}/qr.svg`}
        place={
          isLocated(idea) || idea.location_address
            ? {
                head: <MapAssets ctx={request.pageContext()} />,
                section: <PlaceSection ctx={request.pageContext()} settings={places} location={idea} />,
              }
            : undefined
        }
        viewer={{
          seesContent: canSeeContent(facts, user),
          supported: !!supported,
          following: !!following,
          isAuthor: user?.id === idea.author_id,
          canEdit: canEdit(facts, user).ok,
          collecting: holds(collectsSupport(now, process.count_after_threshold === 1), idea),
          managePhotos: photoManageVerdict(facts, user).ok,
          staff: { council: isCouncil(user), official: isOfficial(user), moderator: isModerator(user) },
          supportRule: rules[0],
          commentRule: rules[1],
          verifiedSupports: counts.verified,
          earlierRuleSupports:
            isModerator(user) || isOfficial(user) ? await supportsBefore(db, idea.id, rules[0].tightenedAt) : 0,
        }}
      />,
      now,
      version,
    );
  });

  app.get("/ideeen/:id/bewerken", async (request, reply) => {
    const user = requireUser(request.user);
    const { id } = parseParams(ideaParams, request.params);
    const { idea, state } = await loadVisibleIdea(services, request, id);
    const verdict = canEdit(
      { authorId: idea.author_id, state, supportCount: idea.support_count, siteId: idea.site_id },
      user,
    );
    if (!verdict.ok) throw new HttpError(verdict.status, verdict.key);
    const values = {
      title: idea.title,
      body: idea.body,
      areaId: String(idea.area_id),
      category: idea.category ?? "",
      ...locationValues(idea),
    };
    const form = emptyForm(values);
    const location = ideaLocationField(request, await ideaLocation(services, request.site.id), form);
    if (location) allowMapTiles(reply, location.origins);
    return sendPage(
      reply,
      <IdeaFormPage
        ctx={request.pageContext()}
        areas={await listAreas(db, request.site.id)}
        action={`/ideeen/${id}/bewerken`}
        editing
        form={form}
        location={location}
      />,
    );
  });

  app.post("/ideeen/:id/bewerken", async (request, reply) => {
    const user = requireUser(request.user);
    const { id } = parseParams(ideaParams, request.params);
    const { idea, state } = await loadVisibleIdea(services, request, id);
    const verdict = canEdit(
      { authorId: idea.author_id, state, supportCount: idea.support_count, siteId: idea.site_id },
      user,
    );
    if (!verdict.ok) throw new HttpError(verdict.status, verdict.key);
    const areas = await listAreas(db, request.site.id);
    const loc = await ideaLocation(services, request.site.id);
    const place = await readIdeaLocation(loc, request.body);
    const result = parseFormWith(ideaForm, request.body, (v) => [
      ...areaOfSite(areas)(v),
      ...(place.ok ? [] : place.errors),
    ]);
    if (!result.ok || !place.ok) {
      const form = result.ok ? formWithErrors(request.body, place.ok ? [] : place.errors) : result.form;
      const location = ideaLocationField(request, loc, form);
      if (location) allowMapTiles(reply, location.origins);
      return sendPage(
        reply,
        <IdeaFormPage
          ctx={request.pageContext()}
          areas={areas}
          action={`/ideeen/${id}/bewerken`}
          editing
          form={form}
          location={location}
        />,
        400,
      );
    }
    await editIdea(services, request.site, user, id, {
      ...result.data,
      areaId: place.areaId ?? result.data.areaId,
      // With the location switched off, a stored location stays as it was.
      place: loc.mode === "off" ? undefined : place.place,
    });
    return redirectWithFlash(reply, `/ideeen/${id}`, "ideas.flash.saved");
  });
}

/** The area must be one of this site's: checked with the other fields, so all errors show at once. */
export const areaOfSite = (areas: readonly { id: number }[]) => (v: Record<string, string>) =>
  v.areaId && !areas.some((a) => String(a.id) === v.areaId?.trim())
    ? [{ field: "areaId", messageKey: "ideas.errors.area" }]
    : [];
