// /admin/site: the settings of this site (admins only). Changes are audited and the cached site is
// forgotten, so the next page already shows them.
import type { FastifyInstance } from "fastify";
import { audit } from "../../audit/log";
import { parseForm } from "../../http/validation";
import { redirectWithFlash, sendPage } from "../../http/render";
import type { Services } from "../../services";
import { forgetCachedSites } from "../../sites/resolve";
import { findSiteById, updateSiteSettings } from "../../sites/store";
import { emptyForm } from "../../views/forms";
import { requireAdmin } from "../guard";
import { changedFields, siteFormValues, siteSettingsSchema, toSettings } from "./schema";
import { SiteSettingsPage } from "./views";

export function registerSiteRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;

  app.get("/admin/site", async (request, reply) => {
    requireAdmin(request);
    return sendPage(
      reply,
      <SiteSettingsPage ctx={request.pageContext()} form={emptyForm(siteFormValues(request.site))} />,
    );
  });

  app.post("/admin/site", async (request, reply) => {
    const actor = requireAdmin(request);
    const parsed = parseForm(siteSettingsSchema, request.body);
    if (!parsed.ok) return sendPage(reply, <SiteSettingsPage ctx={request.pageContext()} form={parsed.form} />, 400);
    const siteId = request.site.id;
    await db.transaction().execute(async (trx) => {
      // Compare with the stored row, not the per-process cached copy on the request.
      const before = siteFormValues((await findSiteById(trx, siteId)) ?? request.site);
      const updated = await updateSiteSettings(trx, siteId, toSettings(parsed.data));
      const fields = changedFields(before, siteFormValues(updated));
      if (fields.length > 0) {
        await audit(
          trx,
          { siteId, actorUserId: actor.id, action: "site.updated", subject: `site:${siteId}`, details: { fields } },
          services.clock(),
        );
      }
    });
    forgetCachedSites(db);
    return redirectWithFlash(reply, "/admin/site", "admin.site.saved");
  });
}
