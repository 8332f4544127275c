import type { Id } from "./types";

/**
 * One total order over ids, used only to make output lists stable: numbers before strings,
 * numbers numerically, strings by code unit. The analysis itself never depends on it.
 */
export function compareIds(a: Id, b: Id): number {
  if (typeof a === "number") {
    if (typeof b === "number") return a - b;
    return -1;
  }
  if (typeof b === "number") return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortIds<T extends Id>(ids: Iterable<T>): T[] {
  return [...ids].sort(compareIds);
}
