import { PriceLedger } from "./mes-ledger";
import type { Profile } from "./profile";
import { type Rational, ZERO, div, rational, sub, toNumber } from "./rational";

/** A purchase made with float arithmetic whose exact price is worked out only if needed. */
export interface PendingPurchase {
  readonly c: number;
  /** Supporters who paid everything they had. */
  readonly poor: readonly number[];
  /** Integer total utility of the supporters who paid the full price. */
  readonly richU: number;
  readonly rhoFloat: number;
  readonly maxU: number;
}

/** The float run left its error bounds: the caller re-runs this endowment in exact mode. */
export class FloatFilterError extends Error {}

/**
 * The mutable state of one MES run, reused across the many runs of add1.
 *
 * Exactness: everyone starts with the same endowment B. A voter who ever pays less than a
 * project's full price pays everything and is "depleted" (exactly 0). Any other voter has paid
 * the full price ρ_f·u_if of every funded f on their ballot, so their exact budget is
 * B − Σ ρ_f·u_if: exact prices of purchases plus depletion flags determine every budget.
 * Runs use floats; a purchase whose split into "pays all" and "pays the price" is clear by a
 * wide margin is kept as pending. Only when a decision is too close to call are the pending
 * purchases priced exactly, in order (`ensureExact`); most runs never do any exact work.
 */
export class MesState {
  readonly b: Float64Array;
  readonly depleted: Uint8Array;
  /** Scratch marks per voter; always reset to 0 after use. */
  readonly mark: Uint8Array;
  readonly funded: number[] = [];
  readonly ledger: PriceLedger;
  private readonly pending: PendingPurchase[] = [];
  private readonly weightByProject: Float64Array;
  endowment: Rational = ZERO;
  endowmentFloat = 0;
  /** Absolute slack for float budget comparisons; far above accumulated rounding errors. */
  tau = 0;
  /** Price every purchase exactly (fallback after a FloatFilterError, and a test oracle). */
  exactMode = false;
  /** Per project: the utility every supporter has, or 0 if they differ (enables a faster scan). */
  readonly uniformUtil: Float64Array;
  /**
   * Utilities are whole numbers and every project's total is a safe integer, so float sums of
   * utilities are exact in any order (lets water filling subtract instead of re-adding).
   */
  readonly exactUtilitySums: boolean;
  /** Scratch for price scans (mes-float-price.ts), one slot per supporter of the largest project. */
  readonly nearBudget: Float64Array;
  readonly nearUtil: Float64Array;
  /** Scratch, one slot per supporter of the largest project: budgets before a float purchase. */
  readonly budgetScratch: Float64Array;

  constructor(
    readonly profile: Profile,
    readonly supUtil: Float64Array,
    readonly balUtil: Float64Array,
  ) {
    this.b = new Float64Array(profile.nVoters);
    this.depleted = new Uint8Array(profile.nVoters);
    this.mark = new Uint8Array(profile.nVoters);
    this.weightByProject = new Float64Array(profile.nProjects);
    this.ledger = new PriceLedger(profile.nProjects);
    const shape = utilityShape(profile, supUtil);
    this.uniformUtil = shape.uniformUtil;
    this.exactUtilitySums = shape.exactUtilitySums;
    this.nearBudget = new Float64Array(shape.largest);
    this.nearUtil = new Float64Array(shape.largest);
    this.budgetScratch = new Float64Array(shape.largest);
  }

  reset(endowment: Rational, exactMode: boolean): void {
    this.endowment = endowment;
    this.endowmentFloat = toNumber(endowment);
    this.tau = 1e-8 * this.endowmentFloat;
    this.exactMode = exactMode;
    this.b.fill(this.endowmentFloat);
    this.depleted.fill(0);
    this.funded.length = 0;
    this.pending.length = 0;
    this.ledger.clear();
  }

  recordExact(c: number, rho: Rational): void {
    if (this.pending.length > 0) throw new Error("exact purchase before pending ones were priced");
    this.ledger.record(c, rho, this.funded);
    this.funded.push(c);
  }

