// A survey printed on paper (A4, docs/paper.md): every question type drawn as boxes to tick or
// write in, pages as headings, and a question with a condition says when to answer it. The
// answers are typed in later by staff as a response with source 'paper'.
import type { ComponentChildren } from "preact";
import type { PageContext } from "../../../core/views/context";
import { Layout } from "../../../core/views/layout";
import type { Question, SurveyPage } from "../domain/questions";
import type { SurveyRow } from "../store/tables";

const Box = () => <span class="paper-form__tick" aria-hidden="true" />;

function Choices({ items }: { items: readonly string[] }) {
  return (
    <ul class="paper-form__choices">
      {items.map((c) => (
        <li>
          <Box /> {c}
        </li>
      ))}
    </ul>
  );
}

function Write({ lines }: { lines: 1 | 2 | 8 }) {
  return <div class={`paper-form__write paper-form__write--${lines}`} />;
}

function QuestionBody({ ctx, q, areas }: { ctx: PageContext; q: Question; areas: readonly { name: string }[] }) {
  const t = ctx.t;
  const how = (key: string, params: Record<string, string | number> = {}): ComponentChildren => (
    <p class="utrecht-paragraph paper-form__how">{t(`paper.survey.${key}`, params)}</p>
  );
  switch (q.type) {
    case "single":
      return (
        <>
          {how("tickOne")}
          <Choices items={q.choices} />
        </>
      );
    case "multiple":
      return (
        <>
          {q.max === null ? how("tickAny") : how("tickUpTo", { max: q.max })}
          <Choices items={q.choices} />
        </>
      );
    case "scale": {
      const values = Array.from({ length: q.max - q.min + 1 }, (_, i) => q.min + i);
      return (
        <>
          {how("tickOne")}
          <p class="utrecht-paragraph paper-form__scale">
            {q.minLabel ? `${q.minLabel} ` : ""}
            {values.map((v) => (
              <span class="paper-form__scale-value">
                <Box /> {v}
              </span>
            ))}
            {q.maxLabel ? ` ${q.maxLabel}` : ""}
          </p>
        </>
      );
    }
    case "number":
      return (
        <>
          {q.min !== null && q.max !== null ? how("numberBetween", { min: q.min, max: q.max }) : how("number")}
          <Write lines={1} />
        </>
      );
    case "shortText":
      return <Write lines={1} />;
    case "longText":
      return <Write lines={8} />;
    case "ranking":
      return (
        <>
          {how("rank", { count: q.choices.length })}
          <ul class="paper-form__choices paper-form__choices--single">
            {q.choices.map((c) => (
              <li>
                <span class="paper-form__rank" aria-hidden="true" /> {c}
              </li>
            ))}
          </ul>
        </>
      );
    case "grid":
      return (
        <>
          {how("gridOne")}
          <table class="utrecht-table paper-form__rows">
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <td class="utrecht-table__header-cell" />
                {q.choices.map((c) => (
                  <th class="utrecht-table__header-cell" scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {q.rows.map((r) => (
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="row">
                    {r}
                  </th>
                  {q.choices.map(() => (
                    <td class="utrecht-table__cell">
                      <Box />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      );
    case "area":
      return (
        <>
          {how(q.allowPostcode ? "areaOrPostcode" : "tickOne")}
          <Choices items={areas.map((a) => a.name)} />
          {q.allowPostcode ? (
            <>
              <p class="utrecht-paragraph">{t("paper.survey.postcode")}</p>
              <Write lines={1} />
            </>
          ) : null}
        </>
      );
  }
}

/**
 * A question's condition in words: the number (place in the whole survey, as printed) and label
 * of the question it depends on, and the answer that shows it. The printed form and the staff
 * entry form say it alike.
 */
export function conditionInWords(all: readonly Question[], q: Question) {
  const c = q.condition;
  const on = c ? all.find((x) => x.id === c.questionId) : undefined;
  if (!c || !on) return null;
  const answer = "choices" in on ? (on.choices[c.value] ?? "") : String(c.value);
  return { number: all.indexOf(on) + 1, question: on.label, answer };
}

export function PaperSurveyPage(props: {
  ctx: PageContext;
  survey: SurveyRow;
  pages: SurveyPage[];
  areas: { id: number; name: string }[];
  back: string;
}) {
  const { ctx, survey, pages, areas } = props;
  const t = ctx.t;
  const all = pages.flatMap((p) => p.questions);
  let number = 0;
  return (
    <Layout ctx={ctx} title={t("paper.survey.title", { survey: survey.title })}>
      <div class="paper-form">
        <p class="utrecht-paragraph paper-form__kicker">{t("paper.supportForm.kicker", { site: ctx.site.name })}</p>
        <h1 class="utrecht-heading-1">{survey.title}</h1>
        {survey.intro ? <p class="utrecht-paragraph">{survey.intro}</p> : null}
        <p class="utrecht-paragraph">{t("paper.survey.handIn", { date: survey.closes_on })}</p>
        {pages.map((page, i) => (
          <section class="paper-form__page">
            <h2 class="utrecht-heading-2">
              {t("paper.survey.part", { number: i + 1 })}
              {page.title ? `: ${page.title}` : ""}
            </h2>
            {page.questions.map((q) => {
              number += 1;
              const when = conditionInWords(all, q);
              return (
                <div class="paper-form__question">
                  <h3 class="utrecht-heading-3">
                    {number}. {q.label}
                    {q.required ? ` ${t("paper.survey.required")}` : ""}
                  </h3>
                  {when ? (
                    <p class="utrecht-paragraph">
                      <em>{t("paper.survey.onlyWhen", when)}</em>
                    </p>
                  ) : null}
                  {q.help ? <p class="utrecht-paragraph">{q.help}</p> : null}
                  <QuestionBody ctx={ctx} q={q} areas={areas} />
                </div>
              );
            })}
          </section>
        ))}
        <p class="utrecht-paragraph paper-form__privacy">{t("paper.survey.privacy", { site: ctx.site.name })}</p>
        <p class="utrecht-paragraph no-print">
          <a class="utrecht-link" href={props.back}>
            {t("paper.survey.back")}
          </a>
        </p>
      </div>
    </Layout>
  );
}
