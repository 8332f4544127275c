import { describe, expect, it } from "vitest";
import type { AnswerValue } from "./questions";
import { isComplete, meets, missingRequired, pruneHidden, visibleQuestionIds, visiblePages } from "./visibility";
import { grid, longText, multiple, page, required, scale, shortText, single } from "./test-questions";

// Page 1: "Do you park in the street?" (1) and "How do you travel?" (2).
// Page 2: 5 only when 1 = "Yes" (0); 6 only when "Bike" (1) is among 2's answers; 3 always.
// Page 3: the grid 8 only when the scale 3 is 5.
const when = (questionId: number, value: number) => ({ condition: { questionId, value } });
const pages = [
  page(1, single(1), multiple(2)),
  page(2, { ...shortText(5), ...when(1, 0) }, { ...longText(6), ...when(2, 1) }, scale(3)),
  page(3, { ...grid(8), ...when(3, 5) }),
];

const answers = (entries: [number, AnswerValue][]) => new Map(entries);

describe("conditions", () => {
  it("are met by the chosen choice, one of the chosen choices, or the scale value", () => {
    expect(meets({ questionId: 1, value: 0 }, 0)).toBe(true);
    expect(meets({ questionId: 1, value: 0 }, 1)).toBe(false);
    expect(meets({ questionId: 2, value: 1 }, [0, 1])).toBe(true);
    expect(meets({ questionId: 2, value: 1 }, [0, 2])).toBe(false);
    expect(meets({ questionId: 3, value: 5 }, 5)).toBe(true);
    expect(meets({ questionId: 1, value: 0 }, undefined)).toBe(false);
    expect(meets({ questionId: 1, value: 0 }, "0")).toBe(false);
    expect(meets({ questionId: 1, value: 0 }, { area: 0 })).toBe(false);
  });

  it("show a question only when its condition is met", () => {
    expect([...visibleQuestionIds(pages, answers([]))]).toEqual([1, 2, 3]);
    expect([...visibleQuestionIds(pages, answers([[1, 0]]))]).toEqual([1, 2, 5, 3]);
    expect([...visibleQuestionIds(pages, answers([[2, [1, 3]]]))]).toEqual([1, 2, 6, 3]);
    expect([...visibleQuestionIds(pages, answers([[3, 5]]))]).toEqual([1, 2, 3, 8]);
  });

  it("hide a question whose condition question is itself hidden", () => {
    const chain = [page(1, single(1)), page(2, { ...single(2), condition: { questionId: 1, value: 0 } })];
    chain.push(page(3, { ...shortText(3), condition: { questionId: 2, value: 1 } }));
    // 2's answer is left over from before 1 changed to "No": 3 stays hidden.
    expect([
      ...visibleQuestionIds(
        chain,
        answers([
          [1, 1],
          [2, 1],
        ]),
      ),
    ]).toEqual([1]);
    expect([
      ...visibleQuestionIds(
        chain,
        answers([
          [1, 0],
          [2, 1],
        ]),
      ),
    ]).toEqual([1, 2, 3]);
  });

  it("skip pages with nothing to show", () => {
    expect(visiblePages(pages, answers([])).map((p) => p.id)).toEqual([1, 2]);
    expect(visiblePages(pages, answers([[3, 5]])).map((p) => p.id)).toEqual([1, 2, 3]);
    expect(visiblePages(pages, answers([[1, 0]]))[1]!.questions.map((q) => q.id)).toEqual([5, 3]);
  });

  it("drop answers to questions that a changed answer hid", () => {
    const before = answers([
      [1, 0],
      [5, "Dorpsstraat"],
      [3, 2],
    ]);
    expect([...pruneHidden(pages, before).keys()]).toEqual([1, 5, 3]);
    const changed = new Map(before).set(1, 1);
    expect([...pruneHidden(pages, changed).keys()]).toEqual([1, 3]);
  });
});

describe("required questions", () => {
  const req = [
    page(1, required(single(1)), required(grid(8))),
    page(2, { ...required(shortText(5)), condition: { questionId: 1, value: 0 } }),
  ];

  it("count only when shown", () => {
    expect(
      missingRequired(
        req,
        answers([
          [1, 1],
          [8, [0, 1]],
        ]),
      ),
    ).toEqual([]);
    expect(
      missingRequired(
        req,
        answers([
          [1, 0],
          [8, [0, 1]],
        ]),
      ).map((q) => q.id),
    ).toEqual([5]);
    expect(missingRequired(req, answers([])).map((q) => q.id)).toEqual([1, 8]);
  });

  it("need every row of a grid", () => {
    expect(isComplete(grid(8), [0, null])).toBe(false);
    expect(isComplete(grid(8), [0, 1])).toBe(true);
    expect(
      missingRequired(
        req,
        answers([
          [1, 1],
          [8, [0, null]],
        ]),
      ).map((q) => q.id),
    ).toEqual([8]);
  });
});
