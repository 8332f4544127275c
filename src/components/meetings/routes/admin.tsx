// Organisers' pages (officials and admins): create, edit and cancel meetings; registrations, the
// sign-in sheet, CSV export and a mail to everyone registered; minutes, attendees and outcomes.
// Every route checks the role first, then loads the meeting of this site (no IDOR across sites).
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ComponentChildren } from "preact";
import { writeCsv } from "../../../core/csv";
import { HttpError } from "../../../core/http/errors";
import { redirectWithFlash, sendPage } from "../../../core/http/render";
import { formWithErrors, parseForm, parseFormWith } from "../../../core/http/validation";
import { localDate, localTime } from "../../../core/i18n/local-days";
import type { Services } from "../../../core/services";
import { emptyForm, Field, Form, type FormState } from "../../../core/views/forms";
import { Layout } from "../../../core/views/layout";
import { addOutcome, mailRegistered, recordMinutes, removeOutcome } from "../commands/aftermath";
import { cancelMeeting, createMeeting, updateMeeting } from "../commands/save-meeting";
import { requireOrganiser } from "../permissions";
import { listMeetings, listOutcomes, listRegistrations, loadMeeting, type MeetingWithArea } from "../store/meetings";
import { AdminListPage, AdminMeetingPage, SignInSheet } from "../views/admin-pages";
import { MeetingFormPage } from "../views/meeting-form";
import { parseParams } from "./load";
import {
  cancelMeetingForm,
  mailForm,
  meetingChecks,
  meetingForm,
  meetingInput,
  meetingParams,
  minutesForm,
  outcomeForm,
  outcomeParams,
} from "./schemas";

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
  };
}

