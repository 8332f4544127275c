// Form pieces following NL Design System: every field has a label, optional hint and its own
// error message; an error summary at the top links to the fields and takes focus.
import type { ComponentChildren } from "preact";
import type { FieldError } from "../http/errors";
import type { PageContext } from "./context";
import { collectFieldLabels, labelledMessage } from "./field-labels";

export interface FormState {
  values: Record<string, string>;
  errors: FieldError[];
}

export const emptyForm = (values: Record<string, string> = {}): FormState => ({ values, errors: [] });

const errorFor = (form: FormState | undefined, name: string) => form?.errors.find((e) => e.field === name);

export function CsrfField({ ctx }: { ctx: PageContext }) {
  return <input type="hidden" name="_csrf" value={ctx.csrfToken()} />;
}

/** The summary at the top of a form: every error, each as "<label>: <message>" linking to its
 *  field. `labels` are the fields' visible labels by name (Form reads them from its children). */
export function ErrorSummary({
  ctx,
  form,
  labels,
}: {
  ctx: PageContext;
  form?: FormState;
  labels?: ReadonlyMap<string, string>;
}) {
  if (!form || form.errors.length === 0) return null;
  return (
    <div
      class="utrecht-alert utrecht-alert--error error-summary"
      role="alert"
      tabIndex={-1}
      autofocus
      aria-labelledby="error-summary-title"
      data-error-summary
    >
      <h2 class="utrecht-heading-2" id="error-summary-title">
        {ctx.t("forms.errorSummary")}
      </h2>
      <ul class="utrecht-unordered-list">
        {form.errors.map((e) => (
          <li class="utrecht-unordered-list__item">
            <a class="utrecht-link" href={`#field-${e.field}`}>
              {labelledMessage(labels?.get(e.field), ctx.t(e.messageKey, e.params))}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface FieldProps {
  ctx: PageContext;
  form?: FormState;
  name: string;
  label: string;
  hint?: string;
  type?: "text" | "email" | "password" | "number" | "date" | "tel" | "search" | "url";
  autocomplete?: string;
  required?: boolean;
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
  inputMode?: "numeric" | "email" | "text";
}

/** What every field needs: its id, its own error, and the ids of the hint and error that describe it. */
export function fieldState(form: FormState | undefined, name: string, hasHint: boolean, id = `field-${name}`) {
  const error = errorFor(form, name);
  const describedBy = [hasHint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return { id, error, describedBy };
}

/** A field's hint and error message, with the ids its input's aria-describedby points to. */
export function FieldNotes({
  ctx,
  id,
  hint,
  error,
}: {
  ctx: PageContext;
  id: string;
  hint?: string;
  error?: FieldError;
}) {
  return (
    <>
      {hint ? (
        <div class="utrecht-form-field-description" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <div class="utrecht-form-field-error-message" id={`${id}-error`}>
          {ctx.t(error.messageKey, error.params)}
        </div>
      ) : null}
    </>
  );
}

/** One labelled field in NL Design System markup: label, hint, error, then the input (children). */
export function FieldFrame(props: {
  ctx: PageContext;
  kind: "text" | "select";
  id: string;
  label: string;
  hint?: string;
  error?: FieldError;
  children: ComponentChildren;
}) {
  const { ctx, kind, id, label, hint, error } = props;
  return (
    <div class={`utrecht-form-field utrecht-form-field--${kind}${error ? " utrecht-form-field--invalid" : ""}`}>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={id}>
          {label}
        </label>
      </div>
      <FieldNotes ctx={ctx} id={id} hint={hint} error={error} />
      <div class="utrecht-form-field__input">{props.children}</div>
    </div>
  );
}

export function Field(props: FieldProps) {
  const { ctx, form, name, label, hint, type = "text", multiline } = props;
  const { id, error, describedBy } = fieldState(form, name, Boolean(hint));
  const common = {
    id,
    name,
    required: props.required,
    "aria-describedby": describedBy,
    "aria-invalid": error ? ("true" as const) : undefined,
    maxLength: props.maxLength,
  };
  const value = type === "password" ? undefined : form?.values[name];
  return (
    <FieldFrame ctx={ctx} kind="text" id={id} label={label} hint={hint} error={error}>
      {multiline ? (
        <textarea
          class={`utrecht-textarea${error ? " utrecht-textarea--invalid" : ""}`}
          rows={props.rows ?? 6}
          {...common}
        >
          {value ?? ""}
        </textarea>
      ) : (
        <input
          class={`utrecht-textbox${error ? " utrecht-textbox--invalid" : ""}`}
          type={type as "text"}
          value={value}
          autocomplete={props.autocomplete}
          inputMode={props.inputMode}
          {...common}
        />
      )}
    </FieldFrame>
  );
}

interface SelectProps {
  ctx: PageContext;
  form?: FormState;
  name: string;
  label: string;
  hint?: string;
  options: { value: string; label: string }[];
}

export function SelectField({ ctx, form, name, label, hint, options }: SelectProps) {
  const { id, error, describedBy } = fieldState(form, name, Boolean(hint));
  return (
    <FieldFrame ctx={ctx} kind="select" id={id} label={label} hint={hint} error={error}>
      <select
        class="utrecht-select"
        id={id}
        name={name}
        aria-describedby={describedBy}
        aria-invalid={error ? "true" : undefined}
      >
        {options.map((o) => (
          <option value={o.value} selected={form?.values[name] === o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function Form({
  ctx,
  action,
  children,
  form,
  submitLabel,
}: {
  ctx: PageContext;
  action: string;
  children: ComponentChildren;
  form?: FormState;
  submitLabel: string;
}) {
  return (
    <form method="post" action={action} class="site-form" novalidate>
      <ErrorSummary ctx={ctx} form={form} labels={form?.errors.length ? collectFieldLabels(children) : undefined} />
      <CsrfField ctx={ctx} />
      {children}
      <div class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

/** A state change behind a button (log out, support, follow): a small POST form, never a GET link. */
export function PostButton({
  ctx,
  action,
  label,
  variant = "secondary",
  fields = {},
}: {
  ctx: PageContext;
  action: string;
  label: string;
  variant?: "primary" | "secondary" | "subtle";
  fields?: Record<string, string>;
}) {
  const cls =
    variant === "primary"
      ? "utrecht-button--primary-action"
      : variant === "subtle"
        ? "utrecht-button--subtle"
        : "utrecht-button--secondary-action";
  return (
    <form method="post" action={action} class="post-button">
      <CsrfField ctx={ctx} />
      {Object.entries(fields).map(([k, v]) => (
        <input type="hidden" name={k} value={v} />
      ))}
      <button type="submit" class={`utrecht-button ${cls}`}>
        {label}
      </button>
    </form>
  );
}
