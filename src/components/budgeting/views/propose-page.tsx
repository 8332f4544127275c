// A resident proposes a project during the submit phase. Officials set the real cost later.
import type { VNode } from "preact";
import type { PageContext } from "../../../core/views/context";
import { Field, Form, type FormState } from "../../../core/views/forms";
import { Layout } from "../../../core/views/layout";
import type { BudgetProcess } from "../store/tables";

export function ProposePage({
  ctx,
  process,
  form,
  location,
}: {
  ctx: PageContext;
  process: BudgetProcess;
  form?: FormState;
  /** The optional location field and its map assets (routes/location.tsx). */
  location?: { head: VNode; field: VNode };
}) {
  const { t } = ctx;
  const title = t("budgeting.propose.title", { title: process.title });
  return (
    <Layout ctx={ctx} title={title} head={location?.head}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{t("budgeting.propose.intro")}</p>
      <Form
        ctx={ctx}
        action={`/begroting/${process.id}/indienen`}
        form={form}
        submitLabel={t("budgeting.propose.submit")}
      >
        <Field
          ctx={ctx}
          form={form}
          name="title"
          label={t("budgeting.propose.projectTitle")}
          required
          maxLength={120}
        />
        <Field
          ctx={ctx}
          form={form}
          name="description"
          label={t("budgeting.propose.description")}
          hint={t("budgeting.propose.descriptionHint")}
          multiline
          maxLength={4000}
        />
        <Field
          ctx={ctx}
          form={form}
          name="cost"
          label={t("budgeting.propose.cost")}
          hint={t("amounts.hints.proposeCost")}
          inputMode="numeric"
        />
        {location?.field}
      </Form>
    </Layout>
  );
}