function FormPage(props: {
  ctx: ReturnType<FastifyRequest["pageContext"]>;
  title: string;
  action: string;
  form: FormState;
  submit: string;
  back: string;
  children: ComponentChildren;
}) {
  return (
    <Layout ctx={props.ctx} title={props.title}>
      <h1 class="utrecht-heading-1">{props.title}</h1>
      <Form ctx={props.ctx} action={props.action} form={props.form} submitLabel={props.submit}>
        {props.children}
      </Form>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={props.back}>
          {props.ctx.t("meetings.admin.back")}
        </a>
      </p>
    </Layout>
  );
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

  const meetingFormPage = async (request: FastifyRequest, form: FormState, action: string, titleKey: string) => (
    <MeetingFormPage
      ctx={request.pageContext()}
      title={request.t(titleKey)}
      action={action}
      form={form}
      areas={await areasOf(request.site.id)}
      back="/admin/bijeenkomsten"
    />
  );

  app.get("/admin/bijeenkomsten/nieuw", async (request, reply) => {
    requireOrganiser(request.user);
    const initial = emptyForm({ registration: "required", guestsAllowed: "1", organiser: request.site.name });
    return sendPage(reply, await meetingFormPage(request, initial, "/admin/bijeenkomsten/nieuw", "meetings.admin.new"));
  });

  app.post("/admin/bijeenkomsten/nieuw", async (request, reply) => {
    const user = requireOrganiser(request.user);
    const result = parseFormWith(meetingForm, request.body, meetingChecks);
    if (!result.ok)
      return sendPage(
        reply,
        await meetingFormPage(request, result.form, "/admin/bijeenkomsten/nieuw", "meetings.admin.new"),
        400,
      );
    const id = await createMeeting(services, request.site, user, meetingInput(result.data));
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
      await meetingFormPage(request, emptyForm(formValuesOf(meeting)), action, "meetings.admin.edit"),
    );
  });

  app.post("/admin/bijeenkomsten/:id/bewerken", async (request, reply) => {
    const meeting = await load(request);
    const action = `/admin/bijeenkomsten/${meeting.id}/bewerken`;
    const result = parseFormWith(meetingForm, request.body, meetingChecks);
    if (!result.ok)
      return sendPage(reply, await meetingFormPage(request, result.form, action, "meetings.admin.edit"), 400);
    try {
      await updateMeeting(services, request.site, request.user!, meeting.id, meetingInput(result.data));
    } catch (error) {
      // A rule only the stored meeting can check (capacity below the places given): beside its field.
      if (!(error instanceof HttpError) || !error.fieldErrors.length) throw error;
      return sendPage(
        reply,
        await meetingFormPage(request, formWithErrors(request.body, error.fieldErrors), action, "meetings.admin.edit"),
        400,
      );
    }
    return redirectWithFlash(reply, `/admin/bijeenkomsten/${meeting.id}`, "meetings.flash.saved");
  });

  /** A short staff form about one meeting: page on GET, parse-run-redirect on POST. */
  const staffForm = <T,>(opts: {
    path: string;
    titleKey: string;
    submitKey: string;
    schema: Parameters<typeof parseForm>[0];
    fields: (request: FastifyRequest, form: FormState) => ComponentChildren;
    initial?: (m: MeetingWithArea) => Record<string, string>;
    run: (request: FastifyRequest, meeting: MeetingWithArea, data: T) => Promise<unknown>;
    flash: string;
  }) => {
    const page = (request: FastifyRequest, meeting: MeetingWithArea, form: FormState) => (
      <FormPage
        ctx={request.pageContext()}
        title={request.t(opts.titleKey, { title: meeting.title })}
        action={`/admin/bijeenkomsten/${meeting.id}/${opts.path}`}
        form={form}
        submit={request.t(opts.submitKey)}
        back={`/admin/bijeenkomsten/${meeting.id}`}
      >
        {opts.fields(request, form)}
      </FormPage>
    );
    app.get(`/admin/bijeenkomsten/:id/${opts.path}`, async (request, reply) => {
      const meeting = await load(request);
      return sendPage(reply, page(request, meeting, emptyForm(opts.initial?.(meeting))));
    });
    app.post(`/admin/bijeenkomsten/:id/${opts.path}`, async (request, reply) => {
      const meeting = await load(request);
      const result = parseForm(opts.schema, request.body);
      if (!result.ok) return sendPage(reply, page(request, meeting, result.form), 400);
      await opts.run(request, meeting, result.data as T);
      return redirectWithFlash(reply, `/admin/bijeenkomsten/${meeting.id}`, opts.flash);
    });
  };

  staffForm<{ reason: string }>({
    path: "annuleren",
    titleKey: "meetings.admin.cancelTitle",
    submitKey: "meetings.admin.cancelSubmit",
    schema: cancelMeetingForm,
    fields: (r, form) => (
      <Field
        ctx={r.pageContext()}
        form={form}
        name="reason"
        label={r.t("meetings.fields.reason")}
        hint={r.t("meetings.fields.reasonHint")}
        maxLength={500}
      />
    ),
    run: (r, m, d) => cancelMeeting(services, r.site, r.user!, m.id, d.reason),
    flash: "meetings.flash.meetingCancelled",
  });

  staffForm<{ subject: string; body: string }>({
    path: "mail",
    titleKey: "meetings.admin.mailTitle",
    submitKey: "meetings.admin.mailSubmit",
    schema: mailForm,
    fields: (r, form) => (
      <>
        <Field
          ctx={r.pageContext()}
          form={form}
          name="subject"
          label={r.t("meetings.fields.subject")}
          maxLength={150}
        />
        <Field
          ctx={r.pageContext()}
          form={form}
          name="body"
          label={r.t("meetings.fields.body")}
          multiline
          rows={8}
          maxLength={5000}
        />
      </>
    ),
    run: (r, m, d) => mailRegistered(services, r.site, r.user!, m.id, d),
    flash: "meetings.flash.mailed",
  });

  staffForm<{ minutes: string; attendees: number | null }>({
    path: "verslag",
    titleKey: "meetings.admin.minutesTitle",
    submitKey: "meetings.admin.save",
    schema: minutesForm,
    initial: (m) => ({ minutes: m.minutes ?? "", attendees: m.attendees === null ? "" : String(m.attendees) }),
    fields: (r, form) => (
      <>
        <Field
          ctx={r.pageContext()}
          form={form}
          name="attendees"
          label={r.t("meetings.fields.attendees")}
          inputMode="numeric"
          maxLength={5}
        />
        <Field
          ctx={r.pageContext()}
          form={form}
          name="minutes"
          label={r.t("meetings.fields.minutes")}
          hint={r.t("meetings.fields.markdownHint")}
          multiline
          rows={12}
          maxLength={20000}
        />
      </>
    ),
    run: (r, m, d) => recordMinutes(services, r.site, r.user!, m.id, d),
    flash: "meetings.flash.saved",
  });

  staffForm<{ label: string; url: string }>({
    path: "resultaten",
    titleKey: "meetings.admin.outcomeTitle",
    submitKey: "meetings.admin.addOutcome",
    schema: outcomeForm,
    fields: (r, form) => (
      <>
        <Field
          ctx={r.pageContext()}
          form={form}
          name="label"
          label={r.t("meetings.fields.outcomeLabel")}
          maxLength={200}
        />
        <Field
          ctx={r.pageContext()}
          form={form}
          name="url"
          label={r.t("meetings.fields.outcomeUrl")}
          hint={r.t("meetings.fields.outcomeUrlHint")}
          maxLength={300}
        />
      </>
    ),
    run: (r, m, d) => addOutcome(services, r.site, r.user!, m.id, d),
    flash: "meetings.flash.saved",
  });

  app.post("/admin/bijeenkomsten/:id/resultaten/:outcomeId/verwijderen", async (request, reply) => {
    const user = requireOrganiser(request.user);
    const { id, outcomeId } = parseParams(outcomeParams, request.params);
    await removeOutcome(services, request.site, user, id, outcomeId);
    return redirectWithFlash(reply, `/admin/bijeenkomsten/${id}`, "meetings.flash.saved");
  });

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
