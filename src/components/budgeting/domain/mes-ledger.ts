import type { Rational } from "./rational";

/**
 * Exact prices of the funded projects, all scaled to one common denominator Q, so that the
 * exact money of any group of voters is B·count − (Σ_f P_f·W_f)/Q with only integer
 * multiply-adds (W_f = the group's integer utility total for f). Prices arrive with a
 * denominator that is a multiple of Q (they are computed from budgets over Q), so usually Q
 * just becomes that denominator without any gcd; other cases take the least common multiple.
 */
export class PriceLedger {
  private q = 1n;
  private readonly scaled: bigint[];
  private readonly recorded: Uint8Array;

  constructor(nProjects: number) {
    this.scaled = new Array<bigint>(nProjects).fill(0n);
    this.recorded = new Uint8Array(nProjects);
  }

  clear(): void {
    this.q = 1n;
    this.scaled.fill(0n);
    this.recorded.fill(0);
  }

  get denominator(): bigint {
    return this.q;
  }

  has(f: number): boolean {
    return this.recorded[f] === 1;
  }

  /** P_f = ρ_f · Q. */
  scaledPrice(f: number): bigint {
    return this.scaled[f]!;
  }

  /** `funded` = projects recorded so far (their scaled prices grow with Q). */
  record(f: number, price: Rational, funded: readonly number[]): void {
    const grow = price.d % this.q === 0n ? price.d / this.q : price.d / gcd(this.q, price.d);
    if (grow !== 1n) {
      for (const other of funded) if (this.recorded[other]) this.scaled[other]! *= grow;
      this.q *= grow;
    }
    this.scaled[f] = price.n * (this.q / price.d);
    this.recorded[f] = 1;
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}
