// A saved answer → the form fields that show it again (the inverse of parse-answer.ts), so a
// resident who returns, or goes back a page, sees what they answered and can change it.
import { fieldName, type AnswerValue, type Question } from "./questions";

export function answerFormValues(q: Question, value: AnswerValue | undefined): Record<string, string | string[]> {
  if (value === undefined) return {};
  const name = fieldName(q.id);
  switch (q.type) {
    case "single":
    case "scale":
      return { [name]: String(value) };
    case "number":
      // Shown as typed in Dutch and English alike: parse-answer reads either decimal mark.
      return { [name]: String(value) };
    case "multiple":
      return { [name]: (value as number[]).map(String) };
    case "shortText":
    case "longText":
      return { [name]: value as string };
    case "ranking": {
      const order = value as number[];
      return Object.fromEntries(order.map((item, place) => [fieldName(q.id, item), String(place + 1)]));
    }
    case "grid":
      return Object.fromEntries(
        (value as (number | null)[]).flatMap((v, row) => (v === null ? [] : [[fieldName(q.id, row), String(v)]])),
      );
    case "area": {
      const a = value as { area?: number; postcode?: string };
      return a.area !== undefined ? { [name]: String(a.area) } : { [fieldName(q.id, "postcode")]: a.postcode ?? "" };
    }
  }
}
