// An area's boundary on /admin/gebieden/:id: staff upload a GeoJSON file (Polygon or
// MultiPolygon in WGS 84), see it drawn, replace or remove it. A bad file changes nothing and is
// answered with 400 and the reason (core/places/boundary.ts).
import type { FastifyInstance, FastifyRequest } from "fastify";
import { audit } from "../../audit/log";
import type { Area } from "../../db/types";
import { notFound } from "../../http/errors";
import { multipartRouteConfig, readMultipartForm } from "../../http/multipart-form";
import { redirectWithFlash, sendPage } from "../../http/render";
import { boundaryText, MAX_BOUNDARY_BYTES, parseBoundary, positionCount, storedBoundary } from "../../places/boundary";
import { BoundaryDrawing } from "../../places/boundary-view";
import type { Services } from "../../services";
import { findArea } from "../../sites/store";
import type { PageContext } from "../../views/context";
import {
  CsrfField,
  ErrorSummary,
  emptyForm,
  FieldFrame,
  fieldState,
  PostButton,
  type FormState,
} from "../../views/forms";
import { idFromParams, requireAdmin } from "../guard";
import { AreaEditPage } from "./views";

export function BoundarySection({ ctx, area, form }: { ctx: PageContext; area: Area; form?: FormState }) {
  const { t } = ctx;
  const shape = storedBoundary(area.boundary);
  const { id, error, describedBy } = fieldState(form, "boundary", true);
  return (
    <section aria-labelledby="boundary-heading">
      <h2 class="utrecht-heading-2" id="boundary-heading">
        {t("places.boundary.heading")}
      </h2>
      {shape ? (
        <>
          <p class="utrecht-paragraph">
            {t("places.boundary.has", { parts: shape.length, points: positionCount(shape) })}
          </p>
          <BoundaryDrawing shapes={[shape]} label={t("places.boundary.drawingLabel", { name: area.name })} />
        </>
      ) : (
        <p class="utrecht-paragraph">{t("places.boundary.none")}</p>
      )}
      <form
        method="post"
        action={`/admin/gebieden/${area.id}/grens`}
        enctype="multipart/form-data"
        class="site-form"
        novalidate
      >
        <ErrorSummary ctx={ctx} form={form} />
        <CsrfField ctx={ctx} />
        <FieldFrame
          ctx={ctx}
          kind="text"
          id={id}
          label={t("places.boundary.file")}
          hint={t("places.boundary.fileHint", { mb: MAX_BOUNDARY_BYTES / 1_000_000 })}
          error={error}
        >
          <input
            type="file"
            id={id}
            name="boundary"
            accept=".geojson,.json,application/geo+json,application/json"
            required
            aria-describedby={describedBy}
            aria-invalid={error ? "true" : undefined}
          />
        </FieldFrame>
        <div class="utrecht-button-group">
          <button type="submit" class="utrecht-button utrecht-button--primary-action">
            {shape ? t("places.boundary.replace") : t("places.boundary.upload")}
          </button>
        </div>
      </form>
      {shape ? (
        <PostButton
          ctx={ctx}
          action={`/admin/gebieden/${area.id}/grens/verwijderen`}
          label={t("places.boundary.remove")}
        />
      ) : null}
    </section>
  );
}

export function registerBoundaryRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;

  async function loadArea(request: FastifyRequest): Promise<Area> {
    const area = await findArea(db, request.site.id, idFromParams(request.params));
    if (!area) throw notFound();
    return area;
  }

  async function setBoundary(request: FastifyRequest, area: Area, text: string | null, actorId: number) {
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable("areas")
        .set({ boundary: text })
        .where("site_id", "=", request.site.id)
        .where("id", "=", area.id)
        .execute();
      await audit(
        trx,
        {
          siteId: request.site.id,
          actorUserId: actorId,
          action: text ? "area.boundarySet" : "area.boundaryRemoved",
          subject: `area:${area.id}`,
          details: { name: area.name, bytes: text?.length ?? 0 },
        },
        services.clock(),
      );
    });
  }

  app.post("/admin/gebieden/:id/grens", { config: multipartRouteConfig }, async (request, reply) => {
    const actor = requireAdmin(request);
    const area = await loadArea(request);
    const form = await readMultipartForm(request, { fileField: "boundary", maxFileBytes: MAX_BOUNDARY_BYTES });
    const refuse = (key: string) => {
      const boundaryForm = { values: {}, errors: [{ field: "boundary", messageKey: key }] };
      const page = (
        <AreaEditPage
          ctx={request.pageContext()}
          area={area}
          form={emptyForm({ name: area.name, postcodeRanges: area.postcode_ranges })}
          boundary={<BoundarySection ctx={request.pageContext()} area={area} form={boundaryForm} />}
        />
      );
      return sendPage(reply, page, 400);
    };
    if (form.overLimit) return refuse("places.boundary.errors.wrongType");
    if (!form.file) return refuse("places.boundary.errors.missing");
    if (form.file.tooLarge) return refuse("places.boundary.errors.tooLarge");
    const parsed = parseBoundary(form.file.bytes.toString("utf8"));
    if (!parsed.ok) return refuse(`places.boundary.errors.${parsed.error}`);
    await setBoundary(request, area, boundaryText(parsed.shape), actor.id);
    return redirectWithFlash(reply, `/admin/gebieden/${area.id}`, "places.boundary.saved");
  });

  app.post("/admin/gebieden/:id/grens/verwijderen", async (request, reply) => {
    const actor = requireAdmin(request);
    const area = await loadArea(request);
    await setBoundary(request, area, null, actor.id);
    return redirectWithFlash(reply, `/admin/gebieden/${area.id}`, "places.boundary.removed");
  });
}
