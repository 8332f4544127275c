import { describe, expect, it } from "vitest";
import { surveyReport } from "./survey-report";
import { shortText, single } from "./test-questions";

describe("the survey report", () => {
  const text = { ...shortText(1) };
  const choice = { ...single(2) };
  const responses = [
    {
      id: 10,
      answers: new Map<number, string | number>([
        [1, "Meer bomen"],
        [2, 0],
      ]),
    },
    {
      id: 11,
      answers: new Map<number, string | number>([
        [1, "Scheldwoorden"],
        [2, 1],
      ]),
    },
    { id: 12, answers: new Map<number, string | number>([[2, 1]]) },
  ];
  const base = {
    questions: [text, choice],
    responses,
    hidden: new Set(["11:1"]),
    tags: [
      { theme_id: 5, response_id: 10, question_id: 1 },
      { theme_id: 5, response_id: 11, question_id: 1 },
      { theme_id: 6, response_id: 11, question_id: 1 },
    ],
    themes: [
      { id: 5, name: "Groen" },
      { id: 6, name: "Verkeer" },
    ],
    areaIds: [],
  };

  it("counts hidden open answers for staff, and says how many are hidden", () => {
    const report = surveyReport({ ...base, publicView: false });
    expect(report.respondents).toBe(3);
    const [open, pick] = report.questions;
    expect(open!.result).toMatchObject({ type: "shortText", answered: 2, openAnswers: 2 });
    expect(open!.hidden).toBe(1);
    expect(open!.themes).toEqual([
      { id: 5, name: "Groen", count: 2 },
      { id: 6, name: "Verkeer", count: 1 },
    ]);
    expect(pick!.result).toMatchObject({
      answered: 3,
      options: [
        { key: 0, count: 1 },
        { key: 1, count: 2 },
        { key: 2, count: 0 },
      ],
    });
  });

  it("leaves hidden answers out of public figures, themes included, but never other questions' answers", () => {
    const [open, pick] = surveyReport({ ...base, publicView: true }).questions;
    expect(open!.result).toMatchObject({ answered: 1, openAnswers: 1 });
    expect(open!.hidden).toBe(0);
    expect(open!.themes.map((t) => t.count)).toEqual([1, 0]);
    expect(pick!.result.answered).toBe(3);
  });
});
