import { describe, expect, it } from "vitest";
import { brokenConditions } from "./check-survey";
import { QUESTION_TYPES, type Question } from "./questions";
import { lines, parseConditionValue, questionFromForm, questionValues } from "./question-form";
import { area, grid, longText, multiple, number, page, ranking, scale, shortText, single } from "./test-questions";

const pages = [page(1, single(1), scale(3)), page(2)];
const keys = (r: ReturnType<typeof questionFromForm>) =>
  r.ok ? [] : r.errors.map((e) => [e.field, e.key.split(".").at(-1)]);

describe("the builder's question form", () => {
  it("reads choices one per line, dropping blank lines", () => {
    expect(lines(" Ja \r\n\r\nNee\n")).toEqual(["Ja", "Nee"]);
    const r = questionFromForm(
      "single",
      { label: "Parkeert u hier?", choices: "Ja\n\nNee", required: "1" },
      0,
      pages,
      1,
    );
    expect(r).toEqual({
      ok: true,
      question: {
        id: 0,
        type: "single",
        label: "Parkeert u hier?",
        help: "",
        required: true,
        condition: null,
        choices: ["Ja", "Nee"],
      },
    });
  });

  it("round-trips every example question through its form values", () => {
    for (const q of [single(), multiple(), scale(), number(), shortText(), longText(), ranking(), grid(), area()]) {
      const r = questionFromForm(q.type, questionValues(q), q.id, [page(1, q)], 0);
      expect(r).toEqual({ ok: true, question: q });
    }
  });

  it("offers every question type", () => {
    expect(QUESTION_TYPES).toHaveLength(9);
  });

  it("reads a condition from the select, on a later page only", () => {
    expect(parseConditionValue("1:0")).toEqual({ questionId: 1, value: 0 });
    expect(parseConditionValue("")).toBeNull();
    for (const bad of ["1", "a:b", "0:1", "1:-1", "1:0;2:1"]) expect(parseConditionValue(bad)).toBe("invalid");
    const on = (condition: string, pageIndex: number) =>
      questionFromForm("shortText", { label: "Waarom?", condition }, 0, pages, pageIndex);
    expect(on("1:1", 1).ok).toBe(true);
    expect(keys(on("1:1", 0))).toEqual([["condition", "conditionEarlierPage"]]);
    expect(keys(on("x", 1))).toEqual([["condition", "conditionValue"]]);
    expect(keys(on("3:9", 1))).toEqual([["condition", "conditionValue"]]);
  });

  it("refuses numbers that are not whole and reports every field at once", () => {
    const r = questionFromForm("number", { label: "", min: "1,5", max: "x" }, 0, pages, 0);
    expect(keys(r)).toEqual([
      ["min", "wholeNumber"],
      ["max", "wholeNumber"],
      ["label", "labelRequired"],
    ]);
    expect(keys(questionFromForm("multiple", { label: "Hoe?", choices: "A\nB", max: "3" }, 0, pages, 0))).toEqual([
      ["max", "maxChoices"],
    ]);
    expect(keys(questionFromForm("grid", { label: "Hoe?", choices: "A\nB" }, 0, pages, 0))).toEqual([
      ["rows", "tooFewLines"],
    ]);
  });
});

describe("conditions after moving or deleting questions", () => {
  it("names the questions whose condition would break", () => {
    const dependent: Question = { ...shortText(5), condition: { questionId: 1, value: 0 } };
    expect(brokenConditions([page(1, single(1)), page(2, dependent)])).toEqual([]);
    expect(brokenConditions([page(1, single(1), dependent)])).toEqual([5]);
    expect(brokenConditions([page(2, dependent), page(1, single(1))])).toEqual([5]);
    expect(brokenConditions([page(1), page(2, dependent)])).toEqual([5]);
  });
});
