// A question as residents answer it, without JavaScript: radios, checkboxes, a select per ranked
// item, a row of radios per grid row, a select of areas with an optional postcode field. Errors
// come from the domain with their numbers ("choose at most 2") and sit beside their field.
import type { PageContext } from "../../../core/views/context";
import type { FieldError } from "../domain/parse-answer";
import { fieldName, type Question, scaleValues } from "../domain/questions";

export type FormValues = Readonly<Record<string, string | string[]>>;

interface Props {
  ctx: PageContext;
  q: Question;
  values: FormValues;
  errors: readonly FieldError[];
  areas: { id: number; name: string }[];
  disabled?: boolean;
}

const has = (values: FormValues, name: string, value: string) => {
  const v = values[name];
  return Array.isArray(v) ? v.includes(value) : v === value;
};
const text = (values: FormValues, name: string) => {
  const v = values[name];
  return typeof v === "string" ? v : "";
};

function ErrorText({ ctx, error, id }: { ctx: PageContext; error?: FieldError; id: string }) {
  return error ? (
    <div class="utrecht-form-field-error-message" id={`${id}-error`}>
      {ctx.t(error.key, error.params)}
    </div>
  ) : null;
}

// Radios carry only the radio-button block class: naming its html-input modifier anywhere in the
// source makes src/web/purge-css.ts drop the rest of the stylesheet (reported to the integrator).
function Choices(
  props: Props & { name: string; type: "radio" | "checkbox"; options: { value: string; label: string }[] },
) {
  const { name, type, options, values, disabled } = props;
  return (
    <>
      {options.map((o, i) => (
        <div class={`utrecht-form-field utrecht-form-field--${type === "radio" ? "radio" : "checkbox"}`}>
          <input
            class={type === "radio" ? "utrecht-radio-button" : "utrecht-checkbox utrecht-checkbox--html-input"}
            type={type}
            id={`field-${name}-${i}`}
            name={name}
            value={o.value}
            checked={has(values, name, o.value)}
            disabled={disabled}
          />
          <label
            class={`utrecht-form-label utrecht-form-label--${type === "radio" ? "radio" : "checkbox"}`}
            for={`field-${name}-${i}`}
          >
            {o.label}
          </label>
        </div>
      ))}
    </>
  );
}

function hintFor(ctx: PageContext, q: Question): string {
  const parts = [q.help];
  if (q.type === "multiple" && q.max !== null) parts.push(ctx.t("consultations.answer.chooseAtMost", { max: q.max }));
  if (q.type === "ranking") parts.push(ctx.t("consultations.answer.rankingHint", { count: q.choices.length }));
  if (q.type === "number" && q.min !== null && q.max !== null)
    parts.push(ctx.t("consultations.answer.between", { min: q.min, max: q.max }));
  if (!q.required) parts.push(ctx.t("consultations.answer.optional"));
  return parts.filter(Boolean).join(" ");
}

