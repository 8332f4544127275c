import { describe, expect, it } from "vitest";
import { localDate, localTime, startOfLocalDay } from "./local-days";

describe("local days around the clock changes (offsets are kept per UTC hour)", () => {
  it("jumps from 02:00 to 03:00 on the last Sunday of March", () => {
    expect(localTime("2026-03-29T00:59:00Z")).toBe("01:59");
    expect(localTime("2026-03-29T01:00:00Z")).toBe("03:00");
    expect(localTime("2026-03-29T01:59:59Z")).toBe("03:59");
  });

  it("goes back from 03:00 to 02:00 on the last Sunday of October", () => {
    expect(localTime("2026-10-25T00:59:00Z")).toBe("02:59");
    expect(localTime("2026-10-25T01:00:00Z")).toBe("02:00");
  });

  it("gives the local day and its midnight in winter and summer", () => {
    expect(localDate("2026-01-15T23:30:00Z")).toBe("2026-01-16");
    expect(localDate("2026-07-15T21:59:00Z")).toBe("2026-07-15");
    expect(localDate("2026-07-15T22:00:00Z")).toBe("2026-07-16");
    expect(startOfLocalDay("2026-01-16")).toBe("2026-01-15T23:00:00.000Z");
    expect(startOfLocalDay("2026-07-16")).toBe("2026-07-15T22:00:00.000Z");
  });
});
