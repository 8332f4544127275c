import { describe, expect, it } from "vitest";
import { boundaryText, MAX_BOUNDARY_BYTES, parseBoundary, storedBoundary } from "./boundary";
import { parsePoint } from "./point";

const ring = [
  [4.9, 52.3],
  [4.95, 52.3],
  [4.95, 52.35],
  [4.9, 52.3],
];
const poly = { type: "Polygon", coordinates: [ring] };

describe("boundary upload", () => {
  it("accepts a Polygon, a MultiPolygon, a Feature and a FeatureCollection with one feature", () => {
    const inputs = [
      poly,
      { type: "MultiPolygon", coordinates: [[ring], [ring]] },
      { type: "Feature", properties: { buurtnaam: "Oost" }, geometry: poly },
      { type: "FeatureCollection", features: [{ type: "Feature", properties: {}, geometry: poly }] },
    ];
    for (const input of inputs) {
      const r = parseBoundary(JSON.stringify(input));
      expect(r.ok, JSON.stringify(input).slice(0, 40)).toBe(true);
    }
  });

  it("drops altitudes and stores a MultiPolygon that reads back the same", () => {
    const r = parseBoundary(JSON.stringify({ type: "Polygon", coordinates: [ring.map(([x, y]) => [x, y, 3])] }));
    if (!r.ok) throw new Error(r.error);
    expect(r.shape).toEqual([[ring]]);
    expect(storedBoundary(boundaryText(r.shape))).toEqual([[ring]]);
    expect(storedBoundary(null)).toBeNull();
  });

  it.each([
    ["not JSON", "{type: Polygon", "notJson"],
    ["a point", JSON.stringify({ type: "Point", coordinates: [4.9, 52.3] }), "wrongType"],
    ["a bare array", JSON.stringify([ring]), "wrongType"],
    ["a line", JSON.stringify({ type: "LineString", coordinates: ring }), "wrongType"],
    ["two features", JSON.stringify({ type: "FeatureCollection", features: [poly, poly] }), "oneFeature"],
    ["no features", JSON.stringify({ type: "FeatureCollection", features: [] }), "oneFeature"],
    ["feature without geometry", JSON.stringify({ type: "Feature", geometry: null }), "wrongType"],
    [
      "an unclosed ring",
      JSON.stringify({ type: "Polygon", coordinates: [ring.slice(0, 3).concat([[4.91, 52.31]])] }),
      "unclosedRing",
    ],
    [
      "three positions",
      JSON.stringify({ type: "Polygon", coordinates: [[ring[0], ring[1], ring[0]]] }),
      "tooFewPositions",
    ],
    [
      "latitude 95",
      JSON.stringify({
        type: "Polygon",
        coordinates: [
          [
            [4, 95],
            [5, 52],
            [5, 53],
            [4, 95],
          ],
        ],
      }),
      "outOfRange",
    ],
    [
      "Rijksdriehoek metres",
      JSON.stringify({
        type: "Polygon",
        coordinates: [
          [
            [121000, 487000],
            [122000, 487000],
            [122000, 488000],
            [121000, 487000],
          ],
        ],
      }),
      "outOfRange",
    ],
    [
      "text coordinates",
      JSON.stringify({
        type: "Polygon",
        coordinates: [
          [
            ["4", "52"],
            [5, 52],
            [5, 53],
            ["4", "52"],
          ],
        ],
      }),
      "badCoordinates",
    ],
    ["empty polygon", JSON.stringify({ type: "Polygon", coordinates: [] }), "badCoordinates"],
    ["empty multipolygon", JSON.stringify({ type: "MultiPolygon", coordinates: [] }), "badCoordinates"],
    ["too large", " ".repeat(MAX_BOUNDARY_BYTES + 1), "tooLarge"],
  ])("refuses %s", (_name, text, error) => {
    expect(parseBoundary(text)).toEqual({ ok: false, error });
  });

  it("refuses too many positions", () => {
    const big: number[][] = Array.from({ length: 100_001 }, (_, i) => [4 + i / 1e6, 52]);
    big.push(big[0]!);
    expect(parseBoundary(JSON.stringify({ type: "Polygon", coordinates: [big] }))).toEqual({
      ok: false,
      error: "tooLarge",
    });
  });
});

describe("typed point", () => {
  it("reads six decimals and rounds longer ones", () => {
    expect(parsePoint("52.3702165", " 4.895168")).toEqual({ lat: 52.370217, lng: 4.895168 });
    expect(parsePoint("-33.5", "151")).toEqual({ lat: -33.5, lng: 151 });
  });
  it.each([
    ["", "4.9"],
    ["52,37", "4.9"],
    ["91", "4.9"],
    ["52", "181"],
    ["1e2", "4"],
    ["NaN", "4"],
    ["52.3", "abc"],
  ])("refuses %s, %s", (lat, lng) => {
    expect(parsePoint(lat, lng)).toBeNull();
  });
});
