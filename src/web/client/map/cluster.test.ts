import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gridClusters } from "./cluster";

describe("grid clustering", () => {
  it("joins points in one cell and keeps others apart", () => {
    const clusters = gridClusters(
      [
        { x: 1, y: 1, item: "a" },
        { x: 30, y: 30, item: "b" },
        { x: 100, y: 1, item: "c" },
      ],
      60,
    );
    expect(clusters).toEqual([
      { x: 15.5, y: 15.5, items: ["a", "b"] },
      { x: 100, y: 1, items: ["c"] },
    ]);
  });

  it("never loses or doubles a point (property)", () => {
    const pt = fc.record({
      x: fc.integer({ min: 0, max: 2000 }),
      y: fc.integer({ min: 0, max: 2000 }),
      item: fc.nat(),
    });
    fc.assert(
      fc.property(fc.array(pt, { maxLength: 200 }), fc.integer({ min: 1, max: 200 }), (points, cell) => {
        const items = gridClusters(points, cell).flatMap((c) => c.items);
        expect(items.sort()).toEqual(points.map((p) => p.item).sort());
      }),
    );
  });
});
