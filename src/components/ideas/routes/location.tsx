// The idea form's location (docs/maps.md): the active process says whether it is asked (off,
// optional, required); core/places reads the fields, looks up typed text and finds the area. An
// admin sets the mode on /admin/ideeen/plek (its own page, apart from the promise's settings).
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { audit } from "../../../core/audit/log";
import type { Executor } from "../../../core/db/database";
import { redirectWithFlash, sendPage } from "../../../core/http/render";
import { parseForm } from "../../../core/http/validation";
import { requireRole } from "../../../core/permissions/roles";
import { type PlaceContext, placeContext } from "../../../core/places/context";
import { LocationField } from "../../../core/places/location-field";
import {
  type LocationMode,
  LOCATION_FIELDS,
  LOCATION_MODES,
  type LocationVerdict,
  resolveLocation,
} from "../../../core/places/location-input";
import { MapAssets } from "../../../core/places/map-element";
import { fromE6, sixDecimals } from "../../../core/places/point";
import type { Services } from "../../../core/services";
import { emptyForm, type FormState, SelectField } from "../../../core/views/forms";
import { ensureProcess } from "../store/processes";
import type { IdeaRow } from "../store/tables";
import { SimpleFormPage } from "../views/simple-form-page";

export async function locationMode(db: Executor, siteId: number): Promise<LocationMode> {
  const row = await db
    .selectFrom("idea_processes")
    .select("location_mode")
    .where("site_id", "=", siteId)
    .where("active", "=", 1)
    .orderBy("id", "desc")
    .executeTakeFirst();
  return row?.location_mode ?? "optional";
}

export interface IdeaLocation {
  mode: LocationMode;
  places: PlaceContext;
}

export async function ideaLocation(services: Services, siteId: number): Promise<IdeaLocation> {
  const [mode, places] = await Promise.all([locationMode(services.db.kysely, siteId), placeContext(services, siteId)]);
  return { mode, places };
}

export const readIdeaLocation = (loc: IdeaLocation, body: unknown): Promise<LocationVerdict> =>
  resolveLocation(loc.places, (body ?? {}) as Record<string, string>, loc.mode);

/** The form values of a stored location, for the edit form. */
export const locationValues = (idea: IdeaRow): Record<string, string> => {
  const point =
    idea.location_lat_e6 !== null && idea.location_lng_e6 !== null
      ? { lat: sixDecimals(fromE6(idea.location_lat_e6)), lng: sixDecimals(fromE6(idea.location_lng_e6)) }
      : { lat: "", lng: "" };
  return { [LOCATION_FIELDS.text]: idea.location_address ?? "", ...point };
};

export function ideaLocationField(request: FastifyRequest, loc: IdeaLocation, form?: FormState) {
  if (loc.mode === "off") return undefined;
  return {
    head: <MapAssets ctx={request.pageContext()} />,
    field: <LocationField ctx={request.pageContext()} form={form} mode={loc.mode} places={loc.places} />,
    origins: loc.places.settings.tileOrigins,
  };
}

const modeForm = z.object({ locationMode: z.enum(LOCATION_MODES, "forms.errors.invalid") });

export function registerLocationSettingsRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;
  const page = (request: FastifyRequest, form: FormState) => {
    const ctx = request.pageContext();
    const t = ctx.t;
    return (
      <SimpleFormPage
        ctx={ctx}
        title={t("places.ideas.settingsTitle")}
        intro={t("places.ideas.settingsIntro")}
        action="/admin/ideeen/plek"
        form={form}
        submitLabel={t("ideas.form.save")}
      >
        <SelectField
          ctx={ctx}
          form={form}
          name="locationMode"
          label={t("places.ideas.mode")}
          options={LOCATION_MODES.map((m) => ({ value: m, label: t(`places.ideas.modes.${m}`) }))}
        />
      </SimpleFormPage>
    );
  };

  app.get("/admin/ideeen/plek", async (request, reply) => {
    requireRole(request.user, "admin");
    return sendPage(reply, page(request, emptyForm({ locationMode: await locationMode(db, request.site.id) })));
  });

  app.post("/admin/ideeen/plek", async (request, reply) => {
    const user = requireRole(request.user, "admin");
    const parsed = parseForm(modeForm, request.body);
    if (!parsed.ok) return sendPage(reply, page(request, parsed.form), 400);
    const now = services.clock();
    await db.transaction().execute(async (trx) => {
      const process = await ensureProcess(trx, request.site, now);
      await trx
        .updateTable("idea_processes")
        .set({ location_mode: parsed.data.locationMode })
        .where("id", "=", process.id)
        .execute();
      await audit(
        trx,
        {
          siteId: request.site.id,
          actorUserId: user.id,
          action: "ideas.locationMode",
          subject: `idea_process:${process.id}`,
          details: { mode: parsed.data.locationMode },
        },
        now,
      );
    });
    return redirectWithFlash(reply, "/admin/ideeen/plek", "places.ideas.saved");
  });
}
