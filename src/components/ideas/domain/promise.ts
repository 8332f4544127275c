// The promise every idea states, with its own numbers and dates. Returns catalog keys and
// parameters, so the words stay in the catalogs and the numbers here.
import { isAwaitingAnswer } from "./idea-rules";
import type { IdeaState } from "./states";

export interface PromiseInput {
  state: IdeaState;
  threshold: number;
  councilName: string;
  responseDays: number;
  deadlineAt: string | null;
  dueAt: string | null;
}

export interface PromiseText {
  key: string;
  params: Record<string, string | number>;
}

/** Whole weeks read better ("6 weeks") when the term is a multiple of seven days. */
export function responseTerm(responseDays: number): { key: string; count: number } {
  return responseDays % 7 === 0
    ? { key: "ideas.term.weeks", count: responseDays / 7 }
    : { key: "ideas.term.days", count: responseDays };
}

export function promiseText(
  input: PromiseInput,
  formatDate: (iso: string) => string,
  t: (key: string, params?: Record<string, string | number>) => string,
): PromiseText {
  const term = responseTerm(input.responseDays);
  const termText = t(term.key, { count: term.count });
  const base = { threshold: input.threshold, council: input.councilName, term: termText };
  if (input.state === "draft" || !input.deadlineAt) return { key: "ideas.promise.draft", params: base };
  if (input.state === "open")
    return { key: "ideas.promise.open", params: { ...base, deadline: formatDate(input.deadlineAt) } };
  if (isAwaitingAnswer(input.state) && input.dueAt) {
    return { key: "ideas.promise.forwarded", params: { ...base, due: formatDate(input.dueAt) } };
  }
  return { key: "ideas.promise.general", params: base };
}
