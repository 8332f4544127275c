// Organisers' pages (officials and admins): the list, create and edit a meeting, its registrations,
// the sign-in sheet and the CSV export. The shorter forms (cancel, mail, minutes, outcomes) are in
// staff-forms.tsx.
// Every route checks the role first, then loads the meeting of this site (no IDOR across sites).
import type { FastifyInstance, FastifyRequest } from "fastify";
import { writeCsv } from "../../../core/csv";
import { HttpError } from "../../../core/http/errors";
import { redirectWithFlash, sendPage } from "../../../core/http/render";
import { formWithErrors, parseFormWith } from "../../../core/http/validation";
import { localDate, localTime } from "../../../core/i18n/local-days";
import type { Services } from "../../../core/services";
import { emptyForm, type FormState } from "../../../core/views/forms";
import { createMeeting, updateMeeting } from "../commands/save-meeting";
import { requireOrganiser } from "../permissions";
import { listMeetings, listOutcomes, listRegistrations, loadMeeting, type MeetingWithArea } from "../store/meetings";
import { AdminListPage, AdminMeetingPage } from "../views/admin-pages";
import { SignInSheet } from "../views/sign-in-sheet";
import { MeetingFormPage } from "../views/meeting-form";
import { parseParams } from "./load";
import { meetingLocation } from "./location";
import { storedLocationValues } from "../../../core/places/location-input";
import { allowMapTiles } from "../../../core/http/security-headers";
import type { FastifyReply } from "fastify";
import { registerStaffFormRoutes } from "./staff-forms";
import { meetingChecks, meetingForm, meetingInput, meetingParams } from "./schemas";

/** The stored meeting as the form's values (times back in Amsterdam wall-clock time). */
function formValuesOf(m: MeetingWithArea): Record<string, string> {
  return {
    title: m.title,
    description: m.description,
    kind: m.kind,
    date: localDate(m.starts_at),
    startTime: localTime(m.starts_at),
    endTime: localTime(m.ends_at),
    place: m.place,
    onlineUrl: m.online_url ?? "",
    wheelchair: m.wheelchair ? "1" : "",
    hearingLoop: m.hearing_loop ? "1" : "",
    signLanguage: m.sign_language ? "1" : "",
    organiser: m.organiser,
    areaId: m.area_id ? String(m.area_id) : "",
    relatedUrl: m.related_url ?? "",
    relatedLabel: m.related_label ?? "",
    registration: m.registration,
    capacity: m.capacity ? String(m.capacity) : "",
    guestsAllowed: m.guests_allowed ? "1" : "",
    ...storedLocationValues(m),
  };
}

