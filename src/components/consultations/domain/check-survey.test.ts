import { describe, expect, it } from "vitest";
import { checkCondition, checkQuestion } from "./check-survey";
import type { Question } from "./questions";
import { grid, multiple, number, page, ranking, scale, shortText, single } from "./test-questions";

const alone = (q: Question) => checkQuestion([page(1, q)], 0, q).map((e) => [e.field, e.key.split(".").at(-1)]);
const with_ = (q: Question, change: Record<string, unknown>) => alone({ ...q, ...change } as Question);

describe("checking a question the staff built", () => {
  it("accepts every example question", () => {
    for (const q of [single(), multiple(), scale(), number(), ranking(), grid(), shortText()])
      expect(alone(q)).toEqual([]);
  });

  it("needs a label within its limit and a help text within its limit", () => {
    expect(with_(single(), { label: "  " })).toEqual([["label", "labelRequired"]]);
    expect(with_(single(), { label: "a".repeat(301) })).toEqual([["label", "tooLong"]]);
    expect(with_(single(), { help: "a".repeat(1001) })).toEqual([["help", "tooLong"]]);
  });

  it("needs two to thirty distinct, non-empty choices", () => {
    expect(with_(single(), { choices: ["Only"] })).toEqual([["choices", "tooFewLines"]]);
    expect(with_(ranking(), { choices: Array.from({ length: 31 }, (_, i) => `c${i}`) })).toEqual([
      ["choices", "tooManyLines"],
    ]);
    expect(with_(single(), { choices: ["Yes", ""] })).toEqual([["choices", "emptyLine"]]);
    expect(with_(single(), { choices: ["Yes", "yes "] })).toEqual([["choices", "duplicateLine"]]);
    expect(with_(single(), { choices: ["Yes", "a".repeat(201)] })).toEqual([["choices", "lineTooLong"]]);
  });

  it("keeps a multiple-choice maximum between 1 and the number of choices", () => {
    expect(with_(multiple(), { max: 4 })).toEqual([]);
    for (const max of [0, 5, 1.5]) expect(with_(multiple(), { max })).toEqual([["max", "maxChoices"]]);
  });

  it("needs grid rows as well as choices", () => {
    expect(with_(grid(), { rows: [] })).toEqual([["rows", "tooFewLines"]]);
    expect(with_(grid(), { choices: ["Safe"] })).toEqual([["choices", "tooFewLines"]]);
  });

  it("keeps a scale from 0 or 1 with 2 to 11 steps", () => {
    expect(with_(scale(), { min: 0, max: 10 })).toEqual([]);
    expect(with_(scale(), { min: 2 })).toEqual([["min", "scaleStart"]]);
    expect(with_(scale(), { max: 1 })).toEqual([["max", "scaleEnd"]]);
    expect(with_(scale(), { max: 12 })).toEqual([["max", "scaleEnd"]]);
    expect(with_(scale(), { minLabel: "a".repeat(201) })).toEqual([["minLabel", "lineTooLong"]]);
  });

  it("keeps a number's minimum at or below its maximum", () => {
    expect(alone(number(4, 5, 5))).toEqual([]);
    expect(alone(number(4, 6, 5))).toEqual([["max", "minAboveMax"]]);
    expect(alone(number(4, null, -5))).toEqual([]);
  });
});

describe("conditions the staff set", () => {
  const pages = [page(1, single(1), scale(3), shortText(5)), page(2, multiple(2))];
  const on = (pageIndex: number, questionId: number, value: number) =>
    checkCondition(pages, pageIndex, { ...shortText(9), condition: { questionId, value } }).map((e) =>
      e.key.split(".").at(-1),
    );

  it("must point at a choice or scale question on an earlier page", () => {
    expect(on(1, 1, 2)).toEqual([]);
    expect(on(1, 3, 5)).toEqual([]);
    expect(on(2, 2, 3)).toEqual([]);
    expect(on(0, 1, 0)).toEqual(["conditionEarlierPage"]);
    expect(on(1, 2, 0)).toEqual(["conditionEarlierPage"]);
    expect(on(1, 5, 0)).toEqual(["conditionType"]);
    expect(on(1, 404, 0)).toEqual(["conditionEarlierPage"]);
  });

  it("must name a choice or value that exists", () => {
    expect(on(1, 1, 3)).toEqual(["conditionValue"]);
    expect(on(1, 1, -1)).toEqual(["conditionValue"]);
    expect(on(1, 3, 0)).toEqual(["conditionValue"]);
    expect(on(1, 3, 6)).toEqual(["conditionValue"]);
  });
});
