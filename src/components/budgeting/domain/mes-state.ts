import type { Profile } from "./profile";
import { type Rational, ZERO, mulInt, sub, toNumber } from "./rational";

/**
 * The mutable state of one MES run, reused across the many runs of add1 (the buffers are
 * allocated once per election).
 *
 * Exactness: every voter starts with the same endowment B (a rational). A voter who ever
 * pays less than the full price of a project pays everything and is then "depleted" (budget
 * exactly 0). A voter who is not depleted has always paid the full price ρ_f·u_if of every
 * funded project f on their ballot, so their exact budget is B − Σ ρ_f·u_if. We therefore
 * keep only the exact prices ρ_f of funded projects and exact depletion flags; a voter's
 * exact budget (or the exact sum over many voters, with integer utility totals per funded
 * project) can be rebuilt on demand. Float budgets run alongside for speed.
 */
export class MesState {
  readonly b: Float64Array;
  readonly depleted: Uint8Array;
  /** Scratch marks per voter (used by the exact price step); always reset to 0 after use. */
  readonly mark: Uint8Array;
  /** Exact price per unit of utility of funded projects (null = not funded). */
  readonly price: (Rational | null)[];
  readonly funded: number[] = [];
  private readonly weightByProject: Float64Array;
  endowment: Rational = ZERO;
  endowmentFloat = 0;
  /** Absolute slack for float budget comparisons; far above accumulated rounding errors. */
  tau = 0;

  constructor(
    readonly profile: Profile,
    readonly supUtil: Float64Array,
    readonly balUtil: Float64Array,
  ) {
    this.b = new Float64Array(profile.nVoters);
    this.depleted = new Uint8Array(profile.nVoters);
    this.mark = new Uint8Array(profile.nVoters);
    this.price = new Array<Rational | null>(profile.nProjects).fill(null);
    this.weightByProject = new Float64Array(profile.nProjects);
  }

  reset(endowment: Rational): void {
    this.endowment = endowment;
    this.endowmentFloat = toNumber(endowment);
    this.tau = 1e-8 * this.endowmentFloat;
    this.b.fill(this.endowmentFloat);
    this.depleted.fill(0);
    this.price.fill(null);
    this.funded.length = 0;
  }

  exactBudget(i: number): Rational {
    return this.exactBudgetSum([i]);
  }

  /** Exact Σ budgets of the given (distinct) voters, using B·count − Σ_f ρ_f·(Σ u_if). */
  exactBudgetSum(voters: Iterable<number>): Rational {
    const { balStart, balProject } = this.profile;
    const w = this.weightByProject;
    let count = 0;
    for (const i of voters) {
      if (this.depleted[i]) continue;
      count++;
      for (let k = balStart[i]!; k < balStart[i + 1]!; k++) {
        const f = balProject[k]!;
        if (this.price[f] !== null) w[f]! += this.balUtil[k]!;
      }
    }
    let sum = mulInt(this.endowment, count);
    for (const f of this.funded) {
      const weight = w[f]!;
      if (weight === 0) continue;
      if (!Number.isSafeInteger(weight)) throw new RangeError("utility total too large for exact arithmetic");
      sum = sub(sum, mulInt(this.price[f]!, weight));
      w[f] = 0;
    }
    return sum;
  }

  /** Exact money the (non-depleted, positive-utility) supporters of c still hold. */
  exactSupporterMoney(c: number): Rational {
    return this.exactBudgetSum(this.activeSupporters(c));
  }

  *activeSupporters(c: number): Generator<number> {
    const { supStart, supVoter } = this.profile;
    for (let k = supStart[c]!; k < supStart[c + 1]!; k++) {
      const i = supVoter[k]!;
      if (!this.depleted[i] && this.supUtil[k]! > 0) yield i;
    }
  }
}
