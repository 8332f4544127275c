// The staff form for a poll: one question, its choices one per line, when residents see the
// results, whether it is on the home page and whether residents see it at all. Pure: the form's
// values in, a poll or an error per field out.
import { z } from "zod";
import type { PollResults } from "../store/page-tables";

export const MIN_CHOICES = 2;
export const MAX_CHOICES = 10;
export const MAX_CHOICE_LENGTH = 100;

export interface PollInput {
  question: string;
  choices: string[];
  results: PollResults;
  onHome: boolean;
  published: boolean;
}

export const pollSchema = z.object({
  question: z.string().trim().min(3, "consultations.polls.errors.questionShort").max(200, "forms.errors.tooLong"),
  choices: z.string().max(MAX_CHOICES * (MAX_CHOICE_LENGTH + 2), "forms.errors.tooLong"),
  results: z.enum(["afterVote", "afterClose"], "forms.errors.invalid"),
  onHome: z.enum(["0", "1"], "forms.errors.invalid").transform((v) => v === "1"),
  published: z.enum(["0", "1"], "forms.errors.invalid").transform((v) => v === "1"),
});

export type ChoicesCheck = { ok: true; choices: string[] } | { ok: false; key: string };

/** The choices field: one per line, blank lines skipped, 2 to 10, each at most 100 characters, no doubles. */
export function parseChoices(text: string): ChoicesCheck {
  const choices = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (choices.length < MIN_CHOICES) return { ok: false, key: "consultations.polls.errors.tooFewChoices" };
  if (choices.length > MAX_CHOICES) return { ok: false, key: "consultations.polls.errors.tooManyChoices" };
  if (choices.some((c) => [...c].length > MAX_CHOICE_LENGTH))
    return { ok: false, key: "consultations.polls.errors.choiceTooLong" };
  const lower = choices.map((c) => c.toLocaleLowerCase("nl"));
  if (new Set(lower).size !== lower.length) return { ok: false, key: "consultations.polls.errors.doubleChoice" };
  return { ok: true, choices };
}

/**
 * Once anyone voted, a vote means "the choice at this place": the number of choices is fixed and
 * only their texts may change (a typo), as with survey questions (domain/survey-lock.ts).
 */
export function choicesChangeAllowed(before: readonly string[], after: readonly string[], votes: number): boolean {
  return votes === 0 || before.length === after.length;
}
