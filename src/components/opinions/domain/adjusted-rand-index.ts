/**
 * Adjusted Rand index of two labelings of the same items (Hubert & Arabie 1985): 1 for identical
 * partitions, about 0 for chance agreement. Used to compare our groups with Pol.is's.
 */
export function adjustedRandIndex<L1, L2>(a: readonly L1[], b: readonly L2[]): number {
  if (a.length !== b.length) throw new Error("labelings must cover the same items");
  const n = a.length;
  if (n < 2) return 1;
  const table = new Map<L1, Map<L2, number>>();
  const rowTotals = new Map<L1, number>();
  const columnTotals = new Map<L2, number>();
  for (let i = 0; i < n; i++) {
    const row = table.get(a[i]!) ?? new Map<L2, number>();
    table.set(a[i]!, row);
    row.set(b[i]!, (row.get(b[i]!) ?? 0) + 1);
    rowTotals.set(a[i]!, (rowTotals.get(a[i]!) ?? 0) + 1);
    columnTotals.set(b[i]!, (columnTotals.get(b[i]!) ?? 0) + 1);
  }
  const pairs = (k: number) => (k * (k - 1)) / 2;
  let index = 0;
  for (const row of table.values()) for (const count of row.values()) index += pairs(count);
  let rowPairs = 0;
  for (const count of rowTotals.values()) rowPairs += pairs(count);
  let columnPairs = 0;
  for (const count of columnTotals.values()) columnPairs += pairs(count);
  const expected = (rowPairs * columnPairs) / pairs(n);
  const maximum = (rowPairs + columnPairs) / 2;
  if (maximum === expected) return 1; // both partitions trivial (all one group, or all singletons)
  return (index - expected) / (maximum - expected);
}
