// How a group looks on the map: a letter, a colour and a shape. Colours have at least 4.5:1
// contrast on white (more than the 3:1 WCAG asks of graphics), and the shape and letter carry
// the same information for people who cannot tell the colours apart.
export interface GroupStyle {
  letter: string;
  colour: string;
  shape: "circle" | "square" | "triangle" | "diamond" | "cross";
}

const STYLES: GroupStyle[] = [
  { letter: "A", colour: "#0b5cad", shape: "circle" },
  { letter: "B", colour: "#a64200", shape: "square" },
  { letter: "C", colour: "#2a7230", shape: "triangle" },
  { letter: "D", colour: "#7a2a8c", shape: "diamond" },
  { letter: "E", colour: "#3d3d3d", shape: "cross" },
];

export function groupStyle(groupId: number): GroupStyle {
  const base = STYLES[groupId % STYLES.length]!;
  return groupId < STYLES.length ? base : { ...base, letter: String(groupId + 1) };
}

/** SVG path of a marker of `size` centred on (x, y). */
export function markerPath(shape: GroupStyle["shape"], x: number, y: number, size: number): string {
  const r = size / 2;
  const f = (n: number) => n.toFixed(1);
  switch (shape) {
    case "circle":
      return `M${f(x - r)},${f(y)}a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`;
    case "square":
      return `M${f(x - r)},${f(y - r)}h${f(2 * r)}v${f(2 * r)}h${f(-2 * r)}Z`;
    case "triangle":
      return `M${f(x)},${f(y - r)}L${f(x + r)},${f(y + r)}L${f(x - r)},${f(y + r)}Z`;
    case "diamond":
      return `M${f(x)},${f(y - r)}L${f(x + r)},${f(y)}L${f(x)},${f(y + r)}L${f(x - r)},${f(y)}Z`;
    case "cross": {
      const w = r / 2.5;
      // A plus sign: up the top arm, then clockwise around the four arms.
      return (
        `M${f(x - w)},${f(y - r)}h${f(2 * w)}v${f(r - w)}h${f(r - w)}v${f(2 * w)}h${f(w - r)}` +
        `v${f(r - w)}h${f(-2 * w)}v${f(w - r)}h${f(w - r)}v${f(-2 * w)}h${f(r - w)}Z`
      );
    }
  }
}
