// /admin/gebieden: the areas of this site (admins only). An area that something still refers to
// (an idea, a budget) cannot be deleted: the database refuses, and we answer 409 with an explanation.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Area } from "../../db/types";
import { audit } from "../../audit/log";
import { conflict, notFound } from "../../http/errors";
import { redirectWithFlash, sendPage } from "../../http/render";
import { formValues, parseForm } from "../../http/validation";
import type { Services } from "../../services";
import { isForeignKeyViolation, isUniqueViolation } from "../../sites/constraint-errors";
import { addArea, deleteArea, findArea, findAreaByName, listAreas, updateArea } from "../../sites/store";
import { emptyForm } from "../../views/forms";
import { idFromParams, requireAdmin } from "../guard";
import { areaSchema } from "./schema";
import { BoundarySection, registerBoundaryRoutes } from "./boundary";
import { AreaEditPage, AreaListPage } from "./views";

const nameTaken = (body: unknown) => ({
  values: formValues(body),
  errors: [{ field: "name", messageKey: "admin.areas.errors.nameTaken" }],
});

export function registerAreaRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;
  registerBoundaryRoutes(app, services);

  async function loadArea(request: FastifyRequest): Promise<Area> {
    const area = await findArea(db, request.site.id, idFromParams(request.params));
    if (!area) throw notFound();
    return area;
  }

  const showList = async (
    request: FastifyRequest,
    reply: FastifyReply,
    form?: ReturnType<typeof nameTaken>,
    status = 200,
  ) =>
    sendPage(
      reply,
      <AreaListPage ctx={request.pageContext()} areas={await listAreas(db, request.site.id)} form={form} />,
      status,
    );

  app.get("/admin/gebieden", async (request, reply) => {
    requireAdmin(request);
    return showList(request, reply);
  });

  app.post("/admin/gebieden", async (request, reply) => {
    const actor = requireAdmin(request);
    const parsed = parseForm(areaSchema, request.body);
    if (!parsed.ok) return showList(request, reply, parsed.form, 400);
    const siteId = request.site.id;
    if (await findAreaByName(db, siteId, parsed.data.name))
      return showList(request, reply, nameTaken(request.body), 409);
    try {
      await db.transaction().execute(async (trx) => {
        const area = await addArea(trx, siteId, parsed.data.name, parsed.data.postcodeRanges);
        await audit(
          trx,
          {
            siteId,
            actorUserId: actor.id,
            action: "area.added",
            subject: `area:${area.id}`,
            details: { name: area.name },
          },
          services.clock(),
        );
      });
    } catch (error) {
      if (isUniqueViolation(error)) return showList(request, reply, nameTaken(request.body), 409);
      throw error;
    }
    return redirectWithFlash(reply, "/admin/gebieden", "admin.areas.added");
  });

  app.get("/admin/gebieden/:id", async (request, reply) => {
    requireAdmin(request);
    const area = await loadArea(request);
    return sendPage(
      reply,
      <AreaEditPage
        ctx={request.pageContext()}
        area={area}
        form={emptyForm({ name: area.name, postcodeRanges: area.postcode_ranges })}
        boundary={<BoundarySection ctx={request.pageContext()} area={area} />}
      />,
    );
  });

  app.post("/admin/gebieden/:id", async (request, reply) => {
    const actor = requireAdmin(request);
    const area = await loadArea(request);
    const parsed = parseForm(areaSchema, request.body);
    if (!parsed.ok)
      return sendPage(
        reply,
        <AreaEditPage
          ctx={request.pageContext()}
          area={area}
          form={parsed.form}
          boundary={<BoundarySection ctx={request.pageContext()} area={area} />}
        />,
        400,
      );
    const siteId = request.site.id;
    const other = await findAreaByName(db, siteId, parsed.data.name);
    if (other && other.id !== area.id)
      return sendPage(
        reply,
        <AreaEditPage
          ctx={request.pageContext()}
          area={area}
          form={nameTaken(request.body)}
          boundary={<BoundarySection ctx={request.pageContext()} area={area} />}
        />,
        409,
      );
    try {
      await db.transaction().execute(async (trx) => {
        await updateArea(trx, siteId, area.id, parsed.data.name, parsed.data.postcodeRanges);
        await audit(
          trx,
          {
            siteId,
            actorUserId: actor.id,
            action: "area.updated",
            subject: `area:${area.id}`,
            details: { name: parsed.data.name, postcodeRanges: parsed.data.postcodeRanges },
          },
          services.clock(),
        );
      });
    } catch (error) {
      if (isUniqueViolation(error))
        return sendPage(
          reply,
          <AreaEditPage
            ctx={request.pageContext()}
            area={area}
            form={nameTaken(request.body)}
            boundary={<BoundarySection ctx={request.pageContext()} area={area} />}
          />,
          409,
        );
      throw error;
    }
    return redirectWithFlash(reply, "/admin/gebieden", "admin.areas.saved");
  });

  app.post("/admin/gebieden/:id/verwijderen", async (request, reply) => {
    const actor = requireAdmin(request);
    const area = await loadArea(request);
    const siteId = request.site.id;
    try {
      await db.transaction().execute(async (trx) => {
        if ((await deleteArea(trx, siteId, area.id)) === 0) throw notFound();
        await audit(
          trx,
          {
            siteId,
            actorUserId: actor.id,
            action: "area.deleted",
            subject: `area:${area.id}`,
            details: { name: area.name },
          },
          services.clock(),
        );
      });
    } catch (error) {
      if (isForeignKeyViolation(error)) throw conflict("admin.areas.errors.inUse", { name: area.name });
      throw error;
    }
    return redirectWithFlash(reply, "/admin/gebieden", "admin.areas.deleted");
  });
}
