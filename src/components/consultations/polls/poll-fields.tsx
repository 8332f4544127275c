// The staff poll form's fields (inside SimpleFormPage's form).
import type { PageContext } from "../../../core/views/context";
import { Field, type FormState, SelectField } from "../../../core/views/forms";
import { MAX_CHOICES } from "./poll-form";

export function PollFields({ ctx, form, locked }: { ctx: PageContext; form: FormState; locked: boolean }) {
  const { t } = ctx;
  return (
    <>
      <Field ctx={ctx} form={form} name="question" label={t("consultations.polls.form.question")} maxLength={200} />
      <Field
        ctx={ctx}
        form={form}
        name="choices"
        label={t("consultations.polls.form.choices")}
        hint={t(locked ? "consultations.polls.form.choicesLocked" : "consultations.polls.form.choicesHint", {
          max: MAX_CHOICES,
        })}
        multiline
        rows={6}
      />
      <SelectField
        ctx={ctx}
        form={form}
        name="results"
        label={t("consultations.polls.form.results")}
        options={[
          { value: "afterVote", label: t("consultations.polls.form.afterVote") },
          { value: "afterClose", label: t("consultations.polls.form.afterClose") },
        ]}
      />
      <SelectField
        ctx={ctx}
        form={form}
        name="onHome"
        label={t("consultations.polls.form.onHome")}
        options={[
          { value: "0", label: t("consultations.polls.form.no") },
          { value: "1", label: t("consultations.polls.form.yes") },
        ]}
      />
      <SelectField
        ctx={ctx}
        form={form}
        name="published"
        label={t("consultations.polls.form.published")}
        options={[
          { value: "0", label: t("consultations.form.draft") },
          { value: "1", label: t("consultations.form.public") },
        ]}
      />
    </>
  );
}
