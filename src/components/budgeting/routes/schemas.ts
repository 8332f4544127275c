// One zod schema per form. Messages are catalog keys; numbers arrive as text from forms.
import { z } from "zod";
import { singleLineText } from "../../../core/http/text-rules";
import { parseAmount } from "../../../core/i18n/amount";
import { METHODS } from "../commands/process-method";
import { BALLOT_TYPES } from "../domain/ballot-rules";
import { MAX_AMOUNT } from "../domain/amounts";

const wholeText = (max: number, tooBig = "budgeting.errors.tooBig") =>
  z
    .string()
    .trim()
    .regex(/^\d{1,13}$/, "budgeting.errors.wholeNumber")
    .transform(Number)
    .pipe(z.number().max(max, tooBig));
/**
 * A budget or a cost: whole currency units from 0 to MAX_AMOUNT (domain/amounts.ts), typed any way
 * parseAmount understands ("40.000", "€ 40.000,-").
 */
const amountText = () =>
  z
    .string()
    .trim()
    .transform((text, ctx) => {
      const amount = parseAmount(text);
      if (amount === null) ctx.addIssue({ code: "custom", message: "amounts.errors.notAmount" });
      else if (!Number.isInteger(amount)) ctx.addIssue({ code: "custom", message: "amounts.errors.cents" });
      return amount ?? 0;
    })
    .pipe(z.number().min(0, "amounts.errors.notAmount").max(MAX_AMOUNT, "budgeting.errors.amountTooBig"));
/** Empty or absent → null. */
const optional = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === undefined || v === "" ? null : v))
    .pipe(z.union([z.null(), schema]));
const optionalWhole = (max: number) => optional(wholeText(max));

export const idParams = z.object({
  id: z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number),
});
export const projectParams = z.object({
  id: z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number),
  projectId: z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number),
});

export const poolParams = z.object({
  id: z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number),
  poolId: z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number),
});

export const settingsSchema = z
  .object({
    title: singleLineText().trim().min(1, "budgeting.errors.titleRequired").max(200, "forms.errors.tooLong"),
    description: z.string().max(10_000, "forms.errors.tooLong").default(""),
    areaId: z
      .string()
      .regex(/^(\d{1,9})?$/, "forms.errors.invalid")
      .default(""),
    budget: amountText(),
    currency: z
      .string()
      .trim()
      .toUpperCase()
      .transform((v) => v || "EUR")
      .pipe(z.string().regex(/^[A-Z]{3}$/, "budgeting.errors.currency"))
      .default("EUR"),
    ballotType: z.enum(BALLOT_TYPES, "forms.errors.invalid"),
    minProjects: optionalWhole(10_000).transform((v) => v ?? 0),
    maxProjects: optionalWhole(10_000),
    pointsTotal: optionalWhole(1_000_000).transform((v) => v ?? 10),
    pointsPerProject: optionalWhole(1_000_000).transform((v) => v ?? 3),
    method: z.enum(METHODS, "forms.errors.invalid"),
    add1Stop: z.enum(["exhaustive", "overspend"], "forms.errors.invalid").default("exhaustive"),
    tieBreak: z.enum(["votes", "id"], "forms.errors.invalid").default("votes"),
    minVotes: optionalWhole(100_000_000),
  })
  .superRefine((s, ctx) => {
    if (s.maxProjects !== null && s.maxProjects < s.minProjects)
      ctx.addIssue({ code: "custom", path: ["maxProjects"], message: "budgeting.errors.maxBelowMin" });
    if (s.ballotType === "approval-minmax" && s.maxProjects === 0)
      ctx.addIssue({ code: "custom", path: ["maxProjects"], message: "budgeting.errors.tooSmall" });
    if (s.ballotType === "cumulative" && s.pointsTotal < 1)
      ctx.addIssue({ code: "custom", path: ["pointsTotal"], message: "budgeting.errors.tooSmall" });
    if (s.ballotType === "cumulative" && (s.pointsPerProject < 1 || s.pointsPerProject > s.pointsTotal)) {
      ctx.addIssue({ code: "custom", path: ["pointsPerProject"], message: "budgeting.errors.pointsPerProject" });
    }
  });

export const proposeSchema = z.object({
  title: singleLineText().trim().min(1, "budgeting.errors.titleRequired").max(120, "forms.errors.tooLong"),
  description: z.string().trim().max(4000, "forms.errors.tooLong").default(""),
  cost: optional(amountText()),
});

export const addProjectSchema = proposeSchema.extend({ cost: amountText() });

