/**
 * Exact non-negative-or-negative rationals over BigInt, always reduced with a positive
 * denominator. MES uses them for every decision that floating point could flip: the
 * per-supporter price of the project that is bought, near-ties between projects, and
 * "exactly affordable" checks. They are slow, so the engine only reaches for them when a
 * float comparison is too close to call (see mes-exact.ts).
 */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function rational(n: bigint | number, d: bigint | number = 1n): Rational {
  let nn = typeof n === "bigint" ? n : toBigIntExact(n);
  let dd = typeof d === "bigint" ? d : toBigIntExact(d);
  if (dd === 0n) throw new RangeError("rational: division by zero");
  if (dd < 0n) [nn, dd] = [-nn, -dd];
  const g = gcd(nn, dd);
  return g > 1n ? { n: nn / g, d: dd / g } : { n: nn, d: dd };
}

function toBigIntExact(x: number): bigint {
  if (!Number.isSafeInteger(x)) throw new RangeError(`rational: ${x} is not a safe integer`);
  return BigInt(x);
}

/** Parses a plain decimal such as "1070000" or "12.50" exactly (no float on the way). */
export function parseDecimal(text: string): Rational {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) throw new RangeError(`not a decimal number: ${text}`);
  const frac = m[3] ?? "";
  const n = BigInt(m[2] + frac) * (m[1] === "-" ? -1n : 1n);
  return rational(n, 10n ** BigInt(frac.length));
}

export const ZERO: Rational = { n: 0n, d: 1n };

// The operations below do not reduce: reducing (gcd) on numbers of hundreds of digits is what
// made exact MES slow. Callers reduce once where a value is stored (see `reduce`). Sums of
// values that share a denominator (all voter budgets do, see mes-ledger.ts) keep it.
export const add = (a: Rational, b: Rational): Rational =>
  a.d === b.d ? { n: a.n + b.n, d: a.d } : { n: a.n * b.d + b.n * a.d, d: a.d * b.d };
export const sub = (a: Rational, b: Rational): Rational =>
  a.d === b.d ? { n: a.n - b.n, d: a.d } : { n: a.n * b.d - b.n * a.d, d: a.d * b.d };
export const mul = (a: Rational, b: Rational): Rational => ({ n: a.n * b.n, d: a.d * b.d });
export function div(a: Rational, b: Rational): Rational {
  if (b.n === 0n) throw new RangeError("rational: division by zero");
  return b.n < 0n ? { n: -a.n * b.d, d: a.d * -b.n } : { n: a.n * b.d, d: a.d * b.n };
}
export const mulInt = (a: Rational, k: number | bigint): Rational => ({
  n: a.n * (typeof k === "bigint" ? k : toBigIntExact(k)),
  d: a.d,
});
export const reduce = (a: Rational): Rational => rational(a.n, a.d);

export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

export function floorToBigInt(a: Rational): bigint {
  const q = a.n / a.d;
  return a.n < 0n && q * a.d !== a.n ? q - 1n : q;
}

/** Nearest double; exact enough for reports (never used for decisions). */
export function toNumber(a: Rational): number {
  const q = a.n / a.d;
  const r = a.n - q * a.d;
  return Number(q) + Number((r * 10n ** 18n) / a.d) / 1e18;
}
