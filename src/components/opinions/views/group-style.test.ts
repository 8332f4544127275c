import { describe, expect, it } from "vitest";
import { groupStyle, markerPath } from "./group-style";

/** WCAG relative luminance and contrast ratio. */
function contrast(hex: string, against = "#ffffff"): number {
  const lum = (h: string) => {
    const [r, g, b] = [1, 3, 5]
      .map((i) => parseInt(h.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [a, b] = [lum(hex), lum(against)].sort((x, y) => y - x);
  return (a! + 0.05) / (b! + 0.05);
}

describe("group styles on the opinion map", () => {
  it("gives every group a colour with at least 4.5:1 contrast on white and its own shape and letter", () => {
    const styles = [0, 1, 2, 3, 4].map(groupStyle);
    for (const s of styles) expect(contrast(s.colour)).toBeGreaterThanOrEqual(4.5);
    expect(new Set(styles.map((s) => s.shape)).size).toBe(5);
    expect(styles.map((s) => s.letter)).toEqual(["A", "B", "C", "D", "E"]);
  });

  it("draws closed marker paths around the given point", () => {
    for (const shape of ["circle", "square", "triangle", "diamond", "cross"] as const) {
      const d = markerPath(shape, 100, 50, 10);
      expect(d.startsWith("M")).toBe(true);
      expect(d.endsWith("Z")).toBe(true);
      expect(d).not.toContain("NaN");
    }
  });
});
