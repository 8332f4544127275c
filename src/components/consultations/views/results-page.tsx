// The results of a survey: for staff with filters (area, participation level; a GET form that
// works without JavaScript), the respondent count per filter, the "public while open" setting and
// the CSV export; for the public the same figures without filters and without open answers' texts.
import type { FormState } from "../../../core/views/forms";
import { CsrfField, ErrorSummary, SelectField } from "../../../core/views/forms";
import type { PageContext } from "../../../core/views/context";
import { formatDate, formatNumber } from "../../../core/i18n/catalog";
import { Layout } from "../../../core/views/layout";
import { LEVEL_PARAMS, LEVELS, type Level } from "../domain/result-filters";
import type { QuestionReport } from "../domain/survey-report";
import type { SurveyRow } from "../store/tables";
import { QuestionResults } from "./question-results";
import { respondentsText } from "./respondents-count";
import { BackLink } from "./staff-nav";

export interface ResultsPageProps {
  ctx: PageContext;
  survey: SurveyRow;
  respondents: number;
  /** Of `respondents`, those typed in from paper. */
  paperRespondents: number;
  questions: QuestionReport[];
  areaNames: ReadonlyMap<number, string>;
  open: boolean;
}

export interface StaffResultsProps extends ResultsPageProps {
  total: number;
  filterForm: FormState;
  filtered: boolean;
  areaCounts: { id: number; name: string; count: number }[];
  levelCounts: Record<Level, number>;
  publicNow: boolean;
}

function FilterForm(props: StaffResultsProps) {
  const { ctx, survey, filterForm } = props;
  const t = ctx.t;
  const n = (count: number) => formatNumber(ctx.lang, count);
  return (
    <form method="get" action={`/admin/vragenlijsten/${survey.id}/resultaten`} class="site-form" novalidate>
      <ErrorSummary
        ctx={ctx}
        form={filterForm}
        labels={
          new Map([
            ["gebied", t("consultations.results.filterArea")],
            ["niveau", t("consultations.results.filterLevel")],
          ])
        }
      />
      <SelectField
        ctx={ctx}
        form={filterForm}
        name="gebied"
        label={t("consultations.results.filterArea")}
        hint={t("consultations.results.filterAreaHint")}
        options={[
          { value: "", label: t("consultations.results.allAreas") },
          ...props.areaCounts.map((a) => ({ value: String(a.id), label: `${a.name} (${n(a.count)})` })),
        ]}
      />
      <SelectField
        ctx={ctx}
        form={filterForm}
        name="niveau"
        label={t("consultations.results.filterLevel")}
        options={[
          { value: "", label: t("consultations.results.allLevels") },
          ...LEVELS.map((l) => ({
            value: LEVEL_PARAMS[l],
            label: `${t(`consultations.results.level.${l}`)} (${n(props.levelCounts[l])})`,
          })),
        ]}
      />
      <div class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--secondary-action">
          {t("consultations.results.filter")}
        </button>
      </div>
    </form>
  );
}

function Questions(props: ResultsPageProps & { staff: boolean }) {
  return (
    <>
      {props.questions.map((report, i) => (
        <QuestionResults
          ctx={props.ctx}
          number={i + 1}
          report={report}
          areaNames={props.areaNames}
          openAnswersHref={
            props.staff ? `/admin/vragenlijsten/${props.survey.id}/open-antwoorden/${report.question.id}` : undefined
          }
        />
      ))}
    </>
  );
}

export function StaffResultsPage(props: StaffResultsProps) {
  const { ctx, survey } = props;
  const t = ctx.t;
  const base = `/admin/vragenlijsten/${survey.id}`;
  const title = t("consultations.results.title", { survey: survey.title });
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">
        {t(props.open ? "consultations.results.stillOpen" : "consultations.results.closed", {
          date: formatDate(ctx.lang, `${survey.closes_on}T12:00:00Z`),
        })}{" "}
        {t(props.publicNow ? "consultations.results.isPublic" : "consultations.results.isNotPublic")}
      </p>
      {props.open ? (
        <form method="post" action={`${base}/resultaten/openbaar`} class="post-button">
          <CsrfField ctx={ctx} />
          <input type="hidden" name="openbaar" value={survey.results_public ? "0" : "1"} />
          <button type="submit" class="utrecht-button utrecht-button--secondary-action">
            {t(survey.results_public ? "consultations.results.makePrivate" : "consultations.results.makePublic")}
          </button>
        </form>
      ) : null}
      {props.publicNow ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/vragenlijsten/${survey.id}/resultaten`}>
            {t("consultations.results.publicPage")}
          </a>
        </p>
      ) : null}
      <FilterForm {...props} />
      <p class="utrecht-paragraph" role="status">
        <strong>
          {respondentsText(ctx, props.respondents, props.paperRespondents, props.filtered ? props.total : undefined)}
        </strong>
      </p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`${base}/antwoorden.csv`}>
          {t("consultations.results.csv")}
        </a>
      </p>
      <Questions {...props} staff={true} />
      <BackLink ctx={ctx} href={base} labelKey="consultations.admin.backToBuilder" />
    </Layout>
  );
}

export function PublicResultsPage(props: ResultsPageProps) {
  const { ctx, survey } = props;
  const t = ctx.t;
  const title = t("consultations.results.title", { survey: survey.title });
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">
        {t(props.open ? "consultations.results.publicWhileOpen" : "consultations.results.closed", {
          date: formatDate(ctx.lang, `${survey.closes_on}T12:00:00Z`),
        })}
      </p>
      <p class="utrecht-paragraph">
        <strong>{respondentsText(ctx, props.respondents, props.paperRespondents)}</strong>
      </p>
      <p class="utrecht-paragraph">{t("consultations.results.openAnswersPrivate")}</p>
      <Questions {...props} staff={false} />
    </Layout>
  );
}
