// Staff pages for consultations: the list, creating one, and editing one (with its surveys).
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { allowMapTiles } from "../../../core/http/security-headers";
import { placeContext } from "../../../core/places/context";
import { LocationField } from "../../../core/places/location-field";
import { resolveLocation, storedLocationValues } from "../../../core/places/location-input";
import { MapAssets } from "../../../core/places/map-element";
import { PlaceSection } from "../../../core/places/place-section";
import { audit } from "../../../core/audit/log";
import { redirectWithFlash, sendPage } from "../../../core/http/render";
import { formWithErrors, parseFormWith } from "../../../core/http/validation";
import type { Services } from "../../../core/services";
import { emptyForm, type FormState } from "../../../core/views/forms";
import { Layout } from "../../../core/views/layout";
import { parsePhases, phaseValues } from "../domain/timeline";
import {
  consultationAreaIds,
  consultationPhases,
  type ConsultationInput,
  listConsultations,
  saveConsultation,
  siteAreas,
  siteOfficials,
} from "../store/consultations";
import type { ConsultationRow } from "../store/tables";
import { surveysOf } from "../store/surveys";
import { ConsultationForm } from "../views/consultation-form";
import { PagePartsNav } from "../views/page-parts-nav";
import { BackLink } from "../views/staff-nav";
import { coreErrors, loadConsultation, requireConsultationStaff } from "./load";
import { consultationSchema } from "./schemas";
import { registerRuleSettings } from "../../../core/participation/settings-route";
import { answerActionKey, answerRuleDefaults } from "../answer-rules";

const LIST = "/admin/raadplegingen";

/** The area ids ticked in the form (repeated `areas` fields), as strings. */
function tickedAreas(body: unknown): string[] {
  const raw = body && typeof body === "object" ? (body as Record<string, unknown>).areas : undefined;
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list.map((x) => (typeof x === "string" ? x : ""));
}

