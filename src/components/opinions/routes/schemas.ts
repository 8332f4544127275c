// One zod schema per form or route parameter set. Messages are catalog keys.
import { z } from "zod";
import { singleLineText } from "../../../core/http/text-rules";
import { isCalendarDate } from "./local-dates";

const id = z.coerce.number().int().positive().max(2_147_483_647);

export const conversationParams = z.object({ id });
export const statementParams = z.object({ id, statementId: id });
export const exportParams = z.object({
  id,
  file: z.enum(["comments.csv", "votes.csv", "participants-votes.csv", "summary.csv"]),
});

export const voteForm = z.object({
  statement: id,
  vote: z.enum(["agree", "disagree", "pass"]),
  terug: z.enum(["antwoorden"]).optional(),
});

export const STATEMENT_MAX = 300;

export const statementForm = z.object({
  text: z
    .string()
    .trim()
    .min(5, "opinions.errors.statementTooShort")
    .max(STATEMENT_MAX, "opinions.errors.statementTooLong"),
});

const date = z.string().trim().refine(isCalendarDate, "opinions.errors.date");

export const conversationForm = z
  .object({
    topic: singleLineText().trim().min(3, "opinions.errors.topicRequired").max(200, "forms.errors.tooLong"),
    introduction: z.string().trim().max(4000, "forms.errors.tooLong").default(""),
    statementMode: z.enum(["none", "direct", "moderated"], "forms.errors.invalid"),
    participation: z.enum(["account", "anonymous"], "forms.errors.invalid"),
    opensOn: date,
    closesOn: z.union([z.literal(""), date]).default(""),
    seeds: z
      .string()
      .max(30_000, "forms.errors.tooLong")
      .default("")
      .refine(
        (text) => text.split(/\r?\n/).every((line) => line.trim().length <= STATEMENT_MAX),
        "opinions.errors.seedTooLong",
      ),
  })
  .refine((f) => f.closesOn === "" || f.closesOn >= f.opensOn, {
    path: ["closesOn"],
    message: "opinions.errors.closesBeforeOpens",
  });

export const rejectForm = z.object({
  reason: z.string().trim().min(3, "opinions.errors.reasonRequired").max(500, "forms.errors.tooLong"),
});

const csvText = z.string().max(250_000, "forms.errors.tooLong");

export const importForm = z.object({
  topic: singleLineText().trim().max(200, "forms.errors.tooLong").default(""),
  comments: csvText.trim().min(1, "opinions.errors.csvRequired"),
  votes: csvText.trim().min(1, "opinions.errors.csvRequired"),
  participantsVotes: csvText.default(""),
  summary: csvText.default(""),
});
