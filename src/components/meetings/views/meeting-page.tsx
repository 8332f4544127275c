// A meeting's public page: what, when, where, accessibility; registering (signed in, or as a guest
// with name and address); the online link for people with a place; afterwards the minutes, the
// number of attendees and what came of it.
import type { VNode } from "preact";
import type { PageContext } from "../../../core/views/context";
import type { FormState } from "../../../core/views/forms";
import { Layout } from "../../../core/views/layout";
import { mayOrganise } from "../permissions";
import { isPast } from "../domain/meeting";
import type { MeetingWithArea } from "../store/meetings";
import type { OutcomeRow, RegistrationRow } from "../store/tables";
import { MarkdownText } from "../../../core/views/user-text";
import { Accessibility, MeetingFacts } from "./parts";
import { Registration } from "./registration";

export interface MeetingPageProps {
  ctx: PageContext;
  meeting: MeetingWithArea;
  outcomes: OutcomeRow[];
  own: RegistrationRow | null;
  waiting: number;
  /** Whether the minutes are also attached as a PDF. */
  hasPdf: boolean;
  form?: FormState;
  now: Date;
  /** Where the meeting is on the map (core/places PlaceSection) and the map assets for its head. */
  place?: { head: VNode; section: VNode };
}

export function MeetingPage(props: MeetingPageProps) {
  const { ctx, meeting, outcomes, now } = props;
  const t = ctx.t;
  const past = isPast(meeting, now);
  return (
    <Layout ctx={ctx} title={meeting.title} head={props.place?.head}>
      <h1 class="utrecht-heading-1">{meeting.title}</h1>
      {meeting.status === "cancelled" ? (
        <div class="utrecht-alert utrecht-alert--warning" role="status">
          <p class="utrecht-paragraph">{t("meetings.cancelledNotice")}</p>
        </div>
      ) : null}
      <MeetingFacts ctx={ctx} meeting={meeting} now={now} />
      <MarkdownText ctx={ctx} source={meeting.description} />
      {props.place?.section}
      {meeting.related_url ? (
        <p class="utrecht-paragraph">
          {t("meetings.relatedTo")}{" "}
          <a class="utrecht-link" href={meeting.related_url}>
            {meeting.related_label}
          </a>
        </p>
      ) : null}
      <Accessibility ctx={ctx} meeting={meeting} />
      {meeting.registration !== "none" && !past ? (
        <section aria-labelledby="register-heading">
          <h2 class="utrecht-heading-2" id="register-heading">
            {t("meetings.registerHeading")}
          </h2>
          {meeting.registration === "optional" ? (
            <p class="utrecht-paragraph">{t("meetings.registrationOptional")}</p>
          ) : null}
          <Registration {...props} />
          {props.waiting > 0 ? (
            <p class="utrecht-paragraph">{t("meetings.waitingCount", { count: props.waiting })}</p>
          ) : null}
        </section>
      ) : null}
      {past && (meeting.minutes || meeting.attendees !== null || outcomes.length || props.hasPdf) ? (
        <section aria-labelledby="after-heading">
          <h2 class="utrecht-heading-2" id="after-heading">
            {t("meetings.after.heading")}
          </h2>
          {meeting.attendees !== null ? (
            <p class="utrecht-paragraph">{t("meetings.after.attendees", { count: meeting.attendees })}</p>
          ) : null}
          {meeting.minutes ? (
            <>
              <h3 class="utrecht-heading-3">{t("meetings.after.minutes")}</h3>
              <MarkdownText ctx={ctx} source={meeting.minutes} />
            </>
          ) : null}
          {props.hasPdf ? (
            <p class="utrecht-paragraph">
              <a class="utrecht-link" href={`/bijeenkomsten/${meeting.id}/verslag.pdf`}>
                {t("meetings.after.pdf")}
              </a>
            </p>
          ) : null}
          {outcomes.length ? (
            <>
              <h3 class="utrecht-heading-3">{t("meetings.after.outcomes")}</h3>
              <ul class="utrecht-unordered-list">
                {outcomes.map((o) => (
                  <li class="utrecht-unordered-list__item">
                    <a class="utrecht-link" href={o.url}>
                      {o.label}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/bijeenkomsten/${meeting.id}.ics`}>
          {t("meetings.calendar.addOne")}
        </a>
      </p>
      {mayOrganise(ctx.user) ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/admin/bijeenkomsten/${meeting.id}`}>
            {t("meetings.admin.manage")}
          </a>
        </p>
      ) : null}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/bijeenkomsten">
          {t("meetings.backToList")}
        </a>
      </p>
    </Layout>
  );
}
