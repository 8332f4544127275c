// The respondent's answers page by page: on the summary before sending (with a change link per
// page) and, after the survey closed, read-only.
import type { PageContext } from "../../../core/views/context";
import type { AnswerValue, SurveyPage } from "../domain/questions";
import { answerText } from "./answer-text";

export function AnswerSummary(props: {
  ctx: PageContext;
  surveyId: number;
  /** The pages shown to this respondent, each with only its shown questions. */
  pages: SurveyPage[];
  answers: ReadonlyMap<number, AnswerValue>;
  areas: readonly { id: number; name: string }[];
  /** Questions that must still be answered (marked, with the change link as the way there). */
  missing?: ReadonlySet<number>;
  changeLinks: boolean;
}) {
  const { ctx, surveyId, pages, answers, areas, missing, changeLinks } = props;
  const { t } = ctx;
  return (
    <>
      {pages.map((page, i) => (
        <section aria-labelledby={`summary-page-${page.id}`}>
          <h2 class="utrecht-heading-2" id={`summary-page-${page.id}`}>
            {t("consultations.builder.page", { number: i + 1 })}
            {page.title ? `: ${page.title}` : ""}
          </h2>
          <dl class="survey-summary">
            {page.questions.map((q) => (
              <>
                <dt>{q.label}</dt>
                <dd id={`summary-q${q.id}`}>
                  {answerText(ctx, q, answers.get(q.id), areas)}
                  {missing?.has(q.id) ? (
                    <strong class="survey-summary__missing"> {t("consultations.summary.missing")}</strong>
                  ) : null}
                </dd>
              </>
            ))}
          </dl>
          {changeLinks ? (
            <p class="utrecht-paragraph">
              <a class="utrecht-link" href={`/vragenlijsten/${surveyId}?pagina=${i + 1}`}>
                {t("consultations.summary.change", { number: i + 1 })}
              </a>
            </p>
          ) : null}
        </section>
      ))}
    </>
  );
}
