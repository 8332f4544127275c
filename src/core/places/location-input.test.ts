import { describe, expect, it } from "vitest";
import type { AddressService, Answer, FoundPlace } from "./address-service";
import { resolveLocation } from "./location-input";

// A stand-in for the service's answers (the real client has its own tests against a fake server).
const service = (answer: Answer<FoundPlace | null>): AddressService => ({
  suggest: async () => ({ ok: true, value: [] }),
  lookup: async () => answer,
  reverse: async () => answer,
  geocode: async () => answer,
});
const dam = { ok: true, value: { label: "Dam 1, 1012JS Amsterdam", point: { lat: 52.373, lng: 4.893 } } } as const;
const square = (w: number, s: number, e: number, n: number) => [
  [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ] as [number, number][],
  ],
];
const areas = [
  { id: 1, shape: square(4.8, 52.36, 5.0, 52.4) },
  { id: 2, shape: square(4.8, 52.3, 5.0, 52.36) },
];

describe("location on a form", () => {
  it("takes a map point and finds its area", async () => {
    const v = await resolveLocation(
      { service: service(dam), areas },
      { lat: "52.31", lng: "4.9", locationText: "" },
      "optional",
    );
    expect(v).toEqual({
      ok: true,
      place: { point: { latE6: 52_310_000, lngE6: 4_900_000 }, address: null },
      areaId: 2,
    });
  });

  it("looks up typed text when there is no point", async () => {
    const v = await resolveLocation({ service: service(dam), areas }, { locationText: " Dam  1 " }, "required");
    expect(v).toEqual({
      ok: true,
      place: { point: { latE6: 52_373_000, lngE6: 4_893_000 }, address: "Dam 1" },
      areaId: 1,
    });
  });

  it("keeps typed text without a point when the service is off or does not answer", async () => {
    for (const reason of ["off", "unavailable"] as const) {
      const v = await resolveLocation(
        { service: service({ ok: false, reason }), areas },
        { locationText: "Dam 1" },
        "required",
      );
      expect(v).toEqual({ ok: true, place: { point: null, address: "Dam 1" }, areaId: null });
    }
  });

  it("ignores a point chosen for other text, and looks up the new text", async () => {
    const values = { lat: "52.31", lng: "4.9", pointText: "Zuiderlaan 1", locationText: "Dam 1" };
    const v = await resolveLocation({ service: service(dam), areas }, values, "optional");
    expect(v).toMatchObject({ ok: true, areaId: 1 });
  });

  it.each([
    [{ lat: "52.31", lng: "" }, "places.location.errors.point"],
    [{ lat: "abc", lng: "4.9" }, "places.location.errors.point"],
    [{ lat: "91", lng: "4.9" }, "places.location.errors.point"],
    [{ lat: "53.2", lng: "6.5" }, "places.location.errors.outside"],
    [{ locationText: "x".repeat(201) }, "places.location.errors.textLong"],
    [{ locationText: "Dam\u00001" }, "forms.errors.controlCharacter"],
    [{}, "places.location.errors.required"],
  ])("refuses %j", async (values, messageKey) => {
    const v = await resolveLocation({ service: service(dam), areas }, values, "required");
    expect(v).toEqual({ ok: false, errors: [{ field: "locationText", messageKey }] });
  });

  it("tells the resident when the address is not found", async () => {
    const v = await resolveLocation(
      { service: service({ ok: true, value: null }), areas },
      { locationText: "Nergens 1" },
      "optional",
    );
    expect(v).toEqual({
      ok: false,
      errors: [{ field: "locationText", messageKey: "places.location.errors.notFound" }],
    });
  });

  it("accepts nothing when optional, and ignores everything when off", async () => {
    expect(await resolveLocation({ service: service(dam), areas }, {}, "optional")).toEqual({
      ok: true,
      place: null,
      areaId: null,
    });
    expect(await resolveLocation({ service: service(dam), areas }, { lat: "x" }, "off")).toEqual({
      ok: true,
      place: null,
      areaId: null,
    });
  });

  it("does not refuse a point when some areas have no boundary", async () => {
    const v = await resolveLocation(
      { service: service(dam), areas: [...areas, { id: 3, shape: null }] },
      { lat: "53.2", lng: "6.5" },
      "optional",
    );
    expect(v).toMatchObject({ ok: true, areaId: null });
  });
});
