// The one figure the report gives for "how much of a group agrees": the plain share of the group's
// members who answered the statement (Eens, Oneens or Sla over) and chose that answer. The engine's
// smoothed estimate ((n + 1) / (seen + 2)) only decides which statements are listed and in what
// order; showing it too gave two different percentages for the same thing (96% and 100%).
export function sharePercent(count: number, seen: number): number | null {
  return seen === 0 ? null : Math.round((100 * count) / seen);
}
