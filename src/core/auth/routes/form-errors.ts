// Errors found after parsing (a weak password, a wrong current password) shown like zod's.
import { formValues } from "../../http/validation";
import type { FormState } from "../../views/forms";

export function formWithError(body: unknown, field: string, messageKey: string): FormState {
  return { values: formValues(body), errors: [{ field, messageKey }] };
}
