// Pages behind the links in registration mails (no account needed) and the "check your mail" page.
import type { PageContext } from "../../../core/views/context";
import { PostButton } from "../../../core/views/forms";
import { Layout } from "../../../core/views/layout";
import { registrationOpen, seesOnlineLink } from "../domain/meeting";
import type { MeetingRow, RegistrationRow } from "../store/tables";
import { when } from "./parts";

export function ManagePage({
  ctx,
  meeting,
  registration,
  action,
  now,
}: {
  ctx: PageContext;
  meeting: MeetingRow;
  registration: RegistrationRow;
  action: string;
  now: Date;
}) {
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t("meetings.manage.title")}>
      <h1 class="utrecht-heading-1">{t("meetings.manage.title")}</h1>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/bijeenkomsten/${meeting.id}`}>
          {meeting.title}
        </a>
        <br />
        {when(ctx, meeting)}
      </p>
      <p class="utrecht-paragraph">
        <strong>{t(`meetings.own.${registration.status}`)}</strong>
      </p>
      {seesOnlineLink(registration.status) && meeting.online_url ? (
        <p class="utrecht-paragraph">
          {t("meetings.onlineLink")}{" "}
          <a class="utrecht-link" href={meeting.online_url} rel="noopener noreferrer">
            {meeting.online_url}
          </a>
        </p>
      ) : null}
      {registration.status !== "cancelled" && registrationOpen(meeting, now).ok ? (
        <PostButton ctx={ctx} action={action} label={t("meetings.cancelRegistration")} variant="primary" />
      ) : null}
    </Layout>
  );
}

export function ConfirmPage({ ctx, meeting, action }: { ctx: PageContext; meeting: MeetingRow; action: string }) {
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t("meetings.confirm.title")}>
      <h1 class="utrecht-heading-1">{t("meetings.confirm.title")}</h1>
      <p class="utrecht-paragraph">{t("meetings.confirm.intro", { title: meeting.title, when: when(ctx, meeting) })}</p>
      <PostButton ctx={ctx} action={action} label={t("meetings.confirm.submit")} variant="primary" />
    </Layout>
  );
}

export function CheckMailPage({ ctx, meeting }: { ctx: PageContext; meeting: MeetingRow }) {
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t("meetings.checkMail.title")}>
      <h1 class="utrecht-heading-1">{t("meetings.checkMail.title")}</h1>
      <p class="utrecht-paragraph">{t("meetings.checkMail.body", { title: meeting.title })}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/bijeenkomsten/${meeting.id}`}>
          {t("meetings.backToMeeting")}
        </a>
      </p>
    </Layout>
  );
}
