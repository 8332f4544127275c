// Grid clustering: markers whose screen positions fall in the same square cell become one
// cluster marker at their mean position. Pure, so it is tested without a browser; the map
// script re-runs it after each zoom. Simpler than a plugin, and enough for a district's ideas.
export interface ScreenPoint<T> {
  x: number;
  y: number;
  item: T;
}

export interface Cluster<T> {
  x: number;
  y: number;
  items: T[];
}

export function gridClusters<T>(points: readonly ScreenPoint<T>[], cellPx: number): Cluster<T>[] {
  const cells = new Map<string, ScreenPoint<T>[]>();
  for (const p of points) {
    const key = `${Math.floor(p.x / cellPx)}:${Math.floor(p.y / cellPx)}`;
    const cell = cells.get(key);
    if (cell) cell.push(p);
    else cells.set(key, [p]);
  }
  return [...cells.values()].map((members) => ({
    x: members.reduce((s, m) => s + m.x, 0) / members.length,
    y: members.reduce((s, m) => s + m.y, 0) / members.length,
    items: members.map((m) => m.item),
  }));
}
