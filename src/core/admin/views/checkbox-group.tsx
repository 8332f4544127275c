// A group of checkboxes in a fieldset with legend, hint and error (forms.tsx has single fields only).
import { FieldNotes, type FormState, fieldState } from "../../views/forms";
import type { PageContext } from "../../views/context";

interface Props {
  ctx: PageContext;
  form?: FormState;
  name: string;
  /** The inputs' name when it differs from the field's (several forms on one page posting one name). */
  inputName?: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string; hint?: string }[];
  checked: ReadonlySet<string>;
}

export function CheckboxGroup({ ctx, form, name, inputName, legend, hint, options, checked }: Props) {
  const { id, error, describedBy } = fieldState(form, name, Boolean(hint));
  return (
    <fieldset
      class={`utrecht-form-fieldset${error ? " utrecht-form-fieldset--invalid" : ""}`}
      id={id}
      aria-describedby={describedBy}
      tabIndex={-1}
    >
      <legend class="utrecht-form-fieldset__legend">{legend}</legend>
      <FieldNotes ctx={ctx} id={id} hint={hint} error={error} />
      {options.map((o, i) => (
        <div class="utrecht-form-field utrecht-form-field--checkbox">
          <input
            class="utrecht-checkbox utrecht-checkbox--html-input"
            type="checkbox"
            id={`${id}-${i}`}
            name={inputName ?? name}
            value={o.value}
            checked={checked.has(o.value)}
            aria-describedby={o.hint ? `${id}-${i}-hint` : undefined}
          />
          <label class="utrecht-form-label utrecht-form-label--checkbox" for={`${id}-${i}`}>
            {o.label}
          </label>
          {o.hint ? (
            <div class="utrecht-form-field-description" id={`${id}-${i}-hint`}>
              {o.hint}
            </div>
          ) : null}
        </div>
      ))}
    </fieldset>
  );
}
