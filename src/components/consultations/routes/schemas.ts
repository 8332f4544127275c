// One zod schema per staff form; rules a schema cannot hold (phases, areas, the contact) are
// checked beside it in the routes, so a form shows all its errors at once.
import { z } from "zod";
import { isDay } from "../domain/timeline";

export const consultationSchema = z.object({
  title: z.string().trim().min(3, "consultations.errors.titleShort").max(120, "forms.errors.tooLong"),
  summary: z.string().trim().min(1, "forms.errors.required").max(300, "forms.errors.tooLong"),
  body: z.string().trim().max(10000, "forms.errors.tooLong"),
  contact: z.string(),
  /** Answers without an account (see answer-rules.ts); a form without the field keeps it off. */
  anonymousAnswers: z
    .enum(["0", "1"], "forms.errors.invalid")
    .default("0")
    .transform((v) => v === "1"),
  // Optional: a form without it (an older form, a script) leaves the stored choice; new ones are drafts.
  published: z
    .enum(["0", "1"], "forms.errors.invalid")
    .optional()
    .transform((v) => (v === undefined ? undefined : v === "1")),
});

export const surveySchema = z.object({
  title: z.string().trim().min(3, "consultations.errors.titleShort").max(120, "forms.errors.tooLong"),
  intro: z.string().trim().max(2000, "forms.errors.tooLong").default(""),
  closesOn: z.string().trim().refine(isDay, "consultations.errors.day"),
  published: z.enum(["0", "1"], "forms.errors.invalid").transform((v) => v === "1"),
});

export const pageSchema = z.object({
  title: z.string().trim().max(120, "forms.errors.tooLong").default(""),
});

/** Hiding an open answer: the reason is kept in the audit log and shown to staff beside it. */
export const hideAnswerSchema = z.object({
  reden: z.string().trim().min(3, "consultations.openAnswers.reasonRequired").max(300, "forms.errors.tooLong"),
});

export const themeSchema = z.object({
  naam: z.string().trim().min(2, "consultations.openAnswers.themeRequired").max(60, "forms.errors.tooLong"),
});

export const resultsPublicSchema = z.object({
  openbaar: z.enum(["0", "1"], "forms.errors.invalid").transform((v) => v === "1"),
});