function Body(props: Props) {
  const { ctx, q, values, errors, disabled } = props;
  const name = fieldName(q.id);
  const indexed = (labels: string[]) => labels.map((label, i) => ({ value: String(i), label }));
  switch (q.type) {
    case "single":
      return <Choices {...props} name={name} type="radio" options={indexed(q.choices)} />;
    case "multiple":
      return <Choices {...props} name={name} type="checkbox" options={indexed(q.choices)} />;
    case "scale":
      return (
        <Choices
          {...props}
          name={name}
          type="radio"
          options={scaleValues(q).map((v) => ({
            value: String(v),
            label:
              v === q.min && q.minLabel
                ? `${v}: ${q.minLabel}`
                : v === q.max && q.maxLabel
                  ? `${v}: ${q.maxLabel}`
                  : String(v),
          }))}
        />
      );
    case "ranking":
      return (
        <>
          {q.choices.map((item, i) => (
            <div class="utrecht-form-field utrecht-form-field--select">
              <label class="utrecht-form-label" for={`field-${fieldName(q.id, i)}`}>
                {item}
              </label>
              <select
                class="utrecht-select"
                id={`field-${fieldName(q.id, i)}`}
                name={fieldName(q.id, i)}
                disabled={disabled}
              >
                <option value="">{ctx.t("consultations.answer.noPlace")}</option>
                {q.choices.map((_, p) => (
                  <option value={String(p + 1)} selected={has(values, fieldName(q.id, i), String(p + 1))}>
                    {ctx.t("consultations.answer.place", { place: p + 1 })}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </>
      );
    case "grid":
      return (
        <>
          {q.rows.map((row, r) => {
            const rowName = fieldName(q.id, r);
            const error = errors.find((e) => e.field === rowName);
            return (
              <fieldset
                class="utrecht-form-fieldset"
                id={`field-${rowName}`}
                tabIndex={-1}
                aria-describedby={error ? `field-${rowName}-error` : undefined}
              >
                <legend class="utrecht-form-fieldset__legend">{row}</legend>
                <ErrorText ctx={ctx} error={error} id={`field-${rowName}`} />
                <Choices {...props} name={rowName} type="radio" options={indexed(q.choices)} />
              </fieldset>
            );
          })}
        </>
      );
    default:
      return null;
  }
}

/** A single input (number, text, area) with its label, hint and error. */
function SingleInput(props: Props & { hint: string }) {
  const { ctx, q, values, errors, areas, disabled, hint } = props;
  const name = fieldName(q.id);
  const id = `field-${name}`;
  const error = errors.find((e) => e.field === name);
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name,
    disabled,
    "aria-describedby": describedBy,
    "aria-invalid": error ? ("true" as const) : undefined,
  };
  const postcodeName = fieldName(q.id, "postcode");
  const postcodeError = errors.find((e) => e.field === postcodeName);
  return (
    <div class={`utrecht-form-field utrecht-form-field--text${error ? " utrecht-form-field--invalid" : ""}`}>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={id}>
          {q.label}
        </label>
      </div>
      {hint ? (
        <div class="utrecht-form-field-description" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      <ErrorText ctx={ctx} error={error} id={id} />
      <div class="utrecht-form-field__input">
        {q.type === "longText" ? (
          <textarea class="utrecht-textarea" rows={6} maxLength={5000} {...common}>
            {text(values, name)}
          </textarea>
        ) : q.type === "area" ? (
          <select class="utrecht-select" {...common}>
            <option value="">{ctx.t("consultations.answer.noArea")}</option>
            {areas.map((a) => (
              <option value={String(a.id)} selected={has(values, name, String(a.id))}>
                {a.name}
              </option>
            ))}
          </select>
        ) : (
          <input
            class="utrecht-textbox"
            type="text"
            inputMode={q.type === "number" ? "decimal" : undefined}
            maxLength={q.type === "shortText" ? 200 : 30}
            value={text(values, name)}
            {...common}
          />
        )}
      </div>
      {q.type === "area" && q.allowPostcode ? (
        <div class="utrecht-form-field utrecht-form-field--text">
          <label class="utrecht-form-label" for={`field-${postcodeName}`}>
            {ctx.t("consultations.answer.postcodeLabel")}
          </label>
          <div class="utrecht-form-field-description" id={`field-${postcodeName}-hint`}>
            {ctx.t("consultations.answer.postcodeHint")}
          </div>
          <ErrorText ctx={ctx} error={postcodeError} id={`field-${postcodeName}`} />
          <input
            class="utrecht-textbox"
            type="text"
            id={`field-${postcodeName}`}
            name={postcodeName}
            autocomplete="postal-code"
            maxLength={10}
            value={text(values, postcodeName)}
            disabled={disabled}
            aria-describedby={`field-${postcodeName}-hint${postcodeError ? ` field-${postcodeName}-error` : ""}`}
          />
        </div>
      ) : null}
    </div>
  );
}

export function AnswerField(props: Props) {
  const { ctx, q, errors } = props;
  const hint = hintFor(ctx, q);
  if (q.type === "number" || q.type === "shortText" || q.type === "longText" || q.type === "area")
    return <SingleInput {...props} hint={hint} />;
  const id = `field-${fieldName(q.id)}`;
  const error = errors.find((e) => e.field === fieldName(q.id));
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset
      class={`utrecht-form-fieldset${error ? " utrecht-form-fieldset--invalid" : ""}`}
      id={id}
      tabIndex={-1}
      aria-describedby={describedBy}
    >
      <legend class="utrecht-form-fieldset__legend">{q.label}</legend>
      {hint ? (
        <div class="utrecht-form-field-description" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      <ErrorText ctx={ctx} error={error} id={id} />
      <Body {...props} />
    </fieldset>
  );
}
