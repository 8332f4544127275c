// The question types a survey can hold, as plain data. Choices, grid rows and ranking items are
// answered by their position (0-based index): once a survey has answers its structure is frozen
// (see survey-lock.ts), so a position always means the same choice.

export const QUESTION_TYPES = [
  "single",
  "multiple",
  "scale",
  "number",
  "shortText",
  "longText",
  "ranking",
  "grid",
  "area",
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Show this question only when an earlier question's answer includes this choice (or scale value). */
export interface Condition {
  questionId: number;
  /** A choice index for single/multiple choice; the value itself for a scale. */
  value: number;
}

interface QuestionBase {
  id: number;
  label: string;
  help: string;
  required: boolean;
  condition: Condition | null;
}

export interface SingleChoiceQuestion extends QuestionBase {
  type: "single";
  choices: string[];
}
export interface MultipleChoiceQuestion extends QuestionBase {
  type: "multiple";
  choices: string[];
  /** At most this many choices; null: no maximum. */
  max: number | null;
}
export interface ScaleQuestion extends QuestionBase {
  type: "scale";
  min: number;
  max: number;
  minLabel: string;
  maxLabel: string;
}
export interface NumberQuestion extends QuestionBase {
  type: "number";
  min: number | null;
  max: number | null;
}
export interface TextQuestion extends QuestionBase {
  type: "shortText" | "longText";
}
export interface RankingQuestion extends QuestionBase {
  type: "ranking";
  choices: string[];
}
export interface GridQuestion extends QuestionBase {
  type: "grid";
  rows: string[];
  choices: string[];
}
export interface AreaQuestion extends QuestionBase {
  type: "area";
  /** Also offer a postcode field; only its four digits are kept (see parse-answer.ts). */
  allowPostcode: boolean;
}

export type Question =
  | SingleChoiceQuestion
  | MultipleChoiceQuestion
  | ScaleQuestion
  | NumberQuestion
  | TextQuestion
  | RankingQuestion
  | GridQuestion
  | AreaQuestion;

/** A survey's questions, page by page, in the order residents see them. */
export interface SurveyPage {
  id: number;
  title: string;
  questions: Question[];
}

/** The typed answer of one question, as stored (JSON) and counted. */
export type AreaAnswer = { area: number } | { postcode: string };
export type AnswerValue = number | number[] | string | (number | null)[] | AreaAnswer;
export type Answers = ReadonlyMap<number, AnswerValue>;

/** Limits that protect storage and the results page; the forms state them in their hints. */
export const LIMITS = {
  shortText: 200,
  longText: 5000,
  choices: 30,
  gridRows: 20,
  label: 300,
  help: 1000,
  choiceLabel: 200,
  scaleSteps: 11,
} as const;

/** The form field name of a question; ranking and grid add a part (item or row index). */
export function fieldName(questionId: number, part?: number | "postcode"): string {
  return part === undefined ? `q${questionId}` : `q${questionId}-${part}`;
}

/** The values a scale offers, lowest first. */
export function scaleValues(q: Pick<ScaleQuestion, "min" | "max">): number[] {
  const values: number[] = [];
  for (let v = q.min; v <= q.max; v++) values.push(v);
  return values;
}

export function allQuestions(pages: readonly SurveyPage[]): Question[] {
  return pages.flatMap((p) => p.questions);
}
