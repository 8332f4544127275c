// The field where a person chooses a password (registration, change, reset): one place for its
// hint with the minimum length and for the browser's "new password" autocomplete.
import type { PageContext } from "../../views/context";
import { Field, type FormState } from "../../views/forms";
import { PASSWORD_MIN } from "../password-policy";

export function NewPasswordField(props: { ctx: PageContext; form?: FormState; name: string; label: string }) {
  const { ctx, form, name, label } = props;
  return (
    <Field
      ctx={ctx}
      form={form}
      name={name}
      type="password"
      label={label}
      hint={ctx.t("auth.fields.newPasswordHint", { min: PASSWORD_MIN })}
      autocomplete="new-password"
      required
    />
  );
}
