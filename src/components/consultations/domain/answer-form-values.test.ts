import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answerFormValues } from "./answer-form-values";
import { parseAnswer } from "./parse-answer";
import type { AnswerValue, Question } from "./questions";
import { AREAS, area, grid, longText, multiple, number, ranking, scale, shortText, single } from "./test-questions";

const roundTrip = (q: Question, value: AnswerValue) => parseAnswer(q, answerFormValues(q, value), AREAS);

describe("a saved answer shown in its form again", () => {
  it("reads back as the same answer, for every type", () => {
    const cases: [Question, AnswerValue][] = [
      [single(), 2],
      [multiple(), [0, 3]],
      [scale(), 5],
      [number(), 2.5],
      [shortText(), "Dorpsstraat"],
      [longText(), "Meer bomen.\nMinder auto's."],
      [ranking(), [2, 0, 1]],
      [grid(), [1, null]],
      [area(), { area: 12 }],
      [area(), { postcode: "1012" }],
    ];
    for (const [q, value] of cases) expect(roundTrip(q, value), q.type).toEqual({ value, errors: [] });
  });

  it("shows no answer as empty fields", () => {
    expect(answerFormValues(single(), undefined)).toEqual({});
  });

  it("round-trips every ranking and every grid (property)", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([0, 1, 2], { minLength: 3, maxLength: 3 }), (order) => {
        expect(roundTrip(ranking(), order).value).toEqual(order);
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 1 }), { nil: null }), { minLength: 2, maxLength: 2 }),
        (rows) => {
          const expected = rows.every((r) => r === null) ? undefined : rows;
          expect(roundTrip(grid(), rows).value).toEqual(expected);
        },
      ),
    );
  });
});
