import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AnswerValue } from "./questions";
import { percent, questionResult, surveyResults } from "./results";
import { area, grid, longText, multiple, number, ranking, scale, shortText, single } from "./test-questions";

const counts = (r: { options: { count: number; percent: number }[] }) => r.options.map((o) => [o.count, o.percent]);

describe("results per question", () => {
  it("rounds percentages to one decimal, of those who answered", () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(0, 0)).toBe(0);
    expect(percent(7, 7)).toBe(100);
  });

  it("counts single choices, leaving out those who did not answer", () => {
    const r = questionResult(single(), [0, 0, 2, undefined]);
    expect(r).toMatchObject({ type: "single", questionId: 1, answered: 3 });
    expect(r.type === "single" && counts(r)).toEqual([
      [2, 66.7],
      [0, 0],
      [1, 33.3],
    ]);
  });

  it("counts multiple choices per choice, so percentages may add up past 100", () => {
    const r = questionResult(multiple(), [[0, 1], [1], [1, 3]]);
    expect(r.type === "multiple" && counts(r)).toEqual([
      [1, 33.3],
      [3, 100],
      [0, 0],
      [1, 33.3],
    ]);
  });

  it("counts every scale value, including those nobody chose", () => {
    const r = questionResult(scale(), [1, 5, 5]);
    expect(r.type === "scale" && r.options.map((o) => [o.key, o.count])).toEqual([
      [1, 1],
      [2, 0],
      [3, 0],
      [4, 0],
      [5, 2],
    ]);
  });

  it("summarises numbers: mean, median, lowest, highest", () => {
    expect(questionResult(number(), [1, 2, 10, undefined])).toEqual({
      type: "number",
      questionId: 4,
      answered: 3,
      mean: 4.33,
      median: 2,
      min: 1,
      max: 10,
    });
    expect(questionResult(number(), [4, 1])).toMatchObject({ median: 2.5 });
    expect(questionResult(number(), [])).toMatchObject({ answered: 0, mean: null, median: null, min: null, max: null });
  });

  it("counts open answers without quoting them", () => {
    expect(questionResult(shortText(), ["a", undefined, "b"])).toEqual({
      type: "shortText",
      questionId: 5,
      answered: 2,
      openAnswers: 2,
    });
    expect(questionResult(longText(), [])).toMatchObject({ openAnswers: 0 });
  });

  it("gives each ranked item its mean position, 1 being first", () => {
    const r = questionResult(ranking(), [
      [2, 0, 1],
      [0, 2, 1],
      [2, 1, 0],
    ]);
    expect(r.type === "ranking" && r.items).toEqual([
      { key: 0, meanPosition: 2 },
      { key: 1, meanPosition: 2.67 },
      { key: 2, meanPosition: 1.33 },
    ]);
    const none = questionResult(ranking(), []);
    expect(none.type === "ranking" && none.items.map((i) => i.meanPosition)).toEqual([null, null, null]);
  });

  it("counts a grid row by row, of those who answered that row", () => {
    const r = questionResult(grid(), [
      [0, 1],
      [0, null],
      [1, 1],
    ]);
    expect(r.type === "grid" && r.rows.map((row) => [row.answered, counts(row)])).toEqual([
      [
        3,
        [
          [2, 66.7],
          [1, 33.3],
        ],
      ],
      [
        2,
        [
          [0, 0],
          [2, 100],
        ],
      ],
    ]);
  });

  it("counts areas (all offered ones) and postcodes apart", () => {
    const r = questionResult(
      area(),
      [{ area: 11 }, { postcode: "1012" }, { area: 11 }, { postcode: "1011" }],
      [11, 12],
    );
    expect(r.type === "area" && r.areas.map((o) => [o.key, o.count, o.percent])).toEqual([
      [11, 2, 50],
      [12, 0, 0],
    ]);
    expect(r.type === "area" && r.postcodes.map((o) => [o.key, o.count])).toEqual([
      ["1011", 1],
      ["1012", 1],
    ]);
  });
});

describe("results of a survey", () => {
  it("counts respondents and every question", () => {
    const responses = [new Map<number, AnswerValue>([[1, 0]]), new Map<number, AnswerValue>([[4, 3]])];
    const r = surveyResults([single(), number()], responses);
    expect(r.respondents).toBe(2);
    expect(r.questions.map((q) => [q.questionId, q.answered])).toEqual([
      [1, 1],
      [4, 1],
    ]);
  });

  it("never loses or invents a single-choice answer (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined })), (given) => {
        const r = questionResult(single(), given);
        if (r.type !== "single") return false;
        const answered = given.filter((g) => g !== undefined).length;
        return r.answered === answered && r.options.reduce((a, o) => a + o.count, 0) === answered;
      }),
    );
  });
});
