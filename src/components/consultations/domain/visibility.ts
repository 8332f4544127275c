// Simple conditions: "show question B only when A's answer is X". A condition refers to a
// question on an earlier page (check-survey.ts enforces it), so a page can be shown without
// JavaScript once the pages before it are answered. A question whose condition question is
// hidden is hidden too, and answers to hidden questions are dropped.
import type { AnswerValue, Answers, Condition, Question, SurveyPage } from "./questions";

/** Whether an answer meets a condition: the chosen choice, one of the chosen choices, or the scale value. */
export function meets(condition: Condition, answer: AnswerValue | undefined): boolean {
  if (typeof answer === "number") return answer === condition.value;
  if (Array.isArray(answer)) return answer.includes(condition.value);
  return false;
}

/** The ids of the questions a respondent sees, given the answers so far. */
export function visibleQuestionIds(pages: readonly SurveyPage[], answers: Answers): Set<number> {
  const shown = new Set<number>();
  for (const q of pages.flatMap((p) => p.questions)) {
    const c = q.condition;
    if (!c || (shown.has(c.questionId) && meets(c, answers.get(c.questionId)))) shown.add(q.id);
  }
  return shown;
}

/** The pages with at least one question to show, each with only its shown questions. */
export function visiblePages(pages: readonly SurveyPage[], answers: Answers): SurveyPage[] {
  const shown = visibleQuestionIds(pages, answers);
  return pages
    .map((p) => ({ ...p, questions: p.questions.filter((q) => shown.has(q.id)) }))
    .filter((p) => p.questions.length > 0);
}

/** The answers that still count: those of shown questions (a changed earlier answer can hide later ones). */
export function pruneHidden(pages: readonly SurveyPage[], answers: Answers): Map<number, AnswerValue> {
  const shown = visibleQuestionIds(pages, answers);
  return new Map([...answers].filter(([id]) => shown.has(id)));
}

/** Shown, required questions without an answer: a response with any of these cannot be sent. */
export function missingRequired(pages: readonly SurveyPage[], answers: Answers): Question[] {
  const shown = visibleQuestionIds(pages, answers);
  return pages
    .flatMap((p) => p.questions)
    .filter((q) => q.required && shown.has(q.id) && !isComplete(q, answers.get(q.id)));
}

/** A required grid needs every row; every other answer is complete when present. */
export function isComplete(q: Question, answer: AnswerValue | undefined): boolean {
  if (answer === undefined) return false;
  if (q.type === "grid") return Array.isArray(answer) && answer.every((r) => r !== null);
  return true;
}
