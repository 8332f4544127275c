import type { Id } from "./types";

/**
 * One total order over ids: numbers before strings, numbers numerically, strings by code unit.
 * It makes output lists stable, and breaks ties in the vote matrix's canonical order.
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
