// Small shared pieces of idea pages: state badge, progress towards the threshold, days left,
// the promise and rendered Markdown.
import { formatDate, formatNumber } from "../../../core/i18n/catalog";
import type { PageContext } from "../../../core/views/context";
import { daysLeft, progressPercent } from "../domain/deadlines";
import { isAwaitingAnswer, isOverdue } from "../domain/idea-rules";
import { renderMarkdown } from "../domain/markdown";
import { promiseText } from "../domain/promise";
import type { IdeaState } from "../domain/states";
import type { IdeaRow } from "../store/tables";

export function StateBadge({ ctx, state }: { ctx: PageContext; state: IdeaState }) {
  return <span class={`utrecht-badge-status idea-state idea-state--${state}`}>{ctx.t(`ideas.state.${state}`)}</span>;
}

/** A native <progress> (announced by screen readers) plus the same numbers as text. */
export function Progress({
  ctx,
  count,
  threshold,
  id,
}: {
  ctx: PageContext;
  count: number;
  threshold: number;
  id: string;
}) {
  const percent = progressPercent(count, threshold);
  return (
    <div class="idea-progress">
      <progress
        id={`progress-${id}`}
        class="idea-progress__bar"
        max={threshold}
        value={Math.min(count, threshold)}
        aria-labelledby={`progress-${id}-text`}
      >
        {percent}%
      </progress>
      <p class="utrecht-paragraph idea-progress__text" id={`progress-${id}-text`}>
        <span data-support-count>{formatNumber(ctx.lang, count)}</span>{" "}
        {ctx.t("ideas.progress.of", { threshold, percent })}
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
  idea: Pick<IdeaRow, "deadline_at" | "due_at">;
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
  if (isOverdue(state, idea.due_at, now)) {
    return (
      <p class="utrecht-paragraph idea-overdue">
        <strong>{ctx.t("ideas.overdueSince", { date: formatDate(ctx.lang, idea.due_at!) })}</strong>
      </p>
    );
  }
  if (isAwaitingAnswer(state) && idea.due_at) {
    return (
      <p class="utrecht-paragraph idea-days">{ctx.t("ideas.answerDue", { date: formatDate(ctx.lang, idea.due_at) })}</p>
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
