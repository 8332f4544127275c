// Small shared pieces of idea pages: state badge, progress towards the threshold, days left,
// the promise and rendered Markdown.
import { formatDate, messagePattern } from "../../../core/i18n/catalog";
import type { PageContext } from "../../../core/views/context";
import { daysLeft } from "../domain/deadlines";
import { progressPercent, progressText } from "../domain/progress-text";
import { answerClock } from "../domain/answer-clock";
import { renderMarkdown } from "../../../core/text/markdown";
import { promiseText } from "../domain/promise";
import type { IdeaState } from "../domain/states";
import type { IdeaRow } from "../store/tables";

export function StateBadge({ ctx, state }: { ctx: PageContext; state: IdeaState }) {
  return <span class={`utrecht-badge-status idea-state idea-state--${state}`}>{ctx.t(`ideas.state.${state}`)}</span>;
}

const progressPatterns = (ctx: PageContext) => ({
  below: messagePattern(ctx.lang, "ideas.progress.below"),
  reached: messagePattern(ctx.lang, "ideas.progress.reached"),
});

/** The progress in words, as beside the bar: for places without a bar (the poster). */
export function progressWords(ctx: PageContext, count: number, threshold: number): string {
  return progressText(ctx.lang, progressPatterns(ctx), count, threshold);
}

/**
 * A native <progress> (announced by screen readers) plus the same numbers as text. With `live`
 * (the idea page) the text carries its templates, so the support script can redo it after a
 * support exactly as the server would (client/progress-line.ts).
 */
export function Progress({
  ctx,
  count,
  threshold,
  id,
  live = false,
}: {
  ctx: PageContext;
  count: number;
  threshold: number;
  id: string;
  live?: boolean;
}) {
  const patterns = progressPatterns(ctx);
  const templates = live
    ? {
        "data-progress-text": "",
        "data-lang": ctx.lang,
        "data-threshold": String(threshold),
        "data-template-below": patterns.below,
        "data-template-reached": patterns.reached,
      }
    : {};
  return (
    <div class="idea-progress">
      <progress
        id={`progress-${id}`}
        class="idea-progress__bar"
        max={threshold}
        value={Math.min(count, threshold)}
        aria-labelledby={`progress-${id}-text`}
      >
        {progressPercent(count, threshold)}%
      </progress>
      <p class="utrecht-paragraph idea-progress__text" id={`progress-${id}-text`} {...templates}>
        {progressWords(ctx, count, threshold)}
      </p>
    </div>
  );
}

export function DaysLeft({
  ctx,
  idea,
  state,
  now,
}: {
  ctx: PageContext;
  idea: Pick<IdeaRow, "deadline_at" | "due_at" | "answered_at">;
  state: IdeaState;
  now: Date;
}) {
  if (state === "open" && idea.deadline_at) {
    return (
      <p class="utrecht-paragraph idea-days">
        {ctx.t("ideas.daysLeft", {
          count: daysLeft(idea.deadline_at, now),
          date: formatDate(ctx.lang, idea.deadline_at),
        })}
      </p>
    );
  }
  // Only the waiting part of the clock here; whether an answer came on time is told with the answer.
  const clock = answerClock({ state, dueAt: idea.due_at, answeredAt: idea.answered_at }, now);
  if (clock?.kind === "late") {
    return (
      <p class="utrecht-paragraph idea-overdue">
        <strong>{ctx.t("ideas.overdue", { count: clock.daysLate, date: formatDate(ctx.lang, clock.dueAt) })}</strong>
      </p>
    );
  }
  if (clock?.kind === "running") {
    return (
      <p class="utrecht-paragraph idea-days">
        {ctx.t("ideas.answerDue", { count: clock.daysLeft, date: formatDate(ctx.lang, clock.dueAt) })}
      </p>
    );
  }
  return null;
}

/** After the answer: was the promise to answer within the term kept? */
export function AnswerPunctuality({ ctx, idea, now }: { ctx: PageContext; idea: IdeaRow; now: Date }) {
  const clock = answerClock({ state: idea.state, dueAt: idea.due_at, answeredAt: idea.answered_at }, now);
  if (clock?.kind === "answeredOnTime") {
    return (
      <p class="utrecht-paragraph idea-answer__clock">
        {ctx.t("ideas.answeredOnTime", { date: formatDate(ctx.lang, clock.dueAt) })}
      </p>
    );
  }
  if (clock?.kind === "answeredLate") {
    return (
      <p class="utrecht-paragraph idea-answer__clock">
        {ctx.t("ideas.answeredLate", { count: clock.daysLate, date: formatDate(ctx.lang, clock.dueAt) })}
      </p>
    );
  }
  return null;
}

export function PromiseBox({ ctx, idea, state }: { ctx: PageContext; idea: IdeaRow; state: IdeaState }) {
  const p = promiseText(
    {
      state,
      threshold: idea.threshold,
      councilName: idea.council_name,
      responseDays: idea.response_days,
      deadlineAt: idea.deadline_at,
      dueAt: idea.due_at,
    },
    (d) => formatDate(ctx.lang, d),
    ctx.t,
  );
  return (
    <div class="utrecht-alert utrecht-alert--info idea-promise">
      <h2 class="utrecht-heading-2">{ctx.t("ideas.promise.heading")}</h2>
      <p class="utrecht-paragraph">{ctx.t(p.key, p.params)}</p>
    </div>
  );
}

/** Markdown rendered by our own safe renderer (escapes everything outside a tiny allow-list). */
export function Markdown({ source, lang }: { source: string; lang?: string }) {
  return <div class="idea-text" lang={lang} dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }} />;
}
