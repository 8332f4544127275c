import { describe, expect, it } from "vitest";
import type { SurveyPage } from "./questions";
import { questionFields, validatePage, validateSurvey } from "./validate-page";
import { AREAS, area, grid, number, page, ranking, required, shortText, single } from "./test-questions";

const first: SurveyPage = page(1, required(single(1)), number(4), required(grid(8)), shortText(5));
const none = new Map();

describe("one page of answers", () => {
  it("returns the typed answers of a valid page", () => {
    const r = validatePage(first, { q1: "0", q4: "3", "q8-0": "0", "q8-1": "1", q5: "" }, AREAS, none);
    expect(r.errors).toEqual([]);
    expect([...r.answers]).toEqual([
      [1, 0],
      [4, 3],
      [8, [0, 1]],
    ]);
  });

  it("gives an error per field, and keeps what was typed", () => {
    const form = { q1: "", q4: "twee", "q8-0": "0", q5: "Dorpsstraat", other: "ignored", "q8-1": ["x", 3] };
    const r = validatePage(first, form, AREAS, none);
    expect(r.errors.map((e) => [e.field, e.key])).toEqual([
      ["q1", "consultations.answer.required"],
      ["q4", "consultations.answer.notANumber"],
      ["q8-1", "consultations.answer.notAChoice"],
    ]);
    expect(r.kept).toEqual({ q1: "", q4: "twee", "q8-0": "0", "q8-1": ["x"], q5: "Dorpsstraat" });
    // The valid answers of the page survive, so "save and continue later" loses nothing.
    expect([...r.answers]).toEqual([[5, "Dorpsstraat"]]);
  });

  it("names each unanswered row of a required grid", () => {
    const r = validatePage(page(1, required(grid(8))), { "q8-1": "1" }, AREAS, none);
    expect(r.errors).toEqual([{ field: "q8-0", key: "consultations.answer.required" }]);
    const empty = validatePage(page(1, required(grid(8))), {}, AREAS, none);
    expect(empty.errors.map((e) => e.field)).toEqual(["q8-0", "q8-1"]);
  });

  it("lets optional questions be skipped", () => {
    const r = validatePage(page(1, number(4), ranking(7), area(9)), {}, AREAS, none);
    expect(r.errors).toEqual([]);
    expect(r.answers.size).toBe(0);
  });

  it("does not ask a question whose condition earlier answers did not meet", () => {
    const conditional = page(2, { ...required(shortText(5)), condition: { questionId: 1, value: 0 } });
    expect(validatePage(conditional, {}, AREAS, new Map([[1, 1]])).errors).toEqual([]);
    expect(validatePage(conditional, { q5: "sneaked in" }, AREAS, new Map([[1, 1]])).answers.size).toBe(0);
    expect(validatePage(conditional, {}, AREAS, new Map([[1, 0]])).errors.map((e) => e.field)).toEqual(["q5"]);
  });

  it("knows every field a question owns", () => {
    expect(questionFields(ranking(7))).toEqual(["q7-0", "q7-1", "q7-2"]);
    expect(questionFields(grid(8))).toEqual(["q8-0", "q8-1"]);
    expect(questionFields(area(9))).toEqual(["q9", "q9-postcode"]);
    expect(questionFields(area(9, false))).toEqual(["q9"]);
    expect(questionFields(single(1))).toEqual(["q1"]);
  });
});

describe("a whole survey on one form (paper entry)", () => {
  const why = { ...required(shortText(5)), condition: { questionId: 1, value: 0 } };
  const pages = [page(1, required(single(1)), number(4)), page(2, why, area(9))];

  it("lets an answer on an earlier page decide a later page's condition", () => {
    const often = validateSurvey(pages, { q1: "0" }, AREAS);
    expect(often.errors).toEqual([{ field: "q5", key: "consultations.answer.required" }]);
    const never = validateSurvey(pages, { q1: "1", q5: "typed anyway", q9: "11" }, AREAS);
    expect(never.errors).toEqual([]);
    // The hidden question's answer is dropped, but kept as typed for the form.
    expect([...never.answers]).toEqual([
      [1, 1],
      [9, { area: 11 }],
    ]);
    expect(never.kept).toMatchObject({ q1: "1", q5: "typed anyway", q9: "11" });
  });

  it("gathers the errors of every page with what was typed", () => {
    const r = validateSurvey(pages, { q1: "", q4: "veel", "q9-postcode": "12" }, AREAS);
    expect(r.errors.map((e) => e.field)).toEqual(["q1", "q4", "q9-postcode"]);
    expect(r.kept).toMatchObject({ q4: "veel", "q9-postcode": "12" });
  });
});
