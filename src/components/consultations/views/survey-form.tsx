// The staff form for a survey's settings: title, introduction, closing day, published or not.
import type { PageContext } from "../../../core/views/context";
import { Field, type FormState, SelectField } from "../../../core/views/forms";

export function SurveyFields({ ctx, form }: { ctx: PageContext; form: FormState }) {
  const t = ctx.t;
  return (
    <>
      <Field ctx={ctx} form={form} name="title" label={t("consultations.survey.title")} maxLength={120} />
      <Field
        ctx={ctx}
        form={form}
        name="intro"
        label={t("consultations.survey.intro")}
        multiline
        rows={4}
        maxLength={2000}
      />
      <Field
        ctx={ctx}
        form={form}
        name="closesOn"
        type="date"
        label={t("consultations.survey.closesOn")}
        hint={t("consultations.survey.closesOnHint")}
      />
      <SelectField
        ctx={ctx}
        form={form}
        name="published"
        label={t("consultations.survey.published")}
        hint={t("consultations.survey.publishedHint")}
        options={[
          { value: "0", label: t("consultations.survey.draft") },
          { value: "1", label: t("consultations.survey.open") },
        ]}
      />
    </>
  );
}
