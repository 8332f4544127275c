// An area's boundary drawn as inline SVG (no script, no tiles), with a text alternative.
import type { MultiPolygon } from "./geometry";
import { svgShapes } from "./svg";

export function BoundaryDrawing({ shapes, label }: { shapes: readonly MultiPolygon[]; label: string }) {
  const drawn = svgShapes(shapes);
  if (!drawn) return null;
  return (
    <svg class="boundary-drawing" viewBox={drawn.viewBox} role="img" aria-label={label} width="100%">
      {drawn.paths.map((d) => (
        <path d={d} fill="#1f5f9f" fill-opacity="0.15" fill-rule="evenodd" stroke="#1f5f9f" stroke-width="2" />
      ))}
    </svg>
  );
}
