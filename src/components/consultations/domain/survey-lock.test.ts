import { describe, expect, it } from "vitest";
import type { Question } from "./questions";
import { checkQuestionEdit, mayChangeStructure, questionStructure, questionTexts } from "./survey-lock";
import { area, grid, multiple, number, ranking, scale, single } from "./test-questions";

const edit = (before: Question, change: Partial<Question>, hasAnswers = true) =>
  checkQuestionEdit(before, { ...before, ...change } as Question, hasAnswers);

describe("editing a question once answers exist", () => {
  it("allows texts to change, and lists each change for the log", () => {
    expect(edit(single(), { label: "Do you park here?", help: "Think of last week." })).toEqual({
      ok: true,
      textChanges: [
        { field: "label", before: "Do you park in the street?", after: "Do you park here?" },
        { field: "help", before: "", after: "Think of last week." },
      ],
    });
    expect(edit(single(), { choices: ["Yes", "No", "Now and then"] } as Partial<Question>)).toEqual({
      ok: true,
      textChanges: [{ field: "choice3", before: "Sometimes", after: "Now and then" }],
    });
    const g = edit(grid(), { rows: ["By day", "Night"] } as Partial<Question>);
    expect(g.ok && g.textChanges).toEqual([{ field: "row1", before: "Day", after: "By day" }]);
    const s = edit(scale(), { maxLabel: "Far too busy" } as Partial<Question>);
    expect(s.ok && s.textChanges.map((c) => c.field)).toEqual(["maxLabel"]);
  });

  it("refuses every change that alters what an answer means", () => {
    const refused = [
      edit(single(), { required: true }),
      edit(single(), { condition: { questionId: 9, value: 0 } }),
      edit(single(), { choices: ["Yes", "No"] } as Partial<Question>),
      edit(single(), { type: "multiple", max: null } as Partial<Question>),
      edit(multiple(), { max: 3 } as Partial<Question>),
      edit(scale(), { max: 7 } as Partial<Question>),
      edit(number(), { min: 1 } as Partial<Question>),
      edit(ranking(), { choices: ["Trees", "Benches", "Parking", "Bins"] } as Partial<Question>),
      edit(grid(), { rows: ["Day"] } as Partial<Question>),
      edit(area(), { allowPostcode: false } as Partial<Question>),
    ];
    for (const r of refused) expect(r).toEqual({ ok: false, reason: "has-answers" });
  });

  it("allows any change before the first answer", () => {
    expect(edit(single(), { choices: ["Yes", "No"], required: true } as Partial<Question>, false).ok).toBe(true);
    expect(mayChangeStructure(false)).toBe(true);
    expect(mayChangeStructure(true)).toBe(false);
  });

  it("sees no change in an unchanged question", () => {
    for (const q of [single(), multiple(), scale(), number(), ranking(), grid(), area()]) {
      expect(edit(q, {})).toEqual({ ok: true, textChanges: [] });
      expect(questionStructure(q)).toBe(questionStructure({ ...q }));
    }
    expect(Object.keys(questionTexts(scale()))).toEqual(["label", "help", "minLabel", "maxLabel"]);
  });
});
