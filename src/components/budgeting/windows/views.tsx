// The time-plan form for staff, and on the process page the countdown and the follow button.
import type { PageContext } from "../../../core/views/context";
import { Field, Form, type FormState, PostButton } from "../../../core/views/forms";
import { Layout } from "../../../core/views/layout";
import type { BudgetProcess } from "../store/tables";
import { type CountdownLine, countdownText } from "./countdown";
import { dateField, timeField } from "./form";
import type { Boundary } from "./rules";

function BoundaryFields({ ctx, form, b }: { ctx: PageContext; form: FormState; b: Boundary }) {
  const { t } = ctx;
  return (
    <>
      <Field ctx={ctx} form={form} name={dateField(b)} type="date" label={t(`budgeting.windows.fields.${b}Date`)} />
      <Field
        ctx={ctx}
        form={form}
        name={timeField(b)}
        label={t(`budgeting.windows.fields.${b}Time`)}
        hint={t("budgeting.windows.fields.timeHint")}
        maxLength={5}
      />
    </>
  );
}

export function PlanPage({ ctx, process, form }: { ctx: PageContext; process: BudgetProcess; form: FormState }) {
  const { t } = ctx;
  const title = t("budgeting.windows.title", { title: process.title });
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{t("budgeting.windows.intro")}</p>
      <Form
        ctx={ctx}
        action={`/admin/begroting/${process.id}/planning`}
        form={form}
        submitLabel={t("budgeting.admin.save")}
      >
        <fieldset class="utrecht-form-fieldset">
          <legend class="utrecht-form-fieldset__legend">{t("budgeting.windows.proposals")}</legend>
          <BoundaryFields ctx={ctx} form={form} b="proposalsOpen" />
          <BoundaryFields ctx={ctx} form={form} b="proposalsClose" />
        </fieldset>
        <fieldset class="utrecht-form-fieldset">
          <legend class="utrecht-form-fieldset__legend">{t("budgeting.windows.voting")}</legend>
          <BoundaryFields ctx={ctx} form={form} b="votingOpen" />
          <BoundaryFields ctx={ctx} form={form} b="votingClose" />
        </fieldset>
      </Form>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/admin/begroting/${process.id}`}>
          {t("budgeting.windows.back")}
        </a>
      </p>
    </Layout>
  );
}

/** On the process page: when proposals or voting open or close, and following the process. */
export function WindowsPanel({
  ctx,
  processId,
  lines,
  following,
  now,
}: {
  ctx: PageContext;
  processId: number;
  lines: CountdownLine[];
  /** null: the visitor is not logged in, so no follow button. */
  following: boolean | null;
  now: Date;
}) {
  const { t, lang } = ctx;
  return (
    <>
      {lines.length > 0 ? (
        <div class="budget-countdown">
          {lines.map((line) => (
            <p class="utrecht-paragraph">
              <strong>{countdownText(t, lang, line, now)}</strong>
            </p>
          ))}
        </div>
      ) : null}
      {following === null ? null : (
        <PostButton
          ctx={ctx}
          action={`/begroting/${processId}/${following ? "ontvolgen" : "volgen"}`}
          label={t(following ? "budgeting.windows.unfollow" : "budgeting.windows.follow")}
          variant="subtle"
        />
      )}
    </>
  );
}
