// Staff pages for survey responses on paper (docs/paper.md): the entry form (where the paper came
// from, then every question of the survey on one page, drawn as residents answer it), the paper
// responses entered so far with their source, and the correction form (answers and a reason).
import type { PaperMeeting } from "../../../core/components";
import type { PaperBatch } from "../../../core/db/types";
import { formatDate } from "../../../core/i18n/catalog";
import { batchName, SourceFields } from "../../../core/paper/source-form";
import type { PageContext } from "../../../core/views/context";
import { Form, type FormState } from "../../../core/views/forms";
import { Layout } from "../../../core/views/layout";
import { TableScroll } from "../../../core/views/table-scroll";
import type { FieldError } from "../domain/parse-answer";
import type { SurveyPage } from "../domain/questions";
import type { PaperResponseItem } from "../store/paper-responses";
import type { SurveyRow } from "../store/tables";
import { AnswerField, type FormValues } from "./answer-fields";
import { conditionInWords } from "./paper-survey";
import { respondentsText } from "./respondents-count";
import { BackLink } from "./staff-nav";
import { PaperReasonField } from "../../../core/paper/reason-field";

/** The survey's questions and what was typed in them, with the domain's error per field. */
export interface AnswersState {
  pages: readonly SurveyPage[];
  areas: { id: number; name: string }[];
  values: FormValues;
  errors: readonly FieldError[];
}

function SurveyFields({ ctx, answers }: { ctx: PageContext; answers: AnswersState }) {
  const { t } = ctx;
  const all = answers.pages.flatMap((p) => p.questions);
  return (
    <>
      {answers.pages.map((page, i) => (
        <fieldset class="utrecht-form-fieldset">
          <legend class="utrecht-form-fieldset__legend">
            {t("paper.survey.part", { number: i + 1 })}
            {page.title ? `: ${page.title}` : ""}
          </legend>
          {page.questions.map((q) => {
            const when = conditionInWords(all, q);
            return (
              <>
                {when ? (
                  <p class="utrecht-paragraph">
                    <em>{t("paper.surveyEntry.onlyWhen", when)}</em>
                  </p>
                ) : null}
                <AnswerField ctx={ctx} q={q} values={answers.values} errors={answers.errors} areas={answers.areas} />
              </>
            );
          })}
        </fieldset>
      ))}
    </>
  );
}

function ResponsesTable({ ctx, survey, items }: { ctx: PageContext; survey: SurveyRow; items: PaperResponseItem[] }) {
  const { t } = ctx;
  if (items.length === 0) return <p class="utrecht-paragraph">{t("paper.surveyEntry.none")}</p>;
  const base = `/admin/vragenlijsten/${survey.id}/papier`;
  return (
    <TableScroll label={t("paper.surveyEntry.listHeading")}>
      <table class="utrecht-table data-table">
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            {["number", "source", "entered", "actions"].map((c) => (
              <th class="utrecht-table__header-cell" scope="col">
                {t(`paper.surveyEntry.column.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {items.map((r) => (
            <tr class="utrecht-table__row">
              <td class="utrecht-table__cell">{r.id}</td>
              <td class="utrecht-table__cell">
                {batchName(ctx, { label: r.batch_label, created_at: r.batch_created_at })}
              </td>
              <td class="utrecht-table__cell">
                {r.entered_at ? formatDate(ctx.lang, r.entered_at, true) : ""}
                {r.entered_by_name ? `, ${r.entered_by_name}` : ""}
              </td>
              <td class="utrecht-table__cell">
                <a class="utrecht-link" href={`${base}/${r.id}/corrigeren`}>
                  {t("paper.entry.correct")}
                </a>{" "}
                ·{" "}
                <a class="utrecht-link" href={`${base}/${r.id}/verwijderen`}>
                  {t("paper.entry.remove")}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export interface PaperEntryPageProps {
  ctx: PageContext;
  survey: SurveyRow;
  /** Sent responses in all, and of them on paper. */
  counts: { total: number; paper: number };
  items: PaperResponseItem[];
  batches: PaperBatch[];
  meetings: PaperMeeting[];
  /** The source fields as typed, and every error of the form (source and answers) for the summary. */
  form: FormState;
  answers: AnswersState;
}

export function PaperEntryPage(p: PaperEntryPageProps) {
  const { ctx, survey } = p;
  const { t } = ctx;
  const base = `/admin/vragenlijsten/${survey.id}`;
  return (
    <Layout ctx={ctx} title={t("paper.surveyEntry.title", { survey: survey.title })}>
      <h1 class="utrecht-heading-1">{t("paper.surveyEntry.title", { survey: survey.title })}</h1>
      <p class="utrecht-paragraph">{respondentsText(ctx, p.counts.total, p.counts.paper)}</p>
      <p class="utrecht-paragraph">
        {t("paper.surveyEntry.intro")}{" "}
        <a class="utrecht-link" href={`${base}/papier`}>
          {t("paper.survey.link")}
        </a>
      </p>
      {survey.published === 1 ? (
        <Form ctx={ctx} action={`${base}/papier/invoeren`} form={p.form} submitLabel={t("paper.surveyEntry.submit")}>
          <SourceFields ctx={ctx} form={p.form} batches={p.batches} meetings={p.meetings} />
          <SurveyFields ctx={ctx} answers={p.answers} />
        </Form>
      ) : (
        <p class="utrecht-paragraph">{t("paper.surveyEntry.draft")}</p>
      )}
      <h2 class="utrecht-heading-2">{t("paper.surveyEntry.listHeading")}</h2>
      <ResponsesTable ctx={ctx} survey={survey} items={p.items} />
      <BackLink ctx={ctx} href={base} labelKey="consultations.admin.backToBuilder" />
    </Layout>
  );
}

export function PaperCorrectPage(p: {
  ctx: PageContext;
  survey: SurveyRow;
  responseId: number;
  form: FormState;
  answers: AnswersState;
}) {
  const { ctx, survey } = p;
  const { t } = ctx;
  const base = `/admin/vragenlijsten/${survey.id}/papier`;
  return (
    <Layout ctx={ctx} title={t("paper.surveyEntry.correctTitle", { number: p.responseId })}>
      <h1 class="utrecht-heading-1">{t("paper.surveyEntry.correctTitle", { number: p.responseId })}</h1>
      <p class="utrecht-paragraph">{t("paper.surveyEntry.correctIntro")}</p>
      <Form
        ctx={ctx}
        action={`${base}/${p.responseId}/corrigeren`}
        form={p.form}
        submitLabel={t("paper.correct.submit")}
      >
        <SurveyFields ctx={ctx} answers={p.answers} />
        <PaperReasonField ctx={ctx} form={p.form} />
      </Form>
      <BackLink ctx={ctx} href={`${base}/invoeren`} labelKey="paper.surveyEntry.back" />
    </Layout>
  );
}
