// A group of checkboxes in a fieldset with legend, hint and error (forms.tsx has single fields only).
import type { FormState } from "../../views/forms";
import type { PageContext } from "../../views/context";

interface Props {
  ctx: PageContext;
  form?: FormState;
  name: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string; hint?: string }[];
  checked: ReadonlySet<string>;
}

export function CheckboxGroup({ ctx, form, name, legend, hint, options, checked }: Props) {
  const error = form?.errors.find((e) => e.field === name);
  const id = `field-${name}`;
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset
      class={`utrecht-form-fieldset${error ? " utrecht-form-fieldset--invalid" : ""}`}
      id={id}
      aria-describedby={describedBy}
      tabIndex={-1}
    >
      <legend class="utrecht-form-fieldset__legend">{legend}</legend>
      {hint ? (
        <div class="utrecht-form-field-description" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <div class="utrecht-form-field-error-message" id={`${id}-error`}>
          {ctx.t(error.messageKey)}
        </div>
      ) : null}
      {options.map((o, i) => (
        <div class="utrecht-form-field utrecht-form-field--checkbox">
          <input
            class="utrecht-checkbox utrecht-checkbox--html-input"
            type="checkbox"
            id={`${id}-${i}`}
            name={name}
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
