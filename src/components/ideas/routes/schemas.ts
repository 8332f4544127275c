// One zod schema per form and query. Messages are catalog keys; form values arrive as strings.
import { z } from "zod";
import { singleLineText } from "../../../core/http/text-rules";
import { CATEGORIES } from "../domain/categories";
import { meetingDateAllowed } from "../domain/meeting-dates";
import { ANSWER_KINDS, IDEA_STATES } from "../domain/states";
import { SORTS } from "../store/ideas";

const id = z.coerce.number().int().positive().max(2_147_483_647);
export const ideaParams = z.object({ id });
export const commentParams = z.object({ id, commentId: id });
export const reportParams = z.object({ reportId: id });

const markdownText = (min: number, max: number, shortKey: string) =>
  z.string().trim().min(min, shortKey).max(max, "ideas.errors.textLong");

export const ideaForm = z.object({
  title: singleLineText().trim().min(5, "ideas.errors.titleShort").max(120, "ideas.errors.titleLong"),
  body: markdownText(20, 5000, "ideas.errors.bodyShort"),
  areaId: z.coerce.number({ error: "ideas.errors.area" }).int("ideas.errors.area").positive("ideas.errors.area"),
  category: z
    .union([z.literal(""), z.enum(CATEGORIES, "forms.errors.invalid")])
    .default("")
    .transform((v) => (v === "" ? null : v)),
});

export const commentForm = z.object({
  body: markdownText(2, 2000, "ideas.errors.commentShort"),
  parentId: z
    .union([z.literal(""), id])
    .default("")
    .transform((v) => (v === "" ? null : v)),
});
export const commentEditForm = z.object({ body: markdownText(2, 2000, "ideas.errors.commentShort") });

export const reportForm = z.object({
  reason: z.string().trim().min(5, "ideas.errors.reasonShort").max(1000, "ideas.errors.textLong"),
});
export const hideForm = z.object({
  publicReason: z.string().trim().min(5, "ideas.errors.reasonShort").max(500, "ideas.errors.textLong"),
});

const isRealDate = (v: string) => {
  const d = new Date(`${v}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
};

/** The meeting date: a real date, and not in the past (today is fine), see domain/meeting-dates.ts. */
export const scheduleForm = (now: Date) =>
  z.object({
    meetingDate: z
      .string()
      .refine(isRealDate, "ideas.errors.date")
      // Only a real date can be in the past: one message per field.
      .refine((v) => !isRealDate(v) || meetingDateAllowed(v, now), "ideas.errors.meetingPast"),
  });
export const answerForm = z.object({
  kind: z.enum(ANSWER_KINDS, "ideas.errors.answerKind"),
  text: markdownText(20, 10_000, "ideas.errors.answerShort"),
});
export const updateForm = z.object({ text: markdownText(5, 5000, "ideas.errors.updateShort") });
export const advanceForm = z.object({ action: z.enum(["start", "complete"], "forms.errors.invalid") });

const pageNumber = z.coerce.number().int().min(1).max(10_000).default(1);
export const listQuery = z.object({
  gebied: z
    .union([z.literal(""), id])
    .optional()
    .transform((v) => (v ? v : undefined)),
  status: z
    .union([z.literal(""), z.enum(IDEA_STATES.filter((s) => s !== "draft") as [string, ...string[]])])
    .optional()
    .transform((v) => v || undefined),
  categorie: z
    .union([z.literal(""), z.enum(CATEGORIES)])
    .optional()
    .transform((v) => v || undefined),
  sortering: z.enum(SORTS).optional(),
  zoek: z
    .string()
    .max(200)
    .optional()
    .transform((v) => v?.trim() || undefined),
  pagina: pageNumber,
});
