/** Shared shapes of the participatory-budgeting domain. Pure data, no behaviour. */

export type BallotKind = "approval" | "cumulative" | "ordinal";

export interface Project {
  readonly id: string;
  /** Whole currency units (pabulib costs are integers). */
  readonly cost: number;
  readonly name?: string;
}

/**
 * One voter's ballot. `projects` lists project ids; for ordinal ballots in order of
 * preference (first = best). `points` is parallel to `projects` for cumulative ballots.
 */
export interface Ballot {
  readonly projects: readonly string[];
  readonly points?: readonly number[];
}

export interface Election {
  readonly kind: BallotKind;
  /** The real budget in whole currency units. */
  readonly budget: number;
  readonly projects: readonly Project[];
  readonly ballots: readonly Ballot[];
  /** Points for rank 1, 2, … of an ordinal ballot; default see ordinal-scoring.ts. */
  readonly ordinalScoring?: readonly number[];
}

export type TieBreak = "id" | "votes";
/** Greedy's order: by votes (points), or by votes per unit of cost (pabutools' greedy
 *  utilitarian rule with the cardinality satisfaction, for approval ballots). */
export type GreedyOrder = "votes" | "votes-per-cost";
/** Sequential Phragmén when the next project to buy no longer fits: skip it and go on, or stop
 *  (the textbook rule, as pabutools implements it). */
export type PhragmenStop = "skip" | "first-overflow";

/** An exact tie that the tie-break decided, and that changed which projects won. */
export interface Tie {
  /** Greedy: position in the order; Phragmén and MES: the round of purchase (1-based). */
  readonly step: number;
  /** The projects that were exactly tied (ids). */
  readonly projects: readonly string[];
  /** Those of them the tie-break let win at this step. */
  readonly chosen: readonly string[];
}
export type Utility = "cost" | "cardinality" | "points";
export type Completion = "none" | "add1" | "add1-greedy" | "greedy";
export type Add1Stop = "exhaustive" | "overspend";

export interface Eligibility {
  /** Projects with fewer supporters than this are not eligible (Warszawa 2026: 3000). */
  readonly minVotes?: number;
  /** Projects supported by less than this share (0–1) of all voters are not eligible. */
  readonly minShare?: number;
}

/** Why a project won or lost, as data; the web page turns it into sentences. */
export type Explanation =
  | { readonly kind: "ineligible"; readonly rule: "min-votes" | "min-share"; readonly threshold: number }
  | { readonly kind: "no-supporters" }
  | {
      readonly kind: "greedy";
      /** 1-based position in the order of votes among eligible projects. */
      readonly rank: number;
      /** Money still unspent when it was this project's turn. */
      readonly moneyLeftAtTurn: number;
      readonly fitted: boolean;
    }
  | {
      readonly kind: "mes-funded";
      /** 1-based order of purchase. */
      readonly round: number;
      readonly supporters: number;
      /** Largest amount one supporter paid (every supporter who could afford it paid exactly this
       *  per point of utility times their utility; for approval ballots it is the equal share). */
      readonly paymentPerSupporter: number;
      /** Supporters who could not afford the equal share and paid everything they had left. */
      readonly supportersPayingAll: number;
      readonly pricePerUtility: number;
    }
  | {
      readonly kind: "mes-unaffordable";
      readonly supporters: number;
      /** Money the supporters had left when the method stopped, versus the cost. */
      readonly supportersMoneyLeft: number;
      readonly needed: number;
    }
  | {
      readonly kind: "completion";
      readonly method: "greedy";
      readonly rank: number;
      readonly moneyLeftAtTurn: number;
      readonly fitted: boolean;
    }
  | {
      readonly kind: "phragmen";
      readonly round: number | null;
      readonly load: number | null;
      readonly fitted: boolean;
    };

export interface ProjectResult {
  readonly id: string;
  readonly cost: number;
  /** Number of ballots that list the project. */
  readonly votes: number;
  /** Sum of points (approval: equals votes). Greedy orders by this. */
  readonly score: number;
  readonly selected: boolean;
  readonly explanation: Explanation;
}

export interface Outcome {
  readonly rule: "greedy" | "mes" | "phragmen";
  /** Project ids in the order they were chosen. */
  readonly winners: readonly string[];
  readonly totalCost: number;
  /** Final endowment per voter for MES (after add1), else null. */
  readonly perVoterBudget: number | null;
  /** Per project, in input order. */
  readonly projects: readonly ProjectResult[];
  /** Extra facts: add1 steps, comparison counts. */
  readonly notes: Readonly<Record<string, number | string | boolean>>;
  /** Ties broken by the tie-break that decided a winner (empty: the votes alone decided). */
  readonly ties: readonly Tie[];
}
