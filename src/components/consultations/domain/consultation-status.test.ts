import { describe, expect, it } from "vitest";
import { consultationStatus, orderForResidents } from "./consultation-status";

const phases = [
  { name: "Informatie", startsOn: "2027-03-01", endsOn: "2027-03-14" },
  { name: "Besluit", startsOn: "2027-04-01", endsOn: "2027-04-30" },
];

describe("a consultation's status", () => {
  it("is upcoming before the first day, open until the end of the last day (Amsterdam), then closed", () => {
    expect(consultationStatus(phases, new Date("2027-02-28T22:59:00Z"))).toBe("upcoming");
    expect(consultationStatus(phases, new Date("2027-02-28T23:00:00Z"))).toBe("open");
    // Between two phases the consultation is still running.
    expect(consultationStatus(phases, new Date("2027-03-20T12:00:00Z"))).toBe("open");
    expect(consultationStatus(phases, new Date("2027-04-30T21:59:00Z"))).toBe("open");
    expect(consultationStatus(phases, new Date("2027-04-30T22:00:00Z"))).toBe("closed");
    expect(consultationStatus([], new Date("2027-01-01T00:00:00Z"))).toBe("open");
  });

  it("orders open first, then upcoming, then closed, newest first within each", () => {
    const list = [
      { id: 1, status: "closed" as const },
      { id: 2, status: "open" as const },
      { id: 3, status: "upcoming" as const },
      { id: 4, status: "open" as const },
      { id: 5, status: "closed" as const },
    ];
    expect(orderForResidents(list).map((c) => c.id)).toEqual([4, 2, 3, 5, 1]);
  });
});
