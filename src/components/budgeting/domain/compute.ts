import { type GreedyOptions, greedyOutcome } from "./greedy";
import { type MesOptions, mesOutcome } from "./mes";
import { type PhragmenOptions, phragmenOutcome } from "./phragmen";
import { buildProfile } from "./profile";
import type { Election, Outcome } from "./types";

export type Rule = "greedy" | "mes" | "phragmen";

export interface ComputeOptions extends MesOptions, GreedyOptions, PhragmenOptions {
  readonly rule: Rule;
}

/** One entry point for every rule; options a rule does not use are ignored. */
export function computeOutcome(election: Election, options: ComputeOptions): Outcome {
  const profile = buildProfile(election);
  if (options.rule === "greedy") return greedyOutcome(election, options, profile);
  if (options.rule === "phragmen") return phragmenOutcome(election, options, profile);
  return mesOutcome(election, options, profile);
}
