// The settings of an ideas process (the promise) with their defaults, as one zod schema used by
// the settings form, the seed and the tests. Who may propose, support and comment is not here:
// those are participation rules (participation.ts, page /admin/ideeen/deelname).
import { z } from "zod";

export const processSettingsSchema = z.object({
  title: z.string().trim().min(3, "ideas.errors.titleShort").max(120, "forms.errors.tooLong"),
  threshold: z.coerce
    .number()
    .int("forms.errors.invalid")
    .min(1, "forms.errors.tooSmall")
    .max(100_000, "forms.errors.invalid"),
  supportDays: z.coerce
    .number()
    .int("forms.errors.invalid")
    .min(1, "forms.errors.tooSmall")
    .max(730, "forms.errors.invalid"),
  responseDays: z.coerce
    .number()
    .int("forms.errors.invalid")
    .min(1, "forms.errors.tooSmall")
    .max(365, "forms.errors.invalid"),
  countAfterThreshold: z.enum(["0", "1"], "forms.errors.invalid").transform((v) => v === "1"),
  councilName: z.string().trim().min(2, "forms.errors.required").max(120, "forms.errors.tooLong"),
  councilEmails: z
    .string()
    .max(2000, "forms.errors.tooLong")
    .transform((v) => v.split(/[\s,;]+/).filter(Boolean))
    .refine((list) => list.every((e) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e)), "ideas.errors.councilEmails"),
});

export type ProcessSettings = z.infer<typeof processSettingsSchema>;

export const DEFAULT_SETTINGS = {
  threshold: 100,
  supportDays: 90,
  responseDays: 42,
  countAfterThreshold: true,
};
