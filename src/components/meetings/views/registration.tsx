// The registration part of a meeting's page: the person's own status (and the online link when they
// have a place), or the form for an account or a guest, or why registering is not possible.
import type { PageContext } from "../../../core/views/context";
import { Field, Form, type FormState, PostButton } from "../../../core/views/forms";
import { VerifyFirstNotice } from "../../../core/views/verify-first";
import { registrationOpen, seesOnlineLink } from "../domain/meeting";
import type { MeetingWithArea } from "../store/meetings";
import type { RegistrationRow } from "../store/tables";
import { CheckboxField } from "./parts";

/** The questions at registration, the same for guests and accounts. */
export function QuestionFields({ ctx, form }: { ctx: PageContext; form?: FormState }) {
  const t = ctx.t;
  return (
    <>
      <Field
        ctx={ctx}
        form={form}
        name="dietary"
        label={t("meetings.fields.dietary")}
        hint={t("meetings.fields.dietaryHint")}
        maxLength={300}
      />
      <CheckboxField ctx={ctx} form={form} name="interpreter" label={t("meetings.fields.interpreter")} />
      <Field
        ctx={ctx}
        form={form}
        name="remarks"
        label={t("meetings.fields.remarks")}
        hint={t("meetings.fields.remarksHint")}
        multiline
        rows={3}
        maxLength={1000}
      />
    </>
  );
}

export function Registration({
  ctx,
  meeting,
  own,
  form,
  now,
}: {
  ctx: PageContext;
  meeting: MeetingWithArea;
  own: RegistrationRow | null;
  form?: FormState;
  now: Date;
}) {
  const t = ctx.t;
  const path = `/bijeenkomsten/${meeting.id}`;
  if (own && own.status !== "cancelled" && own.status !== "unconfirmed") {
    return (
      <>
        <p class="utrecht-paragraph">
          <strong>{t(`meetings.own.${own.status}`)}</strong>
        </p>
        {seesOnlineLink(own.status) && meeting.online_url ? (
          <p class="utrecht-paragraph">
            {t("meetings.onlineLink")}{" "}
            <a class="utrecht-link" href={meeting.online_url} rel="noopener noreferrer">
              {meeting.online_url}
            </a>
          </p>
        ) : null}
        {registrationOpen(meeting, now).ok ? (
          <PostButton ctx={ctx} action={`${path}/afmelden`} label={t("meetings.cancelRegistration")} />
        ) : null}
      </>
    );
  }
  const open = registrationOpen(meeting, now);
  if (!open.ok) return <p class="utrecht-paragraph">{t(open.key)}</p>;
  if (ctx.user && !ctx.user.emailVerified)
    return <VerifyFirstNotice ctx={ctx} reasonKey="meetings.errors.verifyFirst" returnTo={path} />;
  if (ctx.user)
    return (
      <Form ctx={ctx} action={`${path}/aanmelden`} form={form} submitLabel={t("meetings.register")}>
        <p class="utrecht-paragraph">{t("meetings.registerAs", { name: ctx.user.displayName })}</p>
        <QuestionFields ctx={ctx} form={form} />
      </Form>
    );
  const login = (
    <a class="utrecht-link" href={`/inloggen?terug=${path}`}>
      {t("meetings.login")}
    </a>
  );
  if (!meeting.guests_allowed) return <p class="utrecht-paragraph">{login}</p>;
  return (
    <>
      <p class="utrecht-paragraph">
        {t("meetings.guestIntro")} {login}
      </p>
      <Form ctx={ctx} action={`${path}/aanmelden`} form={form} submitLabel={t("meetings.register")}>
        <Field
          ctx={ctx}
          form={form}
          name="name"
          label={t("meetings.fields.name")}
          autocomplete="name"
          maxLength={100}
        />
        <Field
          ctx={ctx}
          form={form}
          name="email"
          type="email"
          label={t("meetings.fields.email")}
          hint={t("meetings.fields.emailHint")}
          autocomplete="email"
          maxLength={254}
        />
        <QuestionFields ctx={ctx} form={form} />
      </Form>
    </>
  );
}
