import { describe, expect, it } from "vitest";
import { levelOf, matchesFilter, parseResultFilter } from "./result-filters";

describe("result filters", () => {
  it("names the participation level of a response", () => {
    expect(levelOf({ source: "online", verified: 1 })).toBe("verified");
    expect(levelOf({ source: "online", verified: 0 })).toBe("unverified");
    expect(levelOf({ source: "anonymous", verified: 0 })).toBe("anonymous");
    expect(levelOf({ source: "paper", verified: 1 })).toBe("paper");
    expect(levelOf({ source: "code", verified: 0 })).toBe("code");
  });

  it("matches on area and level together", () => {
    const r = { source: "online" as const, verified: 1, area_id: 3 };
    expect(matchesFilter(r, {})).toBe(true);
    expect(matchesFilter(r, { areaId: 3, level: "verified" })).toBe(true);
    expect(matchesFilter(r, { areaId: 4 })).toBe(false);
    expect(matchesFilter(r, { level: "paper" })).toBe(false);
  });

  it("reads the query, treating empty as all, and refuses unknown or forged values", () => {
    expect(parseResultFilter({ gebied: "3", niveau: "anoniem" }, [3, 4])).toEqual({
      filter: { areaId: 3, level: "anonymous" },
      errors: [],
    });
    expect(parseResultFilter({ gebied: "", niveau: "" }, [3])).toEqual({ filter: {}, errors: [] });
    for (const gebied of ["5", "03", "-3", "3.0", ["3", "4"], "x"])
      expect(parseResultFilter({ gebied }, [3]).errors, String(gebied)).toEqual([
        { field: "gebied", key: "consultations.results.unknownArea" },
      ]);
    expect(parseResultFilter({ niveau: "verified" }, []).errors).toEqual([
      { field: "niveau", key: "consultations.results.unknownLevel" },
    ]);
  });
});
