// A poll as residents meet it, on the consultation page and on the home page: the question with a
// radio per choice and a vote button (a plain form, no JavaScript), or, for those who may not vote
// (yet), why not; the results when staff's choice allows it (poll-results.ts).
import type { PageContext } from "../../../core/views/context";
import { CsrfField } from "../../../core/views/forms";
import { userLang } from "../../../core/views/user-text";
import type { FieldError } from "../domain/parse-answer";
import type { PollResultsView } from "./poll-results";
import { PollResultsChart } from "./results-chart";
import type { Poll } from "./store";
import type { PollVerdict } from "../answer-rules";

export interface PollView {
  poll: Poll;
  verdict: PollVerdict;
  /** The choice this person voted for, or null. */
  own: number | null;
  /** The results when this visitor may see them now, else null. */
  results: PollResultsView | null;
  error?: FieldError;
}

function VoteForm({ ctx, view, back }: { ctx: PageContext; view: PollView; back: string }) {
  const { t } = ctx;
  const { poll, error } = view;
  const name = "choice";
  const id = `poll-${poll.id}`;
  return (
    <form method="post" action={`/peilingen/${poll.id}/stem`} class="site-form" novalidate>
      <CsrfField ctx={ctx} />
      <input type="hidden" name="terug" value={back} />
      <fieldset
        class="utrecht-form-fieldset"
        aria-describedby={error ? `${id}-error` : undefined}
        aria-invalid={error ? "true" : undefined}
      >
        <legend class="utrecht-form-fieldset__legend" {...userLang(ctx)}>
          {poll.question}
        </legend>
        {error ? (
          <div class="utrecht-form-field-error-message" id={`${id}-error`}>
            {t(error.key)}
          </div>
        ) : null}
        {poll.choices.map((c, i) => (
          <div class="utrecht-form-field utrecht-form-field--radio">
            <input class="utrecht-radio-button" type="radio" id={`${id}-${i}`} name={name} value={String(c.id)} />
            <label class="utrecht-form-label utrecht-form-label--radio" for={`${id}-${i}`} {...userLang(ctx)}>
              {c.label}
            </label>
          </div>
        ))}
      </fieldset>
      <div class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          {t("consultations.polls.vote")}
        </button>
      </div>
    </form>
  );
}

/** Why this visitor cannot vote here, in words, with the way forward where there is one. */
function Refusal({ ctx, view, back }: { ctx: PageContext; view: PollView; back: string }) {
  const { t } = ctx;
  if (view.verdict.ok) return null;
  const reason = view.verdict.reason;
  if (reason === "login")
    return (
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/inloggen?terug=${encodeURIComponent(back)}`}>
          {t("consultations.polls.logIn")}
        </a>
      </p>
    );
  return <p class="utrecht-paragraph">{t(`consultations.polls.refused.${reason}`)}</p>;
}

export function PollBlock({
  ctx,
  view,
  back,
  headingLevel = 3,
}: {
  ctx: PageContext;
  view: PollView;
  back: string;
  headingLevel?: 2 | 3;
}) {
  const { t } = ctx;
  const { poll, own, results } = view;
  const closed = poll.closed_at !== null;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const chosen = poll.choices.find((c) => c.id === own);
  return (
    <section class="poll" id={`peiling-${poll.id}`} aria-labelledby={`poll-${poll.id}-title`}>
      <Heading class={`utrecht-heading-${headingLevel}`} id={`poll-${poll.id}-title`} {...userLang(ctx)}>
        {poll.question}
      </Heading>
      {closed ? <p class="utrecht-paragraph">{t("consultations.polls.closed")}</p> : null}
      {chosen ? (
        <p class="utrecht-paragraph">
          {t("consultations.polls.yourVote")} <strong {...userLang(ctx)}>{chosen.label}</strong>
        </p>
      ) : null}
      {!closed && own === null ? (
        view.verdict.ok ? (
          <VoteForm ctx={ctx} view={view} back={back} />
        ) : (
          <Refusal ctx={ctx} view={view} back={back} />
        )
      ) : null}
      {results ? (
        <PollResultsChart ctx={ctx} id={`poll-${poll.id}-results`} results={results} />
      ) : (
        <p class="utrecht-paragraph">
          {t(
            poll.results === "afterClose"
              ? "consultations.polls.resultsAfterClose"
              : "consultations.polls.resultsAfterVote",
          )}
        </p>
      )}
    </section>
  );
}
