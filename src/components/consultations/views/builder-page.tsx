// The survey builder without JavaScript: every page with its questions, each with edit, move up,
// move down and delete; a form per page to add a question of a chosen type; a form to add a page.
// Once answers exist only texts can change, and the page says so instead of offering the rest.
import type { PageContext } from "../../../core/views/context";
import { CsrfField, PostButton } from "../../../core/views/forms";
import { Layout } from "../../../core/views/layout";
import { QUESTION_TYPES, type SurveyPage } from "../domain/questions";
import type { SurveyRow } from "../store/tables";
import { BackLink } from "./staff-nav";

export function BuilderPage(props: { ctx: PageContext; survey: SurveyRow; pages: SurveyPage[]; locked: boolean }) {
  const { ctx, survey, pages, locked } = props;
  const t = ctx.t;
  const base = `/admin/vragenlijsten/${survey.id}`;
  return (
    <Layout ctx={ctx} title={survey.title}>
      <h1 class="utrecht-heading-1">{survey.title}</h1>
      <p class="utrecht-paragraph">
        {t(survey.published ? "consultations.survey.isOpen" : "consultations.survey.isDraft", {
          date: survey.closes_on,
        })}{" "}
        <a class="utrecht-link" href={`${base}/instellingen`}>
          {t("consultations.builder.settings")}
        </a>{" "}
        <a class="utrecht-link" href={`${base}/voorbeeld`}>
          {t("consultations.builder.preview")}
        </a>{" "}
        <a class="utrecht-link" href={`${base}/resultaten`}>
          {t("consultations.results.link")}
        </a>{" "}
        <a class="utrecht-link" href={`${base}/papier`}>
          {t("paper.survey.link")}
        </a>{" "}
        <a class="utrecht-link" href={`${base}/papier/invoeren`}>
          {t("paper.surveyEntry.link")}
        </a>{" "}
        <a class="utrecht-link" href={`${base}/codes`}>
          {t("consultations.codes.link")}
        </a>
      </p>
      {locked ? (
        <p class="utrecht-paragraph">
          <strong>{t("consultations.builder.locked")}</strong>
        </p>
      ) : null}
      {pages.map((page, pi) => (
        <section aria-labelledby={`page-${page.id}`}>
          <h2 class="utrecht-heading-2" id={`page-${page.id}`}>
            {t("consultations.builder.page", { number: pi + 1 })}
            {page.title ? `: ${page.title}` : ""}
          </h2>
          {page.questions.length ? (
            <ol class="utrecht-ordered-list">
              {page.questions.map((q) => (
                <li class="utrecht-ordered-list__item">
                  <a class="utrecht-link" href={`${base}/vragen/${q.id}`}>
                    {q.label}
                  </a>{" "}
                  ({t(`consultations.type.${q.type}`)}
                  {q.required ? `, ${t("consultations.builder.required")}` : ""})
                  {locked ? null : (
                    <div class="utrecht-button-group">
                      <PostButton
                        ctx={ctx}
                        action={`${base}/vragen/${q.id}/verplaatsen`}
                        fields={{ richting: "up" }}
                        label={t("consultations.builder.moveUp", { question: q.label })}
                        variant="subtle"
                      />
                      <PostButton
                        ctx={ctx}
                        action={`${base}/vragen/${q.id}/verplaatsen`}
                        fields={{ richting: "down" }}
                        label={t("consultations.builder.moveDown", { question: q.label })}
                        variant="subtle"
                      />
                      <PostButton
                        ctx={ctx}
                        action={`${base}/vragen/${q.id}/verwijderen`}
                        label={t("consultations.builder.delete", { question: q.label })}
                        variant="subtle"
                      />
                    </div>
                  )}
                </li>
              ))}
            </ol>
          ) : (
            <p class="utrecht-paragraph">{t("consultations.builder.emptyPage")}</p>
          )}
          {locked ? null : (
            <form method="get" action={`${base}/vragen/nieuw`} class="site-form">
              <input type="hidden" name="pagina" value={String(page.id)} />
              <div class="utrecht-form-field utrecht-form-field--select">
                <div class="utrecht-form-field__label">
                  <label class="utrecht-form-label" for={`type-${page.id}`}>
                    {t("consultations.builder.newQuestionType", { number: pi + 1 })}
                  </label>
                </div>
                <div class="utrecht-form-field__input">
                  <select class="utrecht-select" id={`type-${page.id}`} name="soort">
                    {QUESTION_TYPES.map((type) => (
                      <option value={type}>{t(`consultations.type.${type}`)}</option>
                    ))}
                  </select>
                </div>
              </div>
              <button type="submit" class="utrecht-button utrecht-button--secondary-action">
                {t("consultations.builder.addQuestion")}
              </button>
            </form>
          )}
        </section>
      ))}
      {locked ? null : (
        <form method="post" action={`${base}/paginas`} class="post-button">
          <CsrfField ctx={ctx} />
          <button type="submit" class="utrecht-button utrecht-button--secondary-action">
            {t("consultations.builder.addPage")}
          </button>
        </form>
      )}
      <BackLink
        ctx={ctx}
        href={`/admin/raadplegingen/${survey.consultation_id}`}
        labelKey="consultations.admin.backToConsultation"
      />
    </Layout>
  );
}
