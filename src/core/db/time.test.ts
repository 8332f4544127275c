import { describe, expect, it } from "vitest";
import { latestIso } from "./time";

describe("latestIso", () => {
  it("picks the latest ISO time, counting the fallback as a candidate", () => {
    const times = ["2026-03-01T10:00:00.000Z", "2026-11-30T09:59:59.999Z", "2026-11-30T09:00:00.000Z"];
    expect(latestIso(times, "2025-01-01T00:00:00.000Z")).toBe("2026-11-30T09:59:59.999Z");
    expect(latestIso(times, "2027-01-01T00:00:00.000Z")).toBe("2027-01-01T00:00:00.000Z");
  });

  it("gives the fallback when there are no times", () => {
    expect(latestIso([], "2026-01-01T00:00:00.000Z")).toBe("2026-01-01T00:00:00.000Z");
  });
});
