// Organisers' forms about one meeting beside creating and editing it: cancel, mail everyone
// registered, minutes and attendees, outcomes. Role first, then the meeting of this site.
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ComponentChildren } from "preact";
import { redirectWithFlash, sendPage } from "../../../core/http/render";
import { parseForm } from "../../../core/http/validation";
import type { Services } from "../../../core/services";
import { emptyForm, Field, Form, type FormState } from "../../../core/views/forms";
import { Layout } from "../../../core/views/layout";
import { addOutcome, mailRegistered, recordMinutes, removeOutcome } from "../commands/aftermath";
import { cancelMeeting } from "../commands/save-meeting";
import { requireOrganiser } from "../permissions";
import { loadMeeting, type MeetingWithArea } from "../store/meetings";
import { parseParams } from "./load";
import { cancelMeetingForm, mailForm, meetingParams, minutesForm, outcomeForm, outcomeParams } from "./schemas";

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

export function registerStaffFormRoutes(app: FastifyInstance, services: Services): void {
  const load = (request: FastifyRequest) => {
    requireOrganiser(request.user);
    const { id } = parseParams(meetingParams, request.params);
    return loadMeeting(services.db.kysely, request.site.id, id);
  };

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
}
