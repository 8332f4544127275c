// One zod schema per account form. Messages are catalog keys; anything that is not a string
// (arrays from repeated fields, missing fields) arrives as missing and is reported per field.
import { z } from "zod";
import { PASSWORD_MAX } from "../password-policy";

const required = "forms.errors.required";

export const emailField = z
  .string()
  .trim()
  .min(1, required)
  .max(254, "auth.errors.emailTooLong")
  .regex(/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>".]{2,}$/, "auth.errors.emailInvalid");

/** A password as typed; the strength rules are applied separately (they need the account). */
export const passwordField = z.string().min(1, required).max(PASSWORD_MAX, "auth.errors.passwordTooLong");

const displayNameField = z
  .string()
  .trim()
  .min(1, required)
  .max(60, "auth.errors.nameTooLong")
  .regex(/^[^\p{Cc}<>]+$/u, "auth.errors.nameInvalid");

/** Dutch postcode "1234 AB"; stored in that form; empty means "not given". */
export const postcodeField = z
  .string()
  .trim()
  .max(8, "auth.errors.postcodeInvalid")
  .regex(/^([1-9][0-9]{3} ?[a-zA-Z]{2})?$/, "auth.errors.postcodeInvalid")
  .transform((v) => (v === "" ? null : `${v.slice(0, 4)} ${v.slice(-2).toUpperCase()}`));

const tokenField = z.string().min(1, "auth.errors.invalidLink").max(100, "auth.errors.invalidLink");

export const registerSchema = z.object({
  email: emailField,
  displayName: displayNameField,
  password: passwordField,
  postcode: postcodeField.optional().transform((v) => v ?? null),
});

export const loginSchema = z.object({
  email: emailField,
  password: passwordField,
  terug: z.string().max(500).optional(),
});

export const tokenSchema = z.object({ token: tokenField });
export const forgotSchema = z.object({ email: emailField });
export const resetSchema = z.object({ token: tokenField, newPassword: passwordField });
export const changeEmailSchema = z.object({ emailPassword: passwordField, newEmail: emailField });
export const addEmailSchema = z.object({ newEmail: emailField });
export const changePasswordSchema = z.object({ currentPassword: passwordField, newPassword: passwordField });
export const deleteSchema = z.object({ password: passwordField });

export const preferencesSchema = z.object({
  language: z.enum(["nl", "en"], "auth.errors.chooseOption"),
  notifyMode: z.enum(["immediate", "daily", "never"], "auth.errors.chooseOption"),
  postcode: postcodeField.optional().transform((v) => v ?? null),
});