export const reviewSchema = z
  .object({
    cost: amountText(),
    status: z.enum(["feasible", "infeasible"], "forms.errors.invalid"),
    reason: z.string().trim().max(2000, "forms.errors.tooLong").default(""),
  })
  .superRefine((r, ctx) => {
    if (r.status === "infeasible" && r.reason === "")
      ctx.addIssue({ code: "custom", path: ["reason"], message: "budgeting.errors.reasonRequired" });
  });

export const phaseSchema = z.object({
  phase: z.enum(["submit", "review", "vote", "results", "implementation"], "forms.errors.invalid"),
  // Required (windows/phase-reason.ts) when the process has a time plan: a change by hand is logged.
  reason: singleLineText().trim().max(500, "forms.errors.tooLong").default(""),
});

export const codesSchema = z.object({
  count: wholeText(10_000).pipe(z.number().min(1, "budgeting.errors.tooSmall")),
  /** The area of the addresses (a pool's area), or "" for none. */
  areaId: z
    .string()
    .regex(/^(\d{1,9})?$/, "forms.errors.invalid")
    .default(""),
});

export const updateSchema = z.object({
  projectId: z
    .string()
    .regex(/^(\d{1,9})?$/, "forms.errors.invalid")
    .default(""),
  body: z.string().trim().min(1, "forms.errors.required").max(4000, "forms.errors.tooLong"),
});

export const importSchema = z.object({
  title: singleLineText().trim().max(200, "forms.errors.tooLong").default(""),
  method: z.union([z.literal(""), z.enum(METHODS)], "forms.errors.invalid").default(""),
  pb: z.string().min(1, "budgeting.errors.pbRequired"),
});

/** An amount or nothing ("" = no limit), with the amount's own messages (a union would hide them). */
const optionalAmount = () =>
  z
    .string()
    .trim()
    .default("")
    .transform((text, ctx) => {
      if (text === "") return null;
      const amount = parseAmount(text);
      if (amount === null) ctx.addIssue({ code: "custom", message: "amounts.errors.notAmount" });
      else if (!Number.isInteger(amount)) ctx.addIssue({ code: "custom", message: "amounts.errors.cents" });
      else if (amount < 0) ctx.addIssue({ code: "custom", message: "amounts.errors.notAmount" });
      else if (amount > MAX_AMOUNT) ctx.addIssue({ code: "custom", message: "budgeting.errors.amountTooBig" });
      return amount;
    });

/** Ballot limits of a pool; whether they fit together is the domain's check (domain/ballot-limits.ts). */
const limitsShape = {
  title: singleLineText().trim().max(120, "forms.errors.tooLong").default(""),
  limitMinProjects: optionalWhole(10_000),
  limitMaxProjects: optionalWhole(10_000),
  limitMinCost: optionalAmount(),
  limitMaxCost: optionalAmount(),
  categoryLimits: z.string().max(5_000, "forms.errors.tooLong").default(""),
};

/** The main pool: its budget and rule are the process's settings, so only a title and limits. */
export const mainPoolSchema = z.object(limitsShape);

/** Another pool: its area, budget and rule as in the process settings, and its limits. */
export const poolSchema = z
  .object({
    ...limitsShape,
    areaId: z.string().regex(/^\d{1,9}$/, "budgeting.pools.errors.areaRequired"),
    budget: amountText(),
    ballotType: z.enum(BALLOT_TYPES, "forms.errors.invalid"),
    minProjects: optionalWhole(10_000).transform((v) => v ?? 0),
    maxProjects: optionalWhole(10_000),
    pointsTotal: optionalWhole(1_000_000).transform((v) => v ?? 10),
    pointsPerProject: optionalWhole(1_000_000).transform((v) => v ?? 3),
    method: z.enum(METHODS, "forms.errors.invalid"),
    add1Stop: z.enum(["exhaustive", "overspend"], "forms.errors.invalid").default("exhaustive"),
    tieBreak: z.enum(["votes", "id"], "forms.errors.invalid").default("votes"),
    minVotes: optionalWhole(100_000_000),
  })
  .superRefine((s, ctx) => {
    if (s.maxProjects !== null && s.maxProjects < s.minProjects)
      ctx.addIssue({ code: "custom", path: ["maxProjects"], message: "budgeting.errors.maxBelowMin" });
    if (s.ballotType === "approval-minmax" && s.maxProjects === 0)
      ctx.addIssue({ code: "custom", path: ["maxProjects"], message: "budgeting.errors.tooSmall" });
    if (s.ballotType === "cumulative" && s.pointsTotal < 1)
      ctx.addIssue({ code: "custom", path: ["pointsTotal"], message: "budgeting.errors.tooSmall" });
    if (s.ballotType === "cumulative" && (s.pointsPerProject < 1 || s.pointsPerProject > s.pointsTotal))
      ctx.addIssue({ code: "custom", path: ["pointsPerProject"], message: "budgeting.errors.pointsPerProject" });
  });