export function registerConsultationAdminRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;

  // Who may answer the consultation's surveys: the core participation rules' settings page.
  registerRuleSettings(app, services, {
    component: "consultations",
    defaults: (c: { id: number; title: string; back: string; anonymous_answers: number }) => answerRuleDefaults(c),
    actionKey: answerActionKey,
    levels: ["none", "email", "identity"],
    path: `${LIST}/:id/deelname`,
    authorize: (request) => requireConsultationStaff(request).id,
    loadProcess: async (request) => {
      const c = await loadConsultation(services, request, (request.params as { id?: string }).id);
      return { id: c.id, title: c.title, back: `${LIST}/${c.id}`, anonymous_answers: c.anonymous_answers };
    },
  });

  async function formPage(
    request: FastifyRequest,
    reply: FastifyReply,
    form: FormState,
    checked: string[],
    existing?: ConsultationRow,
  ) {
    const ctx = request.pageContext();
    const [areas, officials, places] = await Promise.all([
      siteAreas(db, request.site.id),
      siteOfficials(db, request.site.id),
      placeContext(services, request.site.id),
    ]);
    allowMapTiles(reply, places.settings.tileOrigins);
    const title = existing ? ctx.t("consultations.admin.editTitle") : ctx.t("consultations.admin.newTitle");
    const surveys = existing ? await surveysOf(db, existing.id) : [];
    return (
      <Layout ctx={ctx} title={title} head={<MapAssets ctx={ctx} />}>
        <h1 class="utrecht-heading-1">{title}</h1>
        {/* No public consultation page yet: the staff page shows where it is (docs/maps.md). */}
        {existing ? <PlaceSection ctx={ctx} settings={places.settings} location={existing} /> : null}
        <ConsultationForm
          location={<LocationField ctx={ctx} form={form} mode="optional" places={places} />}
          ctx={ctx}
          form={form}
          action={existing ? `${LIST}/${existing.id}` : `${LIST}/nieuw`}
          areas={areas}
          checkedAreas={new Set(checked)}
          officials={officials}
        />
        {existing ? <PagePartsNav ctx={ctx} consultation={existing} /> : null}
        {existing ? (
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={`${LIST}/${existing.id}/deelname`}>
              {ctx.t("consultations.admin.participation")}
            </a>
          </p>
        ) : null}
        {existing ? (
          <section aria-labelledby="surveys-title">
            <h2 class="utrecht-heading-2" id="surveys-title">
              {ctx.t("consultations.admin.surveys")}
            </h2>
            {surveys.length ? (
              <ul class="utrecht-unordered-list">
                {surveys.map((s) => (
                  <li class="utrecht-unordered-list__item">
                    <a class="utrecht-link" href={`/admin/vragenlijsten/${s.id}`}>
                      {s.title}
                    </a>
                  </li>
                ))}
              </ul>
            ) : (
              <p class="utrecht-paragraph">{ctx.t("consultations.admin.noSurveys")}</p>
            )}
            <p class="utrecht-paragraph">
              <a class="utrecht-link" href={`${LIST}/${existing.id}/vragenlijst-nieuw`}>
                {ctx.t("consultations.admin.newSurvey")}
              </a>
            </p>
          </section>
        ) : null}
        {existing ? (
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={`${LIST}/${existing.id}/verslag`}>
              {ctx.t("consultations.report.link")}
            </a>
          </p>
        ) : null}
        <BackLink ctx={ctx} href={LIST} labelKey="consultations.admin.backToList" />
      </Layout>
    );
  }

  /** The form's input, or the form to show again with every error beside its field. */
  async function readForm(request: FastifyRequest) {
    const [areas, officials] = await Promise.all([siteAreas(db, request.site.id), siteOfficials(db, request.site.id)]);
    const ticked = tickedAreas(request.body);
    // The same location rules as every form; the point does not tick areas (a consultation may
    // span several), but one outside every area is refused.
    const place = await resolveLocation(
      await placeContext(services, request.site.id),
      (request.body ?? {}) as Record<string, string>,
      "optional",
    );
    let phases: ConsultationInput["phases"] = [];
    const result = parseFormWith(consultationSchema, request.body, (values) => {
      const parsed = parsePhases(values);
      phases = parsed.phases;
      const errors = coreErrors(parsed.errors);
      if (ticked.some((a) => !areas.some((x) => String(x.id) === a)))
        errors.unshift({ field: "areas", messageKey: "consultations.errors.unknownArea" });
      if (values.contact && !officials.some((o) => String(o.id) === values.contact))
        errors.unshift({ field: "contact", messageKey: "consultations.errors.unknownContact" });
      if (!place.ok) errors.push(...place.errors);
      return errors;
    });
    if (!result.ok) return { ok: false as const, form: result.form, ticked };
    // (never reached: the location's errors are among the checks above; this narrows the type)
    if (!place.ok) return { ok: false as const, form: formWithErrors(request.body, place.errors), ticked };
    const input: ConsultationInput = {
      title: result.data.title,
      summary: result.data.summary,
      body: result.data.body,
      contactUserId: result.data.contact ? Number(result.data.contact) : null,
      published: result.data.published,
      areaIds: [...new Set(ticked.map(Number))],
      phases,
      anonymousAnswers: result.data.anonymousAnswers,
      location: place.place,
    };
    return { ok: true as const, input };
  }

  app.get(LIST, async (request, reply) => {
    requireConsultationStaff(request);
    const ctx = request.pageContext();
    const list = await listConsultations(db, request.site.id);
    return sendPage(
      reply,
      <Layout ctx={ctx} title={ctx.t("consultations.admin.listTitle")}>
        <h1 class="utrecht-heading-1">{ctx.t("consultations.admin.listTitle")}</h1>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`${LIST}/nieuw`}>
            {ctx.t("consultations.admin.newLink")}
          </a>
        </p>
        {list.length ? (
          <ul class="utrecht-unordered-list">
            {list.map((c) => (
              <li class="utrecht-unordered-list__item">
                <a class="utrecht-link" href={`${LIST}/${c.id}`}>
                  {c.title}
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p class="utrecht-paragraph">{ctx.t("consultations.admin.none")}</p>
        )}
      </Layout>,
    );
  });

  app.get(`${LIST}/nieuw`, async (request, reply) => {
    requireConsultationStaff(request);
    return sendPage(
      reply,
      await formPage(
        request,
        reply,
        emptyForm({ contact: String(request.user!.id), anonymousAnswers: "0", published: "0" }),
        [],
      ),
    );
  });

  app.post(`${LIST}/nieuw`, async (request, reply) => {
    const user = requireConsultationStaff(request);
    const read = await readForm(request);
    if (!read.ok) return sendPage(reply, await formPage(request, reply, read.form, read.ticked), 400);
    const now = services.clock();
    const id = await db.transaction().execute(async (trx) => {
      const id = await saveConsultation(trx, request.site.id, null, read.input, now);
      const entry = {
        siteId: request.site.id,
        actorUserId: user.id,
        action: "consultations.created",
        subject: `consultation:${id}`,
      };
      await audit(trx, { ...entry, details: { title: read.input.title } }, now);
      return id;
    });
    return redirectWithFlash(reply, `${LIST}/${id}`, "consultations.flash.saved");
  });

  app.get<{ Params: { id: string } }>(`${LIST}/:id`, async (request, reply) => {
    requireConsultationStaff(request);
    const c = await loadConsultation(services, request, request.params.id);
    const [areaIds, phases] = await Promise.all([consultationAreaIds(db, c.id), consultationPhases(db, c.id)]);
    const values = {
      title: c.title,
      summary: c.summary,
      body: c.body,
      contact: c.contact_user_id === null ? "" : String(c.contact_user_id),
      anonymousAnswers: String(c.anonymous_answers),
      published: String(c.published),
      ...phaseValues(phases),
      ...storedLocationValues(c),
    };
    return sendPage(reply, await formPage(request, reply, emptyForm(values), areaIds.map(String), c));
  });

  app.post<{ Params: { id: string } }>(`${LIST}/:id`, async (request, reply) => {
    const user = requireConsultationStaff(request);
    const c = await loadConsultation(services, request, request.params.id);
    const read = await readForm(request);
    if (!read.ok) return sendPage(reply, await formPage(request, reply, read.form, read.ticked, c), 400);
    const now = services.clock();
    await db.transaction().execute(async (trx) => {
      await saveConsultation(trx, request.site.id, c.id, read.input, now);
      const entry = {
        siteId: request.site.id,
        actorUserId: user.id,
        action: "consultations.updated",
        subject: `consultation:${c.id}`,
      };
      const details = { title: read.input.title, anonymousAnswers: read.input.anonymousAnswers };
      await audit(trx, { ...entry, details }, now);
    });
    return redirectWithFlash(reply, `${LIST}/${c.id}`, "consultations.flash.saved");
  });
}
