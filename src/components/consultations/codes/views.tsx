// Pages of answer codes: staff's page (how many made, used and sent; make more), the printable
// slips (shown once, right after they were made), and the resident's form to enter a code, which
// the survey's start page shows too.
import { formatCode } from "../../../core/codes/one-time-codes";
import type { PageContext } from "../../../core/views/context";
import { Field, Form, type FormState, SelectField } from "../../../core/views/forms";
import { Layout } from "../../../core/views/layout";
import type { SurveyRow } from "../store/tables";
import type { AnswerCodeCounts } from "./store";

export function AnswerCodesAdminPage(props: {
  ctx: PageContext;
  survey: SurveyRow;
  counts: AnswerCodeCounts;
  areas: { id: number; name: string }[];
  open: boolean;
  form?: FormState;
}) {
  const { ctx, survey, counts } = props;
  const { t } = ctx;
  const title = t("consultations.codes.adminTitle", { survey: survey.title });
  const form = props.form ?? { values: { format: "csv" }, errors: [] };
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{t("consultations.codes.adminIntro")}</p>
      <p class="utrecht-paragraph">{t("consultations.codes.counts", { ...counts })}</p>
      {props.open ? (
        <Form
          ctx={ctx}
          action={`/admin/vragenlijsten/${survey.id}/codes`}
          form={form}
          submitLabel={t("consultations.codes.submit")}
        >
          <Field
            ctx={ctx}
            form={form}
            name="count"
            label={t("consultations.codes.count")}
            hint={t("consultations.codes.countHint")}
            inputMode="numeric"
            required
          />
          <SelectField
            ctx={ctx}
            form={form}
            name="areaId"
            label={t("consultations.codes.area")}
            hint={t("consultations.codes.areaHint")}
            options={[
              { value: "", label: t("consultations.codes.noArea") },
              ...props.areas.map((a) => ({ value: String(a.id), label: a.name })),
            ]}
          />
          <SelectField
            ctx={ctx}
            form={form}
            name="format"
            label={t("consultations.codes.format")}
            hint={t("consultations.codes.formatHint")}
            options={[
              { value: "csv", label: t("consultations.codes.formatCsv") },
              { value: "print", label: t("consultations.codes.formatPrint") },
            ]}
          />
        </Form>
      ) : (
        <p class="utrecht-paragraph">{t("consultations.codes.closed")}</p>
      )}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/admin/vragenlijsten/${survey.id}`}>
          {t("consultations.codes.back")}
        </a>
      </p>
    </Layout>
  );
}

/** One slip per code (print stylesheet: .letter breaks the page); not printed: the instructions. */
export function AnswerCodesPrintPage(props: { ctx: PageContext; survey: SurveyRow; codes: string[]; url: string }) {
  const { ctx, survey } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t("consultations.codes.printTitle")}>
      <div class="no-print">
        <h1 class="utrecht-heading-1">{t("consultations.codes.printTitle")}</h1>
        <p class="utrecht-paragraph">{t("consultations.codes.printIntro", { count: props.codes.length })}</p>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/admin/vragenlijsten/${survey.id}/codes`}>
            {t("consultations.codes.back")}
          </a>
        </p>
      </div>
      {props.codes.map((code, i) => (
        <article class="letter" aria-labelledby={`code-${i}`}>
          <h2 class="utrecht-heading-2" id={`code-${i}`}>
            {survey.title}
          </h2>
          <p class="utrecht-paragraph">{t("consultations.codes.slipIntro", { site: ctx.site.name })}</p>
          <p class="letter__code">{formatCode(code)}</p>
          <p class="utrecht-paragraph">{t("consultations.codes.slipHow", { url: props.url })}</p>
          <p class="utrecht-paragraph">{t("consultations.codes.slipOnce")}</p>
        </article>
      ))}
    </Layout>
  );
}

/** The small form to enter a code: on its own page and on the survey's start page. */
export function AnswerCodeForm(props: { ctx: PageContext; surveyId: number; form?: FormState }) {
  const { ctx } = props;
  return (
    <Form
      ctx={ctx}
      action={`/vragenlijsten/${props.surveyId}/code`}
      form={props.form}
      submitLabel={ctx.t("consultations.codes.enter")}
    >
      <Field
        ctx={ctx}
        form={props.form}
        name="code"
        label={ctx.t("consultations.codes.code")}
        hint={ctx.t("consultations.codes.codeHint")}
        autocomplete="off"
        maxLength={40}
        required
      />
    </Form>
  );
}

export function AnswerCodePage(props: { ctx: PageContext; survey: SurveyRow; form?: FormState }) {
  const { ctx, survey } = props;
  const title = ctx.t("consultations.codes.entryTitle", { survey: survey.title });
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{ctx.t("consultations.codes.entryIntro")}</p>
      <AnswerCodeForm ctx={ctx} surveyId={survey.id} form={props.form} />
    </Layout>
  );
}
