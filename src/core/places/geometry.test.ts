import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { areaOfPoint } from "./area-of-point";
import { distanceMetres, multiPolygonContains, polygonContains, withinDistance, type Polygon } from "./geometry";

const square = (w: number, s: number, e: number, n: number) =>
  [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ] as [number, number][];

// A 2 x 2 block with a 1 x 1 courtyard (a hole) in the middle.
const block: Polygon = [square(4.0, 52.0, 4.2, 52.2), square(4.05, 52.05, 4.15, 52.15)];

describe("point in area", () => {
  it("is inside the outer ring and outside the hole", () => {
    expect(polygonContains(block, { lng: 4.02, lat: 52.02 })).toBe(true);
    expect(polygonContains(block, { lng: 4.1, lat: 52.1 })).toBe(false);
    expect(polygonContains(block, { lng: 4.3, lat: 52.1 })).toBe(false);
  });

  it("counts a point on the border, or on a hole's border, as inside", () => {
    expect(polygonContains(block, { lng: 4.0, lat: 52.1 })).toBe(true);
    expect(polygonContains(block, { lng: 4.2, lat: 52.2 })).toBe(true);
    expect(polygonContains(block, { lng: 4.05, lat: 52.1 })).toBe(true);
  });

  it("finds a point in any part of a multipolygon", () => {
    const islands = [[square(0, 0, 1, 1)], [square(5, 5, 6, 6)]];
    expect(multiPolygonContains(islands, { lng: 5.5, lat: 5.5 })).toBe(true);
    expect(multiPolygonContains(islands, { lng: 0.5, lat: 0.5 })).toBe(true);
    expect(multiPolygonContains(islands, { lng: 3, lat: 3 })).toBe(false);
  });

  it("handles a concave border (a U shape)", () => {
    const u: Polygon = [
      [
        [0, 0],
        [3, 0],
        [3, 3],
        [2, 3],
        [2, 1],
        [1, 1],
        [1, 3],
        [0, 3],
        [0, 0],
      ],
    ];
    expect(polygonContains(u, { lng: 1.5, lat: 2 })).toBe(false);
    expect(polygonContains(u, { lng: 0.5, lat: 2 })).toBe(true);
    expect(polygonContains(u, { lng: 2.5, lat: 2.5 })).toBe(true);
  });

  it("agrees with a rectangle test for any point (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 3.9, max: 4.3, noNaN: true }),
        fc.double({ min: 51.9, max: 52.3, noNaN: true }),
        (lng, lat) => {
          const inBox = lng >= 4 && lng <= 4.2 && lat >= 52 && lat <= 52.2;
          expect(polygonContains([square(4.0, 52.0, 4.2, 52.2)], { lng, lat })).toBe(inBox);
        },
      ),
    );
  });

  it("assigns a point to the area that contains it, refuses one outside all, and cannot decide without borders", () => {
    const areas = [
      { id: 1, shape: [[square(0, 0, 1, 1)]] },
      { id: 2, shape: [[square(1, 0, 2, 1)]] },
    ];
    expect(areaOfPoint(areas, { lng: 1.5, lat: 0.5 })).toEqual({ kind: "inside", areaId: 2 });
    expect(areaOfPoint(areas, { lng: 1, lat: 0.5 })).toEqual({ kind: "inside", areaId: 1 }); // shared border: first
    expect(areaOfPoint(areas, { lng: 5, lat: 5 })).toEqual({ kind: "outside" });
    expect(areaOfPoint([...areas, { id: 3, shape: null }], { lng: 5, lat: 5 })).toEqual({ kind: "unknown" });
    expect(areaOfPoint([{ id: 3, shape: null }], { lng: 5, lat: 5 })).toEqual({ kind: "unknown" });
  });
});

describe("distance", () => {
  it("measures Amsterdam Centraal to the Dam as about 700 m", () => {
    const d = distanceMetres({ lat: 52.378901, lng: 4.900272 }, { lat: 52.373169, lng: 4.89296 });
    expect(d).toBeGreaterThan(700);
    expect(d).toBeLessThan(900);
  });

  it("is zero to itself and symmetric (property)", () => {
    const pt = fc.record({
      lat: fc.double({ min: 50, max: 54, noNaN: true }),
      lng: fc.double({ min: 3, max: 8, noNaN: true }),
    });
    fc.assert(
      fc.property(pt, pt, (a, b) => {
        expect(distanceMetres(a, a)).toBe(0);
        expect(Math.abs(distanceMetres(a, b) - distanceMetres(b, a))).toBeLessThan(1e-6);
      }),
    );
  });

  it("keeps what lies within the distance, nearest first", () => {
    const from = { lat: 52.37, lng: 4.89 };
    const items = [
      { id: "far", lat: 52.4, lng: 4.89 },
      { id: "near", lat: 52.371, lng: 4.89 },
      { id: "mid", lat: 52.375, lng: 4.89 },
    ];
    expect(withinDistance(items, from, 1000).map((x) => x.item.id)).toEqual(["near", "mid"]);
  });
});

describe("svg", () => {
  it("draws each ring, holes included, inside the view box", async () => {
    const { svgShapes } = await import("./svg");
    const drawn = svgShapes([[block]]);
    expect(drawn?.paths[0]?.match(/M/g)).toHaveLength(2);
    expect(drawn?.viewBox).toMatch(/^0 0 \d+ \d+$/);
    expect(svgShapes([])).toBeNull();
  });
});
