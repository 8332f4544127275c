// One page of a survey as a resident answers it, without JavaScript: the page's shown questions
// with what was answered before (or typed just now, after an error), and three buttons: previous,
// next (or "to the summary" on the last page) and save to continue later.
import type { PageContext } from "../../../core/views/context";
import { CsrfField } from "../../../core/views/forms";
import { Layout } from "../../../core/views/layout";
import type { FieldError } from "../domain/parse-answer";
import type { SurveyPage } from "../domain/questions";
import type { SurveyRow } from "../store/tables";
import { AnswerField, type FormValues } from "./answer-fields";

export interface AnswerPageProps {
  ctx: PageContext;
  survey: SurveyRow;
  page: SurveyPage;
  /** 0-based place among the pages shown to this respondent, and how many there are. */
  index: number;
  count: number;
  values: FormValues;
  errors: readonly FieldError[];
  areas: { id: number; name: string }[];
  /** After "save" with errors: the valid answers were saved, these were not. */
  savedWithErrors?: boolean;
}

export function AnswerPage(props: AnswerPageProps) {
  const { ctx, survey, page, index, count, values, errors, areas } = props;
  const { t } = ctx;
  const heading = t("consultations.answer.pageOf", { page: index + 1, pages: count });
  const title = `${heading}${page.title ? `: ${page.title}` : ""} – ${survey.title}`;
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="utrecht-heading-1">{survey.title}</h1>
      <h2 class="utrecht-heading-2">
        {heading}
        {page.title ? `: ${page.title}` : ""}
      </h2>
      {errors.length ? (
        <div
          class="utrecht-alert utrecht-alert--error error-summary"
          role="alert"
          tabIndex={-1}
          autofocus
          aria-labelledby="error-summary-title"
          data-error-summary
        >
          <h2 class="utrecht-heading-2" id="error-summary-title">
            {t("forms.errorSummary")}
          </h2>
          {props.savedWithErrors ? <p class="utrecht-paragraph">{t("consultations.answer.savedExcept")}</p> : null}
          <ul class="utrecht-unordered-list">
            {errors.map((e) => (
              <li class="utrecht-unordered-list__item">
                <a class="utrecht-link" href={`#field-${e.field}`}>
                  {t(e.key, e.params)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <form method="post" action={`/vragenlijsten/${survey.id}`} class="site-form" novalidate>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="pagina" value={String(page.id)} />
        {page.questions.map((q) => (
          <AnswerField ctx={ctx} q={q} values={values} errors={errors} areas={areas} />
        ))}
        <div class="utrecht-button-group">
          <button type="submit" name="actie" value="volgende" class="utrecht-button utrecht-button--primary-action">
            {index + 1 < count ? t("consultations.answer.next") : t("consultations.answer.toSummary")}
          </button>
          {index > 0 ? (
            <button type="submit" name="actie" value="vorige" class="utrecht-button utrecht-button--secondary-action">
              {t("consultations.answer.previous")}
            </button>
          ) : null}
          <button type="submit" name="actie" value="opslaan" class="utrecht-button utrecht-button--subtle">
            {t("consultations.answer.saveLater")}
          </button>
        </div>
      </form>
    </Layout>
  );
}
