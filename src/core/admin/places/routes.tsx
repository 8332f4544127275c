// /admin/kaart: this site's map and address search (docs/maps.md). Empty fields use the
// installation's defaults (MAP_TILE_URL, MAP_TILE_ATTRIBUTION, ADDRESS_SEARCH_URL); a municipality
// without internet access points both at its own servers, or switches address search off.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { hasTilePlaceholders, TILE_URL } from "../../../config";
import { audit } from "../../audit/log";
import { redirectWithFlash, sendPage } from "../../http/render";
import { singleLineText } from "../../http/text-rules";
import { parseForm } from "../../http/validation";
import { loadSettingsRow, parseOrigins, saveSettingsRow } from "../../places/settings";
import type { Services } from "../../services";
import { emptyForm, Field, Form, type FormState, SelectField } from "../../views/forms";
import { requireAdmin } from "../guard";
import { AdminPage } from "../views/admin-page";

const placesSchema = z.object({
  tileUrl: z
    .string()
    .trim()
    .max(500, "places.settings.errors.tileUrl")
    .refine((v) => v === "" || (TILE_URL.test(v) && hasTilePlaceholders(v)), "places.settings.errors.tileUrl"),
  tileAttribution: singleLineText().trim().max(300, "forms.errors.tooLong"),
  tileOrigins: z
    .string()
    .max(1000, "places.settings.errors.tileOrigins")
    .refine((v) => parseOrigins(v) !== null, "places.settings.errors.tileOrigins")
    .transform((v) => parseOrigins(v)!.join(" ")),
  addressSearch: z.enum(["1", "0"], "forms.errors.invalid").transform((v) => (v === "1" ? 1 : 0)),
  addressUrl: z
    .string()
    .trim()
    .max(500, "places.settings.errors.addressUrl")
    .refine((v) => v === "" || /^https?:\/\/[^\s"'<>]+$/.test(v), "places.settings.errors.addressUrl")
    .transform((v) => v.replace(/\/$/, "")),
});

export function registerPlaceSettingsRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;
  const page = (request: FastifyRequest, form: FormState) => {
    const ctx = request.pageContext();
    const { t } = ctx;
    const d = services.config.places;
    return (
      <AdminPage ctx={ctx} title={t("places.settings.title")}>
        <p class="utrecht-paragraph">{t("places.settings.intro")}</p>
        <Form ctx={ctx} action="/admin/kaart" form={form} submitLabel={t("places.settings.save")}>
          <Field
            ctx={ctx}
            form={form}
            name="tileUrl"
            type="url"
            label={t("places.settings.tileUrl")}
            hint={t("places.settings.tileUrlHint", { url: d.tileUrl })}
            maxLength={500}
          />
          <Field
            ctx={ctx}
            form={form}
            name="tileAttribution"
            label={t("places.settings.tileAttribution")}
            hint={t("places.settings.tileAttributionHint", { text: d.tileAttribution })}
            maxLength={300}
          />
          <Field
            ctx={ctx}
            form={form}
            name="tileOrigins"
            label={t("places.settings.tileOrigins")}
            hint={t("places.settings.tileOriginsHint")}
            maxLength={1000}
          />
          <SelectField
            ctx={ctx}
            form={form}
            name="addressSearch"
            label={t("places.settings.addressSearch")}
            options={[
              { value: "1", label: t("places.settings.addressOn") },
              { value: "0", label: t("places.settings.addressOff") },
            ]}
          />
          <Field
            ctx={ctx}
            form={form}
            name="addressUrl"
            type="url"
            label={t("places.settings.addressUrl")}
            hint={t("places.settings.addressUrlHint", { url: d.addressUrl ?? "—" })}
            maxLength={500}
          />
        </Form>
      </AdminPage>
    );
  };

  app.get("/admin/kaart", async (request, reply) => {
    requireAdmin(request);
    const row = await loadSettingsRow(db, request.site.id);
    return sendPage(
      reply,
      page(
        request,
        emptyForm({
          tileUrl: row?.tile_url ?? "",
          tileAttribution: row?.tile_attribution ?? "",
          tileOrigins: row?.tile_origins ?? "",
          addressSearch: String(row?.address_search ?? 1),
          addressUrl: row?.address_url ?? "",
        }),
      ),
    );
  });

  app.post("/admin/kaart", async (request, reply) => {
    const actor = requireAdmin(request);
    const parsed = parseForm(placesSchema, request.body);
    if (!parsed.ok) return sendPage(reply, page(request, parsed.form), 400);
    const v = parsed.data;
    const row = {
      tile_url: v.tileUrl,
      tile_attribution: v.tileAttribution,
      tile_origins: v.tileOrigins,
      address_url: v.addressUrl,
      address_search: v.addressSearch,
    };
    await db.transaction().execute(async (trx) => {
      await saveSettingsRow(trx, request.site.id, row);
      await audit(
        trx,
        {
          siteId: request.site.id,
          actorUserId: actor.id,
          action: "places.settings",
          subject: "site_places",
          details: row,
        },
        services.clock(),
      );
    });
    return redirectWithFlash(reply, "/admin/kaart", "places.settings.saved");
  });
}
