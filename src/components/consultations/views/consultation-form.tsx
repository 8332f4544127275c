// The staff form for a consultation: title, summary, text (the Markdown subset), areas, contact
// official and up to six phases (a row left empty is no phase). Works without JavaScript.
import { CheckboxGroup } from "../../../core/admin/views/checkbox-group";
import type { VNode } from "preact";
import type { PageContext } from "../../../core/views/context";
import { Field, Form, type FormState, SelectField } from "../../../core/views/forms";
import { MAX_PHASES } from "../domain/timeline";

export interface ConsultationFormProps {
  ctx: PageContext;
  form: FormState;
  action: string;
  areas: { id: number; name: string }[];
  checkedAreas: ReadonlySet<string>;
  officials: { id: number; display_name: string }[];
  /** The optional location field (core/places), built by the route. */
  location?: VNode;
}

export function ConsultationForm(props: ConsultationFormProps) {
  const { ctx, form, action, areas, checkedAreas, officials } = props;
  const t = ctx.t;
  const rows = Array.from({ length: MAX_PHASES }, (_, i) => i + 1);
  return (
    <Form ctx={ctx} action={action} form={form} submitLabel={t("consultations.form.save")}>
      <Field ctx={ctx} form={form} name="title" label={t("consultations.form.title")} maxLength={120} />
      <Field
        ctx={ctx}
        form={form}
        name="summary"
        label={t("consultations.form.summary")}
        hint={t("consultations.form.summaryHint")}
        multiline
        rows={3}
        maxLength={300}
      />
      <Field
        ctx={ctx}
        form={form}
        name="body"
        label={t("consultations.form.body")}
        hint={t("consultations.form.bodyHint")}
        multiline
        rows={12}
        maxLength={10000}
      />
      <CheckboxGroup
        ctx={ctx}
        form={form}
        name="areas"
        legend={t("consultations.form.areas")}
        hint={t("consultations.form.areasHint")}
        options={areas.map((a) => ({ value: String(a.id), label: a.name }))}
        checked={checkedAreas}
      />
      {props.location}
      <SelectField
        ctx={ctx}
        form={form}
        name="contact"
        label={t("consultations.form.contact")}
        options={[
          { value: "", label: t("consultations.form.noContact") },
          ...officials.map((o) => ({ value: String(o.id), label: o.display_name })),
        ]}
      />
      <SelectField
        ctx={ctx}
        form={form}
        name="anonymousAnswers"
        label={t("consultations.form.anonymousAnswers")}
        hint={t("consultations.form.anonymousAnswersHint")}
        options={[
          { value: "0", label: t("consultations.form.anonymousNo") },
          { value: "1", label: t("consultations.form.anonymousYes") },
        ]}
      />
      <SelectField
        ctx={ctx}
        form={form}
        name="published"
        label={t("consultations.form.published")}
        hint={t("consultations.form.publishedHint")}
        options={[
          { value: "0", label: t("consultations.form.draft") },
          { value: "1", label: t("consultations.form.public") },
        ]}
      />
      <h2 class="utrecht-heading-2">{t("consultations.form.phases")}</h2>
      <p class="utrecht-paragraph">{t("consultations.form.phasesHint")}</p>
      {rows.map((i) => (
        <fieldset class="utrecht-form-fieldset">
          <legend class="utrecht-form-fieldset__legend">{t("consultations.form.phase", { number: i })}</legend>
          <Field
            ctx={ctx}
            form={form}
            name={`phase${i}Name`}
            label={t("consultations.form.phaseName")}
            maxLength={80}
          />
          <Field ctx={ctx} form={form} name={`phase${i}Start`} type="date" label={t("consultations.form.phaseStart")} />
          <Field ctx={ctx} form={form} name={`phase${i}End`} type="date" label={t("consultations.form.phaseEnd")} />
        </fieldset>
      ))}
    </Form>
  );
}
