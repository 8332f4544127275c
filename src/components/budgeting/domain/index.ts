/** Public surface of the budgeting rules (pure: no I/O, no clock). */
export type * from "./types";
export { computeOutcome, type ComputeOptions, type Rule } from "./compute";
export { greedyOutcome, type GreedyOptions } from "./greedy";
export { mesOutcome, type MesOptions } from "./mes";
export { phragmenOutcome, type PhragmenOptions } from "./phragmen";
export { validateBallot, type BallotRules, type BallotCheck, type BallotRejection } from "./validate-ballot";
export { defaultOrdinalScoring } from "./ordinal-scoring";
export { ElectionError } from "./profile";
