// The settings of a process (new or existing): budget, area, ballot type and the counting method.
import type { Area } from "../../../core/db/types";
import type { PageContext } from "../../../core/views/context";
import { Field, Form, SelectField, type FormState } from "../../../core/views/forms";
import { Layout } from "../../../core/views/layout";
import { METHODS } from "../commands/process-method";
import { BALLOT_TYPES } from "../domain/ballot-rules";

export function SettingsPage({
  ctx,
  areas,
  form,
  action,
  heading,
}: {
  ctx: PageContext;
  areas: Area[];
  form: FormState;
  action: string;
  heading: string;
}) {
  const { t } = ctx;
  const opts = (values: readonly string[], prefix: string) =>
    values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }));
  return (
    <Layout ctx={ctx} title={heading}>
      <h1 class="utrecht-heading-1">{heading}</h1>
      <Form ctx={ctx} action={action} form={form} submitLabel={t("budgeting.admin.save")}>
        <Field ctx={ctx} form={form} name="title" label={t("budgeting.admin.fields.title")} required maxLength={200} />
        <Field
          ctx={ctx}
          form={form}
          name="description"
          label={t("budgeting.admin.fields.description")}
          multiline
          maxLength={10000}
        />
        <SelectField
          ctx={ctx}
          form={form}
          name="areaId"
          label={t("budgeting.admin.fields.area")}
          hint={t("budgeting.admin.fields.areaHint")}
          options={[
            { value: "", label: t("budgeting.process.wholeSite") },
            ...areas.map((a) => ({ value: String(a.id), label: a.name })),
          ]}
        />
        <Field
          ctx={ctx}
          form={form}
          name="budget"
          label={t("budgeting.admin.fields.budget")}
          hint={t("amounts.hints.budget")}
          inputMode="numeric"
          required
        />
        <Field
          ctx={ctx}
          form={form}
          name="currency"
          label={t("budgeting.admin.fields.currency")}
          hint={t("budgeting.admin.fields.currencyHint")}
          maxLength={3}
        />
        <SelectField
          ctx={ctx}
          form={form}
          name="ballotType"
          label={t("budgeting.admin.fields.ballotType")}
          options={opts(BALLOT_TYPES, "budgeting.ballotType")}
        />
        <Field
          ctx={ctx}
          form={form}
          name="minProjects"
          label={t("budgeting.admin.fields.minProjects")}
          hint={t("budgeting.admin.fields.minmaxHint")}
          inputMode="numeric"
        />
        <Field
          ctx={ctx}
          form={form}
          name="maxProjects"
          label={t("budgeting.admin.fields.maxProjects")}
          hint={t("budgeting.admin.fields.minmaxHint")}
          inputMode="numeric"
        />
        <Field
          ctx={ctx}
          form={form}
          name="pointsTotal"
          label={t("budgeting.admin.fields.pointsTotal")}
          hint={t("budgeting.admin.fields.pointsHint")}
          inputMode="numeric"
        />
        <Field
          ctx={ctx}
          form={form}
          name="pointsPerProject"
          label={t("budgeting.admin.fields.pointsPerProject")}
          hint={t("budgeting.admin.fields.pointsHint")}
          inputMode="numeric"
        />
        <SelectField
          ctx={ctx}
          form={form}
          name="method"
          label={t("budgeting.admin.fields.method")}
          hint={t("budgeting.admin.fields.methodHint")}
          options={opts(METHODS, "budgeting.method.name")}
        />
        <SelectField
          ctx={ctx}
          form={form}
          name="add1Stop"
          label={t("budgeting.admin.fields.add1Stop")}
          options={opts(["exhaustive", "overspend"], "budgeting.add1Stop")}
        />
        <SelectField
          ctx={ctx}
          form={form}
          name="tieBreak"
          label={t("budgeting.admin.fields.tieBreak")}
          options={opts(["votes", "id"], "budgeting.tieBreak")}
        />
        <Field
          ctx={ctx}
          form={form}
          name="minVotes"
          label={t("budgeting.admin.fields.minVotes")}
          hint={t("budgeting.admin.fields.minVotesHint")}
          inputMode="numeric"
        />
      </Form>
    </Layout>
  );
}
