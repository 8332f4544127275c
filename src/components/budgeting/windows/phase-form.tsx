// The admin's phase form, with the time plan above it: the windows as set (Amsterdam time), a link
// to change them, and a reason field that is required when a plan exists (a change by hand is
// logged with it).
import { formatDate } from "../../../core/i18n/catalog";
import type { PageContext } from "../../../core/views/context";
import { ErrorSummary, Field, type FormState, SelectField, CsrfField } from "../../../core/views/forms";
import { allowedPhases, processClosed } from "../domain/process-rules";
import type { BudgetProcess } from "../store/tables";
import { hasWindows, type Plan } from "./rules";

export function PhaseForm(props: { ctx: PageContext; process: BudgetProcess; plan: Plan | null; form?: FormState }) {
  const { ctx, process, plan } = props;
  const { t, lang } = ctx;
  const planned = hasWindows(plan);
  const form = props.form ?? { values: { phase: process.phase }, errors: [] };
  const window = (open: string | null, close: string | null) =>
    open && close
      ? t("budgeting.windows.range", { open: formatDate(lang, open, true), close: formatDate(lang, close, true) })
      : t("budgeting.windows.none");
  return (
    <>
      <h2 class="utrecht-heading-2">{t("budgeting.windows.heading")}</h2>
      {planned ? (
        <ul class="utrecht-unordered-list">
          <li class="utrecht-unordered-list__item">
            {t("budgeting.windows.proposals")}: {window(plan!.proposalsOpenAt, plan!.proposalsCloseAt)}
          </li>
          <li class="utrecht-unordered-list__item">
            {t("budgeting.windows.voting")}: {window(plan!.votingOpenAt, plan!.votingCloseAt)}
          </li>
        </ul>
      ) : (
        <p class="utrecht-paragraph">{t("budgeting.windows.noPlan")}</p>
      )}
      {processClosed(process) ? null : (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/admin/begroting/${process.id}/planning`}>
            {t("budgeting.windows.edit")}
          </a>
        </p>
      )}
      <form method="post" action={`/admin/begroting/${process.id}/fase`} class="site-form" novalidate>
        <ErrorSummary ctx={ctx} form={form} labels={new Map([["reason", t("budgeting.windows.reason")]])} />
        <CsrfField ctx={ctx} />
        <SelectField
          ctx={ctx}
          form={form}
          name="phase"
          label={t("budgeting.admin.phaseLabel")}
          hint={t("budgeting.admin.phaseHint")}
          options={allowedPhases(process).map((p) => ({ value: p, label: t(`budgeting.phase.${p}`) }))}
        />
        <Field
          ctx={ctx}
          form={form}
          name="reason"
          label={t("budgeting.windows.reason")}
          hint={t(planned ? "budgeting.windows.reasonHint" : "budgeting.windows.reasonOptional")}
          maxLength={500}
        />
        <button type="submit" class="utrecht-button utrecht-button--secondary-action">
          {t("budgeting.admin.changePhase")}
        </button>
      </form>
    </>
  );
}
