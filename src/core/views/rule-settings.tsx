// The fields of the "who may take part" settings: per action a fieldset with the level, the areas
// (checkboxes, so it works without JavaScript) and a minimum age. Errors sit beside their field.
import type { Area } from "../db/types";
import { fieldNames } from "../participation/rule-form";
import type { VerificationLevel } from "../participation/verification-level";
import type { PageContext } from "./context";
import { Field, FieldNotes, type FormState, fieldState, SelectField } from "./forms";

const LEVEL_LABELS: Record<VerificationLevel, string> = {
  none: "participation.settings.levelNone",
  email: "participation.settings.levelEmail",
  identity: "participation.settings.levelIdentity",
};

export function RuleFieldset({
  ctx,
  form,
  action,
  actionKey,
  levels,
  areas,
}: {
  ctx: PageContext;
  form: FormState;
  action: string;
  actionKey: string;
  levels: readonly VerificationLevel[];
  areas: Pick<Area, "id" | "name">[];
}) {
  const { t } = ctx;
  const f = fieldNames(action);
  const chosen = new Set((form.values[f.areas] ?? "").split(",").filter(Boolean));
  const areaField = fieldState(form, f.areas, false);
  const question = t("participation.settings.level", { action: t(actionKey) });
  return (
    <fieldset class="utrecht-form-fieldset">
      <legend class="utrecht-form-fieldset__legend">{question}</legend>
      <SelectField
        ctx={ctx}
        form={form}
        name={f.level}
        label={question}
        options={levels.map((l) => ({ value: l, label: t(LEVEL_LABELS[l]) }))}
      />
      {areas.length > 0 ? (
        <fieldset
          class={`utrecht-form-fieldset area-choice${areaField.error ? " utrecht-form-field--invalid" : ""}`}
          aria-describedby={areaField.describedBy}
          id={areaField.id}
        >
          <legend class="utrecht-form-fieldset__legend utrecht-form-label">{t("participation.settings.areas")}</legend>
          <FieldNotes ctx={ctx} id={areaField.id} error={areaField.error} />
          {areas.map((a) => (
            <div class="utrecht-form-field utrecht-form-field--checkbox">
              <label class="utrecht-form-label utrecht-form-label--checkbox">
                <input
                  class="utrecht-checkbox utrecht-checkbox--html-input"
                  type="checkbox"
                  name={f.areas}
                  value={String(a.id)}
                  checked={chosen.has(String(a.id))}
                />{" "}
                {a.name}
              </label>
            </div>
          ))}
        </fieldset>
      ) : null}
      <Field
        ctx={ctx}
        form={form}
        name={f.minAge}
        type="text"
        inputMode="numeric"
        label={t("participation.settings.minAge")}
        hint={t("participation.settings.minAgeHint")}
        maxLength={3}
      />
    </fieldset>
  );
}