export function registerAdminRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;
  const areasOf = (siteId: number) =>
    db.selectFrom("areas").selectAll().where("site_id", "=", siteId).orderBy("name").execute();
  const load = (request: FastifyRequest) => {
    requireOrganiser(request.user);
    const { id } = parseParams(meetingParams, request.params);
    return loadMeeting(db, request.site.id, id);
  };

  app.get("/admin/bijeenkomsten", async (request, reply) => {
    requireOrganiser(request.user);
    const meetings = await listMeetings(db, request.site.id, services.clock(), "all");
    return sendPage(reply, <AdminListPage ctx={request.pageContext()} meetings={meetings} />);
  });

  const meetingFormPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    form: FormState,
    action: string,
    titleKey: string,
  ) => {
    const loc = await meetingLocation(services, request);
    allowMapTiles(reply, loc.places.settings.tileOrigins);
    return (
      <MeetingFormPage
        ctx={request.pageContext()}
        title={request.t(titleKey)}
        action={action}
        form={form}
        areas={await areasOf(request.site.id)}
        location={loc.field(form)}
        back="/admin/bijeenkomsten"
      />
    );
  };

  /**
   * The form and the location field together: every error beside its field at once. A point
   * inside an area's boundary decides the area (docs/maps.md), as for ideas and projects.
   */
  const parseMeeting = async (request: FastifyRequest) => {
    const place = (await meetingLocation(services, request, request.body)).verdict!;
    const parsed = parseFormWith(meetingForm, request.body, (v) => [
      ...meetingChecks(v),
      ...(place.ok ? [] : place.errors),
    ]);
    if (!parsed.ok) return { ok: false as const, form: parsed.form };
    if (!place.ok) return { ok: false as const, form: formWithErrors(request.body, place.errors) };
    const input = meetingInput(parsed.data);
    return { ok: true as const, input: { ...input, areaId: place.areaId ?? input.areaId, location: place.place } };
  };

  app.get("/admin/bijeenkomsten/nieuw", async (request, reply) => {
    requireOrganiser(request.user);
    const initial = emptyForm({ registration: "required", guestsAllowed: "1", organiser: request.site.name });
    return sendPage(
      reply,
      await meetingFormPage(request, reply, initial, "/admin/bijeenkomsten/nieuw", "meetings.admin.new"),
    );
  });

  app.post("/admin/bijeenkomsten/nieuw", async (request, reply) => {
    const user = requireOrganiser(request.user);
    const result = await parseMeeting(request);
    if (!result.ok)
      return sendPage(
        reply,
        await meetingFormPage(request, reply, result.form, "/admin/bijeenkomsten/nieuw", "meetings.admin.new"),
        400,
      );
    const id = await createMeeting(services, request.site, user, result.input);
    return redirectWithFlash(reply, `/admin/bijeenkomsten/${id}`, "meetings.flash.saved");
  });

  app.get("/admin/bijeenkomsten/:id", async (request, reply) => {
    const meeting = await load(request);
    const [registrations, outcomes] = await Promise.all([
      listRegistrations(db, meeting.id),
      listOutcomes(db, meeting.id),
    ]);
    return sendPage(
      reply,
      <AdminMeetingPage
        ctx={request.pageContext()}
        meeting={meeting}
        registrations={registrations}
        outcomes={outcomes}
      />,
    );
  });

  app.get("/admin/bijeenkomsten/:id/bewerken", async (request, reply) => {
    const meeting = await load(request);
    const action = `/admin/bijeenkomsten/${meeting.id}/bewerken`;
    return sendPage(
      reply,
      await meetingFormPage(request, reply, emptyForm(formValuesOf(meeting)), action, "meetings.admin.edit"),
    );
  });

  app.post("/admin/bijeenkomsten/:id/bewerken", async (request, reply) => {
    const meeting = await load(request);
    const action = `/admin/bijeenkomsten/${meeting.id}/bewerken`;
    const result = await parseMeeting(request);
    if (!result.ok)
      return sendPage(reply, await meetingFormPage(request, reply, result.form, action, "meetings.admin.edit"), 400);
    try {
      await updateMeeting(services, request.site, request.user!, meeting.id, result.input);
    } catch (error) {
      // A rule only the stored meeting can check (capacity below the places given): beside its field.
      if (!(error instanceof HttpError) || !error.fieldErrors.length) throw error;
      return sendPage(
        reply,
        await meetingFormPage(
          request,
          reply,
          formWithErrors(request.body, error.fieldErrors),
          action,
          "meetings.admin.edit",
        ),
        400,
      );
    }
    return redirectWithFlash(reply, `/admin/bijeenkomsten/${meeting.id}`, "meetings.flash.saved");
  });

  registerStaffFormRoutes(app, services);

  app.get("/admin/bijeenkomsten/:id/presentielijst", async (request, reply) => {
    const meeting = await load(request);
    const registrations = await listRegistrations(db, meeting.id);
    return sendPage(reply, <SignInSheet ctx={request.pageContext()} meeting={meeting} registrations={registrations} />);
  });

  app.get("/admin/bijeenkomsten/:id/aanmeldingen.csv", async (request, reply) => {
    const meeting = await load(request);
    const rows = await listRegistrations(db, meeting.id);
    const csv = writeCsv([
      [
        "name",
        "email",
        "status",
        "dietary_needs",
        "interpreter",
        "remarks",
        "registered_at",
        "placed_at",
        "cancelled_at",
      ],
      ...rows.map((r) => [
        r.name,
        r.email,
        r.status,
        r.dietary,
        r.interpreter ? "yes" : "no",
        r.remarks,
        r.created_at,
        r.placed_at,
        r.cancelled_at,
      ]),
    ]);
    return reply
      .type("text/csv; charset=utf-8")
      .header("Content-Disposition", `attachment; filename="aanmeldingen-${meeting.id}.csv"`)
      .header("Cache-Control", "no-store")
      .send(csv);
  });
}
