// Area boundaries as SVG paths, drawn on the server so staff see a shape without JavaScript or
// tiles. Longitude is scaled by cos(latitude) so a square block looks square in the Netherlands.
import { boundsOf, type MultiPolygon } from "./geometry";

export interface SvgShapes {
  viewBox: string;
  paths: string[];
}

export function svgShapes(shapes: readonly MultiPolygon[], width = 400): SvgShapes | null {
  const b = boundsOf(shapes);
  if (!b) return null;
  const k = Math.cos((((b.north + b.south) / 2) * Math.PI) / 180);
  const w = Math.max((b.east - b.west) * k, 1e-9);
  const h = Math.max(b.north - b.south, 1e-9);
  const scale = width / Math.max(w, h);
  const pad = 4;
  const x = (lng: number) => ((lng - b.west) * k * scale + pad).toFixed(1);
  const y = (lat: number) => ((b.north - lat) * scale + pad).toFixed(1);
  const paths = shapes.map((shape) =>
    shape
      .flatMap((polygon) => polygon.map((ring) => `M${ring.map(([lng, lat]) => `${x(lng)} ${y(lat)}`).join("L")}Z`))
      .join(""),
  );
  return { viewBox: `0 0 ${(w * scale + 2 * pad).toFixed(0)} ${(h * scale + 2 * pad).toFixed(0)}`, paths };
}
