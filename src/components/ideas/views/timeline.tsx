// The timeline: every state change, update and response with date and role.
import { formatDate } from "../../../core/i18n/catalog";
import type { PageContext } from "../../../core/views/context";
import { meetingIsPast } from "../domain/meeting-dates";
import type { EventRow } from "../store/tables";
import { Markdown } from "./idea-parts";
import { userLang } from "../../../core/views/user-text";

export function Timeline({ ctx, events, now }: { ctx: PageContext; events: EventRow[]; now: Date }) {
  const t = ctx.t;
  // The tense follows the date: a meeting still to come "wordt besproken", a past one "besproken".
  const meeting = (meetingAt: string) =>
    t(meetingIsPast(meetingAt, now) ? "ideas.timeline.meeting" : "ideas.timeline.meetingFuture", {
      date: formatDate(ctx.lang, meetingAt),
    });
  return (
    <section aria-labelledby="timeline-heading" class="idea-timeline">
      <h2 class="utrecht-heading-2" id="timeline-heading">
        {t("ideas.timeline.heading")}
      </h2>
      <ol class="idea-timeline__list">
        {events.map((e) => (
          <li class="idea-timeline__item">
            <p class="utrecht-paragraph">
              <time dateTime={e.created_at}>{formatDate(ctx.lang, e.created_at, true)}</time>
              {" · "}
              {t(`ideas.role.${e.actor_role}`)}
              {" · "}
              <strong>
                {e.kind === "state"
                  ? t(`ideas.timeline.to.${e.to_state}`)
                  : e.kind === "meeting"
                    ? meeting(e.body)
                    : e.kind === "response"
                      ? t("ideas.timeline.response")
                      : t("ideas.timeline.update")}
              </strong>
            </p>
            {e.kind === "update" || e.kind === "response" ? <Markdown source={e.body} {...userLang(ctx)} /> : null}
            {e.kind === "state" && e.to_state === "scheduled" && e.body ? (
              <p class="utrecht-paragraph">{meeting(e.body)}</p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
