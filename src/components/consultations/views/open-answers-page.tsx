// Staff read the open answers to one question: hide one with a reason (or show it again) and tag
// answers with the survey's themes (checkboxes, so it works without JavaScript); new themes are
// made on the same page. Hidden answers stay here, marked, and are never shown publicly.
import { formatDate, formatNumber } from "../../../core/i18n/catalog";
import type { PageContext } from "../../../core/views/context";
import {
  CsrfField,
  ErrorSummary,
  Field,
  FieldFrame,
  fieldState,
  type FormState,
  PostButton,
} from "../../../core/views/forms";
import { CheckboxGroup } from "../../../core/admin/views/checkbox-group";
import { Layout } from "../../../core/views/layout";
import { userLang } from "../../../core/views/user-text";
import type { Question } from "../domain/questions";
import type { OpenAnswer } from "../store/open-answers";
import type { SurveyRow } from "../store/tables";
import { BackLink } from "./staff-nav";

export interface OpenAnswersProps {
  ctx: PageContext;
  survey: SurveyRow;
  question: Question;
  answers: OpenAnswer[];
  total: number;
  page: number;
  pages: number;
  themes: { id: number; name: string }[];
  /** A failed form on this page: its fields' errors and typed values. */
  form?: FormState;
}

function HideForm(props: OpenAnswersProps & { answer: OpenAnswer; action: string }) {
  const { ctx, answer, form } = props;
  const name = `reden-${answer.responseId}`;
  const { id, error, describedBy } = fieldState(form, name, true);
  return (
    <form method="post" action={`${props.action}/verbergen`} class="site-form" novalidate>
      <CsrfField ctx={ctx} />
      <FieldFrame
        ctx={ctx}
        kind="text"
        id={id}
        label={ctx.t("consultations.openAnswers.reason")}
        hint={ctx.t("consultations.openAnswers.reasonHint")}
        error={error}
      >
        <input
          class={`utrecht-textbox${error ? " utrecht-textbox--invalid" : ""}`}
          type="text"
          id={id}
          name="reden"
          maxLength={300}
          value={form?.values[name] ?? ""}
          aria-describedby={describedBy}
          aria-invalid={error ? "true" : undefined}
        />
      </FieldFrame>
      <div class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--secondary-action">
          {ctx.t("consultations.openAnswers.hide")}
        </button>
      </div>
    </form>
  );
}

function ThemesForm(props: OpenAnswersProps & { answer: OpenAnswer; action: string; n: number }) {
  const { ctx, answer } = props;
  const t = ctx.t;
  return (
    <form method="post" action={`${props.action}/themas`} class="site-form" novalidate>
      <CsrfField ctx={ctx} />
      <CheckboxGroup
        ctx={ctx}
        form={props.form}
        name={`themas-${answer.responseId}`}
        inputName="thema"
        legend={t("consultations.openAnswers.themesOf", { number: props.n })}
        options={props.themes.map((th) => ({ value: String(th.id), label: th.name }))}
        checked={new Set(answer.themeIds.map(String))}
      />
      <div class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--secondary-action">
          {t("consultations.openAnswers.saveThemes", { number: props.n })}
        </button>
      </div>
    </form>
  );
}

export function OpenAnswersPage(props: OpenAnswersProps) {
  const { ctx, survey, question, form } = props;
  const t = ctx.t;
  const base = `/admin/vragenlijsten/${survey.id}/open-antwoorden/${question.id}`;
  const title = t("consultations.openAnswers.title", { question: question.label });
  const labels = new Map<string, string>();
  for (const e of form?.errors ?? [])
    labels.set(
      e.field,
      t(e.field.startsWith("reden") ? "consultations.openAnswers.reason" : "consultations.openAnswers.themes"),
    );
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <ErrorSummary ctx={ctx} form={form} labels={labels} />
      <p class="utrecht-paragraph">{t("consultations.openAnswers.intro", { count: props.total })}</p>
      <h2 class="utrecht-heading-2">{t("consultations.openAnswers.themes")}</h2>
      {props.themes.length ? (
        <p class="utrecht-paragraph" {...userLang(ctx)}>
          {props.themes.map((th) => th.name).join(", ")}
        </p>
      ) : (
        <p class="utrecht-paragraph">{t("consultations.openAnswers.noThemes")}</p>
      )}
      <form method="post" action={`${base}/thema-nieuw`} class="site-form" novalidate>
        <CsrfField ctx={ctx} />
        <Field
          ctx={ctx}
          form={form}
          name="naam"
          label={t("consultations.openAnswers.newTheme")}
          hint={t("consultations.openAnswers.newThemeHint")}
          maxLength={60}
        />
        <div class="utrecht-button-group">
          <button type="submit" class="utrecht-button utrecht-button--secondary-action">
            {t("consultations.openAnswers.addTheme")}
          </button>
        </div>
      </form>
      <h2 class="utrecht-heading-2">{t("consultations.openAnswers.answers")}</h2>
      {props.answers.length === 0 ? <p class="utrecht-paragraph">{t("consultations.openAnswers.none")}</p> : null}
      <ol class="open-answers" start={(props.page - 1) * 50 + 1}>
        {props.answers.map((a, i) => {
          const n = (props.page - 1) * 50 + i + 1;
          const action = `${base}/${a.responseId}`;
          return (
            <li class="open-answers__item" id={`antwoord-${a.responseId}`}>
              <p class="utrecht-paragraph open-answers__text" {...userLang(ctx)}>
                {a.text}
              </p>
              <p class="utrecht-paragraph">
                {t("consultations.openAnswers.sent", { date: formatDate(ctx.lang, a.submittedAt, true) })}
              </p>
              {a.hiddenReason !== null ? (
                <>
                  <p class="utrecht-paragraph">
                    <strong>{t("consultations.openAnswers.hidden", { reason: a.hiddenReason })}</strong>
                  </p>
                  <PostButton
                    ctx={ctx}
                    action={`${action}/tonen`}
                    label={t("consultations.openAnswers.show", { number: n })}
                  />
                </>
              ) : (
                <HideForm {...props} answer={a} action={action} />
              )}
              {props.themes.length ? <ThemesForm {...props} answer={a} action={action} n={n} /> : null}
            </li>
          );
        })}
      </ol>
      {props.pages > 1 ? (
        <nav aria-label={t("consultations.openAnswers.pagesLabel")}>
          <p class="utrecht-paragraph">
            {t("consultations.answer.pageOf", {
              page: formatNumber(ctx.lang, props.page),
              pages: formatNumber(ctx.lang, props.pages),
            })}{" "}
            {props.page > 1 ? (
              <a class="utrecht-link" href={`${base}?pagina=${props.page - 1}`}>
                {t("consultations.openAnswers.previous")}
              </a>
            ) : null}{" "}
            {props.page < props.pages ? (
              <a class="utrecht-link" href={`${base}?pagina=${props.page + 1}`}>
                {t("consultations.openAnswers.next")}
              </a>
            ) : null}
          </p>
        </nav>
      ) : null}
      <BackLink ctx={ctx} href={`/admin/vragenlijsten/${survey.id}/resultaten`} labelKey="consultations.results.back" />
    </Layout>
  );
}
