// Moving a question up or down in the builder, across page boundaries: the first question of a
// page moves up to the end of the page before; the last moves down to the start of the next.
import type { SurveyPage } from "./questions";

export type Direction = "up" | "down";

/** The pages after the move, or null when the question cannot move that way (or is not there). */
export function moveQuestion(
  pages: readonly SurveyPage[],
  questionId: number,
  direction: Direction,
): SurveyPage[] | null {
  const result = pages.map((p) => ({ ...p, questions: [...p.questions] }));
  const pi = result.findIndex((p) => p.questions.some((q) => q.id === questionId));
  if (pi < 0) return null;
  const list = result[pi]!.questions;
  const qi = list.findIndex((q) => q.id === questionId);
  const [q] = list.splice(qi, 1);
  if (direction === "up") {
    if (qi > 0) list.splice(qi - 1, 0, q!);
    else if (pi > 0) result[pi - 1]!.questions.push(q!);
    else return null;
  } else if (qi < list.length) list.splice(qi + 1, 0, q!);
  else if (pi < result.length - 1) result[pi + 1]!.questions.unshift(q!);
  else return null;
  return result;
}

/** The pages without one question. */
export function withoutQuestion(pages: readonly SurveyPage[], questionId: number): SurveyPage[] {
  return pages.map((p) => ({ ...p, questions: p.questions.filter((q) => q.id !== questionId) }));
}
