import { describe, expect, it } from "vitest";
import { levelOf, reportFigures } from "./figures";
import { EMPTY_POINT_ROWS, missingForPublication, parseReportForm, reportFormValues } from "./report";

const row = (i: number, point: string, decision: string, reason: string) => ({
  [`point${i}`]: point,
  [`decision${i}`]: decision,
  [`reason${i}`]: reason,
});

describe("the participation report's form", () => {
  it("reads the texts and the filled rows, skipping rows left wholly empty", () => {
    const { report, errors } = parseReportForm({
      asked: " Hoe moet het plein worden? ",
      heard: "Meer groen.",
      ...row(1, "Meer bomen", "adopted", "Past in het plan."),
      ...row(2, "", "", ""),
      ...row(3, "Geen parkeerplaatsen", "not", "Winkels hebben laden en lossen nodig."),
    });
    expect(errors).toEqual([]);
    expect(report.asked).toBe("Hoe moet het plein worden?");
    expect(report.points).toEqual([
      { point: "Meer bomen", decision: "adopted", reason: "Past in het plan." },
      { point: "Geen parkeerplaatsen", decision: "not", reason: "Winkels hebben laden en lossen nodig." },
    ]);
  });

  it("asks for the point, a known decision and the reason beside each half-filled row", () => {
    const { report, errors } = parseReportForm({
      asked: "",
      heard: "",
      ...row(1, "Meer bomen", "", ""),
      ...row(2, "", "partly", "Omdat."),
      ...row(3, "Bankjes", "maybe", "Omdat."),
    });
    expect(errors).toEqual([
      { field: "decision1", key: "consultations.report.errors.decision" },
      { field: "reason1", key: "consultations.report.errors.reason" },
      { field: "point2", key: "forms.errors.required" },
      { field: "decision3", key: "consultations.report.errors.decision" },
    ]);
    expect(report.points).toEqual([]);
  });

  it("refuses texts over their limits", () => {
    const { errors } = parseReportForm({
      asked: "a".repeat(10_001),
      heard: "b",
      ...row(1, "p".repeat(501), "adopted", "r".repeat(2_001)),
    });
    expect(errors.map((e) => e.field)).toEqual(["asked", "point1", "reason1"]);
  });

  it("does not read more rows than a report may have, whatever numbers a forged form sends", () => {
    const { report } = parseReportForm({ asked: "a", heard: "b", ...row(999, "Verstopt", "adopted", "x") });
    expect(report.points).toEqual([]);
  });

  it("gives the saved points back as form fields, with empty rows to add more", () => {
    const saved = { asked: "a", heard: "b", points: [{ point: "p", decision: "partly" as const, reason: "r" }] };
    const values = reportFormValues(saved);
    expect(values).toMatchObject({ point1: "p", decision1: "partly", reason1: "r", point2: "" });
    expect(Object.keys(values).filter((k) => k.startsWith("point"))).toHaveLength(1 + EMPTY_POINT_ROWS);
    expect(parseReportForm(values).report).toEqual(saved);
  });

  it("says what is missing before publication: both texts and at least one point", () => {
    expect(missingForPublication(null)).toEqual(["asked", "heard", "points"]);
    expect(missingForPublication({ asked: "a", heard: "", points: [] })).toEqual(["heard", "points"]);
    expect(
      missingForPublication({ asked: "a", heard: "b", points: [{ point: "p", decision: "not", reason: "r" }] }),
    ).toEqual([]);
  });
});

describe("the participation report's figures", () => {
  it("places each response at one level: paper, anonymous and code first, then verified or not", () => {
    expect(levelOf({ source: "paper", verified: true })).toBe("paper");
    expect(levelOf({ source: "code", verified: false })).toBe("code");
    expect(levelOf({ source: "anonymous", verified: false })).toBe("anonymous");
    expect(levelOf({ source: "online", verified: true })).toBe("verified");
    expect(levelOf({ source: "online", verified: false })).toBe("unverified");
  });

  it("counts per level, per area (unknown last) and per survey, also a survey nobody answered", () => {
    const figures = reportFigures(
      [
        { surveyId: 1, source: "online", verified: true, areaId: 7, count: 3 },
        { surveyId: 1, source: "online", verified: false, areaId: null, count: 5 },
        { surveyId: 1, source: "paper", verified: false, areaId: 8, count: 4 },
        { surveyId: 1, source: "anonymous", verified: false, areaId: 7, count: 2 },
      ],
      [1, 2],
    );
    expect(figures.responses).toBe(14);
    expect(figures.byLevel).toEqual([
      { level: "verified", count: 3 },
      { level: "unverified", count: 5 },
      { level: "code", count: 0 },
      { level: "anonymous", count: 2 },
      { level: "paper", count: 4 },
    ]);
    expect(figures.byArea).toEqual([
      { areaId: 7, count: 5 },
      { areaId: 8, count: 4 },
      { areaId: null, count: 5 },
    ]);
    expect(figures.bySurvey).toEqual([
      { surveyId: 1, count: 14 },
      { surveyId: 2, count: 0 },
    ]);
  });
});
