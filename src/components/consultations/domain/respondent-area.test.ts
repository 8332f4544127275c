import { describe, expect, it } from "vitest";
import type { Participant } from "../../../core/participation/participant";
import type { Question } from "./questions";
import { areaOfPostcode, respondentArea } from "./respondent-area";

const areas = [
  { id: 1, postcode_ranges: "1000-1019" },
  { id: 2, postcode_ranges: "1020-1039" },
  { id: 3, postcode_ranges: "" },
];
const areaQuestion: Question = {
  id: 9,
  type: "area",
  label: "Waar woont u?",
  help: "",
  required: false,
  condition: null,
  allowPostcode: true,
};
const verified = (more: Partial<Participant>): Participant => ({
  level: "identity",
  verifiedPostcode: null,
  verifiedBirthdate: null,
  verifiedAreaId: null,
  ...more,
});

describe("the area a response counts in", () => {
  it("places a postcode by the areas' ranges, or nowhere", () => {
    expect(areaOfPostcode("1025 AB", areas)).toBe(2);
    expect(areaOfPostcode("1010", areas)).toBe(1);
    expect(areaOfPostcode("9999", areas)).toBeNull();
  });
  it("takes a verification's area before anything typed in", () => {
    const said = new Map([[9, { area: 1 }]]);
    expect(respondentArea(verified({ verifiedAreaId: 3 }), [areaQuestion], said, areas)).toBe(3);
    expect(respondentArea(verified({ verifiedPostcode: "1030 XX" }), [areaQuestion], said, areas)).toBe(2);
  });
  it("falls back to the area question: the chosen area or the postcode's area", () => {
    expect(respondentArea(null, [areaQuestion], new Map([[9, { area: 2 }]]), areas)).toBe(2);
    expect(respondentArea(null, [areaQuestion], new Map([[9, { postcode: "1005" }]]), areas)).toBe(1);
    expect(respondentArea(verified({ verifiedPostcode: "9999 ZZ" }), [areaQuestion], new Map(), areas)).toBeNull();
    // An area of another site (forged) is not counted.
    expect(respondentArea(null, [areaQuestion], new Map([[9, { area: 77 }]]), areas)).toBeNull();
  });
});
