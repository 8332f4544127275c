// Turns zod results into field errors. Schemas give catalog keys as messages
// (z.string().min(12, "auth.errors.passwordTooShort")); otherwise a generic key by issue code.
import type { z } from "zod";
import type { FieldError } from "./errors";
import type { FormState } from "../views/forms";
import { unstorableFields } from "./text-rules";

function keyFor(issue: z.core.$ZodIssue): string {
  if (/^[a-z][\w-]*(\.[\w-]+)+$/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case "too_small":
      return issue.origin === "string" ? "forms.errors.required" : "forms.errors.tooSmall";
    case "too_big":
      return "forms.errors.tooLong";
    case "invalid_type":
      return "forms.errors.required";
    default:
      return "forms.errors.invalid";
  }
}

export function fieldErrors(error: z.ZodError): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".") || "_form";
    if (seen.has(field)) continue;
    seen.add(field);
    errors.push({ field, messageKey: keyFor(issue) });
  }
  return errors;
}

/** Form input as strings only: anything else (arrays, objects) is dropped to an empty value. */
export function formValues(body: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  if (body && typeof body === "object") {
    for (const [k, v] of Object.entries(body)) if (typeof v === "string" && k !== "_csrf") values[k] = v;
  }
  return values;
}

export type FormResult<T> = { ok: true; data: T } | { ok: false; form: FormState };

/**
 * Every form passes here: first the text rule that holds for all fields (no control characters a
 * database or feed cannot hold, text-rules.ts), then the form's own schema. A field breaking the
 * text rule shows that message, not whatever else its schema says about it.
 */
export function parseForm<S extends z.ZodType>(schema: S, body: unknown): FormResult<z.infer<S>> {
  const values = formValues(body);
  const unstorable = unstorableFields(values);
  const parsed = schema.safeParse(values);
  if (parsed.success && unstorable.length === 0) return { ok: true, data: parsed.data };
  const errors = [...unstorable];
  for (const error of parsed.success ? [] : fieldErrors(parsed.error))
    if (!errors.some((e) => e.field === error.field)) errors.push(error);
  return { ok: false, form: { values, errors } };
}
