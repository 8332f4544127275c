// The builder's form for one question. Fields depend on the type; choices and rows are typed one
// per line. The condition is a select of "earlier question: answer" pairs, so no ids are typed.
import type { PageContext } from "../../../core/views/context";
import { Field, type FormState, SelectField } from "../../../core/views/forms";
import { type QuestionType, scaleValues, type SurveyPage } from "../domain/questions";

/** Every answer an earlier page's choice or scale question can have, as condition options. */
export function conditionOptions(ctx: PageContext, earlier: readonly SurveyPage[]) {
  const options = [{ value: "", label: ctx.t("consultations.builder.noCondition") }];
  for (const q of earlier.flatMap((p) => p.questions)) {
    const answers =
      q.type === "single" || q.type === "multiple"
        ? q.choices.map((c, i) => ({ value: i, label: c }))
        : q.type === "scale"
          ? scaleValues(q).map((v) => ({ value: v, label: String(v) }))
          : [];
    for (const a of answers)
      options.push({
        value: `${q.id}:${a.value}`,
        label: ctx.t("consultations.builder.conditionOption", { question: q.label, answer: a.label }),
      });
  }
  return options;
}

export function QuestionFields(props: {
  ctx: PageContext;
  form: FormState;
  type: QuestionType;
  earlier: SurveyPage[];
}) {
  const { ctx, form, type, earlier } = props;
  const t = ctx.t;
  const hasChoices = type === "single" || type === "multiple" || type === "ranking" || type === "grid";
  return (
    <>
      <Field ctx={ctx} form={form} name="label" label={t("consultations.builder.label")} maxLength={300} />
      <Field
        ctx={ctx}
        form={form}
        name="help"
        label={t("consultations.builder.help")}
        multiline
        rows={3}
        maxLength={1000}
      />
      <SelectField
        ctx={ctx}
        form={form}
        name="required"
        label={t("consultations.builder.requiredLabel")}
        options={[
          { value: "0", label: t("consultations.builder.optional") },
          { value: "1", label: t("consultations.builder.required") },
        ]}
      />
      {type === "grid" ? (
        <Field
          ctx={ctx}
          form={form}
          name="rows"
          label={t("consultations.builder.rows")}
          hint={t("consultations.builder.rowsHint")}
          multiline
          rows={5}
        />
      ) : null}
      {hasChoices ? (
        <Field
          ctx={ctx}
          form={form}
          name="choices"
          label={t(type === "ranking" ? "consultations.builder.items" : "consultations.builder.choices")}
          hint={t("consultations.builder.choicesHint")}
          multiline
          rows={6}
        />
      ) : null}
      {type === "multiple" ? (
        <Field
          ctx={ctx}
          form={form}
          name="max"
          inputMode="numeric"
          label={t("consultations.builder.maxChoicesLabel")}
          hint={t("consultations.builder.maxChoicesHint")}
        />
      ) : null}
      {type === "scale" ? (
        <>
          <SelectField
            ctx={ctx}
            form={form}
            name="min"
            label={t("consultations.builder.scaleMin")}
            options={[
              { value: "1", label: "1" },
              { value: "0", label: "0" },
            ]}
          />
          <Field
            ctx={ctx}
            form={form}
            name="max"
            inputMode="numeric"
            label={t("consultations.builder.scaleMax")}
            hint={t("consultations.builder.scaleMaxHint")}
          />
          <Field ctx={ctx} form={form} name="minLabel" label={t("consultations.builder.minLabel")} maxLength={200} />
          <Field ctx={ctx} form={form} name="maxLabel" label={t("consultations.builder.maxLabel")} maxLength={200} />
        </>
      ) : null}
      {type === "number" ? (
        <>
          <Field
            ctx={ctx}
            form={form}
            name="min"
            inputMode="numeric"
            label={t("consultations.builder.numberMin")}
            hint={t("consultations.builder.emptyNoLimit")}
          />
          <Field
            ctx={ctx}
            form={form}
            name="max"
            inputMode="numeric"
            label={t("consultations.builder.numberMax")}
            hint={t("consultations.builder.emptyNoLimit")}
          />
        </>
      ) : null}
      {type === "area" ? (
        <SelectField
          ctx={ctx}
          form={form}
          name="allowPostcode"
          label={t("consultations.builder.allowPostcode")}
          hint={t("consultations.builder.allowPostcodeHint")}
          options={[
            { value: "0", label: t("consultations.builder.areaOnly") },
            { value: "1", label: t("consultations.builder.areaOrPostcode") },
          ]}
        />
      ) : null}
      <SelectField
        ctx={ctx}
        form={form}
        name="condition"
        label={t("consultations.builder.condition")}
        hint={t("consultations.builder.conditionHint")}
        options={conditionOptions(ctx, earlier)}
      />
    </>
  );
}
