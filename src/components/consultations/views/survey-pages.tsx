// The resident's pages around the questions: the start page (the survey, who may answer and how
// to meet that, and where the respondent is), the summary before sending, and the thanks page.
import { formatDate } from "../../../core/i18n/catalog";
import type { PageContext } from "../../../core/views/context";
import { CsrfField } from "../../../core/views/forms";
import { Layout } from "../../../core/views/layout";
import { RuleNotice } from "../../../core/views/participation-rule";
import type { ConsultationAnswerRule } from "../answer-rules";
import type { AnswerValue, SurveyPage } from "../domain/questions";
import type { SurveyResponseRow, SurveyRow } from "../store/tables";
import { VERIFY_FIRST_KEY } from "../answer-rules";
import { AnswerSummary } from "./answer-summary";
import { AnswerCodeForm } from "../codes/views";

const closingDay = (ctx: PageContext, survey: SurveyRow) => formatDate(ctx.lang, `${survey.closes_on}T12:00:00Z`);

export function SurveyStartPage(props: {
  ctx: PageContext;
  survey: SurveyRow;
  rule: ConsultationAnswerRule;
  open: boolean;
  mayAnswer: boolean;
  response: SurveyResponseRow | undefined;
  /** Answer codes: whether the survey takes them (a form to enter one), and whether this visitor answers with one. */
  codes: { taken: boolean; holder: boolean };
  /** The respondent's answers, for the read-only view once the survey closed. */
  closedView?: {
    pages: SurveyPage[];
    answers: ReadonlyMap<number, AnswerValue>;
    areas: { id: number; name: string }[];
  };
}) {
  const { ctx, survey, rule, open, response } = props;
  const { t } = ctx;
  const base = `/vragenlijsten/${survey.id}`;
  return (
    <Layout ctx={ctx} title={survey.title}>
      <h1 class="utrecht-heading-1">{survey.title}</h1>
      {survey.intro ? <p class="utrecht-paragraph survey-intro">{survey.intro}</p> : null}
      {open ? (
        <p class="utrecht-paragraph">{t("consultations.start.closesOn", { day: closingDay(ctx, survey) })}</p>
      ) : (
        <p class="utrecht-paragraph">{t("consultations.start.closed", { day: closingDay(ctx, survey) })}</p>
      )}
      {open && props.codes.holder ? <p class="utrecht-paragraph">{t("consultations.codes.holder")}</p> : null}
      {open && !props.codes.holder && rule.anonymousWelcome && !ctx.user ? (
        <p class="utrecht-paragraph">{t("consultations.start.anonymous")}</p>
      ) : null}
      {open && !props.codes.holder && !(rule.anonymousWelcome && !ctx.user) ? (
        <RuleNotice ctx={ctx} e={rule.explanation} verifyFirstKey={VERIFY_FIRST_KEY} />
      ) : null}
      {open && props.mayAnswer ? (
        <>
          {response?.submitted_at ? (
            <p class="utrecht-paragraph">{t("consultations.start.sent", { day: closingDay(ctx, survey) })}</p>
          ) : response ? (
            <p class="utrecht-paragraph">{t("consultations.start.draft")}</p>
          ) : null}
          <div class="utrecht-button-group">
            <a class="utrecht-button-link utrecht-button-link--primary-action" href={`${base}?pagina=1`}>
              {response ? t("consultations.start.continue") : t("consultations.start.begin")}
            </a>
            {response ? (
              <a class="utrecht-button-link utrecht-button-link--secondary-action" href={`${base}/overzicht`}>
                {t("consultations.start.toSummary")}
              </a>
            ) : null}
          </div>
        </>
      ) : null}
      {open && !props.mayAnswer && !ctx.user ? (
        <p class="utrecht-paragraph">
          <a
            class="utrecht-button-link utrecht-button-link--primary-action"
            href={`/inloggen?terug=${encodeURIComponent(base)}`}
          >
            {t("consultations.start.logIn")}
          </a>
        </p>
      ) : null}
      {open && props.codes.taken && !props.codes.holder ? (
        <>
          <h2 class="utrecht-heading-2">{t("consultations.codes.startHeading")}</h2>
          <p class="utrecht-paragraph">{t("consultations.codes.startIntro")}</p>
          <AnswerCodeForm ctx={ctx} surveyId={survey.id} />
        </>
      ) : null}
      {!open && props.closedView ? (
        <>
          <h2 class="utrecht-heading-2">{t("consultations.start.yourAnswers")}</h2>
          <AnswerSummary ctx={ctx} surveyId={survey.id} {...props.closedView} changeLinks={false} />
        </>
      ) : null}
    </Layout>
  );
}

export function SummaryPage(props: {
  ctx: PageContext;
  survey: SurveyRow;
  pages: SurveyPage[];
  answers: ReadonlyMap<number, AnswerValue>;
  areas: { id: number; name: string }[];
  missing: ReadonlySet<number>;
  sent: boolean;
  refused?: boolean;
}) {
  const { ctx, survey, missing } = props;
  const { t } = ctx;
  const title = t("consultations.summary.title", { survey: survey.title });
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="utrecht-heading-1">{title}</h1>
      {props.refused ? (
        <div class="utrecht-alert utrecht-alert--error" role="alert" tabIndex={-1} autofocus>
          <p class="utrecht-paragraph">{t("consultations.summary.incomplete")}</p>
        </div>
      ) : null}
      <p class="utrecht-paragraph">
        {t(props.sent ? "consultations.summary.introSent" : "consultations.summary.intro")}
      </p>
      <AnswerSummary
        ctx={ctx}
        surveyId={survey.id}
        pages={props.pages}
        answers={props.answers}
        areas={props.areas}
        missing={missing}
        changeLinks
      />
      {missing.size ? (
        <p class="utrecht-paragraph">{t("consultations.summary.answerMissing")}</p>
      ) : (
        <form method="post" action={`/vragenlijsten/${survey.id}/versturen`} class="site-form">
          <CsrfField ctx={ctx} />
          <div class="utrecht-button-group">
            <button type="submit" class="utrecht-button utrecht-button--primary-action">
              {t(props.sent ? "consultations.summary.sendAgain" : "consultations.summary.send")}
            </button>
          </div>
        </form>
      )}
    </Layout>
  );
}

export function ThanksPage({ ctx, survey }: { ctx: PageContext; survey: SurveyRow }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t("consultations.thanks.title")}>
      <h1 class="utrecht-heading-1">{t("consultations.thanks.title")}</h1>
      <p class="utrecht-paragraph">{t("consultations.thanks.body", { survey: survey.title })}</p>
      <p class="utrecht-paragraph">{t("consultations.thanks.change", { day: closingDay(ctx, survey) })}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/vragenlijsten/${survey.id}/overzicht`}>
          {t("consultations.thanks.toSummary")}
        </a>
      </p>
    </Layout>
  );
}
