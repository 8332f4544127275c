// The range of an amount (a budget or a project's cost), in whole currency units. One rule for
// forms, .pb imports and the database: 0 to a million million (10^12). That is far above any
// municipal budget in any currency we know of (Budapest's 2024 vote: 10^9 forint), yet keeps
// every sum of up to 9,000 such amounts an exact JavaScript number (below 2^53).
export const MAX_AMOUNT = 1_000_000_000_000;

export function isAmount(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0 && value <= MAX_AMOUNT;
}
