// The survey as residents will see it, page by page, for staff. Nothing can be sent from here;
// a question with a condition says when it is shown.
import type { PageContext } from "../../../core/views/context";
import { Layout } from "../../../core/views/layout";
import type { SurveyPage } from "../domain/questions";
import type { SurveyRow } from "../store/tables";
import { AnswerField } from "./answer-fields";
import { BackLink } from "./staff-nav";

export function PreviewPage(props: {
  ctx: PageContext;
  survey: SurveyRow;
  pages: SurveyPage[];
  index: number;
  areas: { id: number; name: string }[];
}) {
  const { ctx, survey, pages, index, areas } = props;
  const t = ctx.t;
  const page = pages[index];
  const all = pages.flatMap((p) => p.questions);
  const base = `/admin/vragenlijsten/${survey.id}`;
  return (
    <Layout ctx={ctx} title={t("consultations.preview.title", { survey: survey.title })}>
      <h1 class="utrecht-heading-1">{t("consultations.preview.title", { survey: survey.title })}</h1>
      <p class="utrecht-paragraph">{t("consultations.preview.intro")}</p>
      <h2 class="utrecht-heading-2">
        {t("consultations.answer.pageOf", { page: index + 1, pages: pages.length })}
        {page?.title ? `: ${page.title}` : ""}
      </h2>
      <form class="site-form" action="#" aria-label={t("consultations.preview.formLabel")}>
        {page?.questions.map((q) => {
          const c = q.condition;
          const on = c ? all.find((x) => x.id === c.questionId) : undefined;
          return (
            <div>
              {on && c ? (
                <p class="utrecht-paragraph">
                  <em>
                    {t("consultations.preview.shownWhen", {
                      question: on.label,
                      answer: "choices" in on ? (on.choices[c.value] ?? "") : String(c.value),
                    })}
                  </em>
                </p>
              ) : null}
              <AnswerField ctx={ctx} q={q} values={{}} errors={[]} areas={areas} disabled />
            </div>
          );
        })}
      </form>
      <nav aria-label={t("consultations.preview.pages")}>
        <ul class="utrecht-unordered-list">
          {pages.map((_, i) => (
            <li class="utrecht-unordered-list__item">
              {i === index ? (
                <span aria-current="page">{t("consultations.builder.page", { number: i + 1 })}</span>
              ) : (
                <a class="utrecht-link" href={`${base}/voorbeeld?pagina=${i + 1}`}>
                  {t("consultations.builder.page", { number: i + 1 })}
                </a>
              )}
            </li>
          ))}
        </ul>
      </nav>
      <BackLink ctx={ctx} href={base} labelKey="consultations.admin.backToBuilder" />
    </Layout>
  );
}