  recordPending(purchase: PendingPurchase): void {
    this.pending.push(purchase);
    this.funded.push(purchase.c);
  }

  /** Prices the pending purchases exactly, in the order they were made. */
  ensureExact(): void {
    const done: number[] = this.funded.filter((f) => this.ledger.has(f));
    for (const p of this.pending) {
      const missing = sub(rational(this.profile.cost[p.c]!), this.sumBudgets(p.poor, true));
      const rho = p.richU === 0 ? ZERO : div(missing, rational(p.richU));
      if (p.richU > 0 && Math.abs(toNumber(rho) - p.rhoFloat) * p.maxU > this.tau / 2) {
        throw new FloatFilterError(`float price of project ${this.profile.ids[p.c]} off by more than the slack`);
      }
      this.ledger.record(p.c, rho, done);
      done.push(p.c);
    }
    this.pending.length = 0;
  }

  exactBudget(i: number): Rational {
    return this.exactBudgetSum([i]);
  }

  /** Exact Σ budgets of the given distinct voters now. */
  exactBudgetSum(voters: Iterable<number>): Rational {
    this.ensureExact();
    return this.sumBudgets(voters, false);
  }

  /** Exact money the active supporters of c hold now. */
  exactSupporterMoney(c: number): Rational {
    const { supStart, supVoter } = this.profile;
    const active: number[] = [];
    for (let k = supStart[c]!; k < supStart[c + 1]!; k++) if (!this.depleted[supVoter[k]!]) active.push(supVoter[k]!);
    return this.exactBudgetSum(active);
  }

  /**
   * B·count − (Σ_f P_f·W_f)/Q over the purchases in the ledger, over the common denominator
   * d_B·Q (left unreduced on purpose). `assumeActive` counts depleted voters too (replaying a
   * purchase made before they were depleted).
   */
  private sumBudgets(voters: Iterable<number>, assumeActive: boolean): Rational {
    const { balStart, balProject } = this.profile;
    const w = this.weightByProject;
    let count = 0;
    for (const i of voters) {
      if (!assumeActive && this.depleted[i]) continue;
      count++;
      for (let k = balStart[i]!; k < balStart[i + 1]!; k++) {
        const f = balProject[k]!;
        if (this.ledger.has(f)) w[f]! += this.balUtil[k]!;
      }
    }
    let paid = 0n;
    for (const f of this.funded) {
      const weight = w[f]!;
      if (weight === 0) continue;
      if (!Number.isSafeInteger(weight)) throw new RangeError("utility total too large for exact arithmetic");
      paid += this.ledger.scaledPrice(f) * BigInt(weight);
      w[f] = 0;
    }
    const q = this.ledger.denominator;
    return { n: this.endowment.n * BigInt(count) * q - paid * this.endowment.d, d: this.endowment.d * q };
  }
}

/** Per project: the common utility (or 0), whether utility sums are exact, the largest supporter count. */
function utilityShape(profile: Profile, supUtil: Float64Array) {
  const uniformUtil = new Float64Array(profile.nProjects);
  let largest = 0;
  let exactUtilitySums = true;
  for (let j = 0; j < profile.nProjects; j++) {
    const from = profile.supStart[j]!;
    const to = profile.supStart[j + 1]!;
    largest = Math.max(largest, to - from);
    let total = 0;
    let same = to > from;
    for (let k = from; k < to; k++) {
      exactUtilitySums &&= Number.isSafeInteger(supUtil[k]) && supUtil[k]! >= 0;
      total += supUtil[k]!;
      same &&= supUtil[k] === supUtil[from];
    }
    // A total above 2^53 − 1 cannot round back down to a safe integer, so this check is enough.
    exactUtilitySums &&= Number.isSafeInteger(total);
    uniformUtil[j] = same ? supUtil[from]! : 0;
  }
  return { uniformUtil, exactUtilitySums, largest };
}
