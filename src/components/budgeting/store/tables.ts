// Table types of the budgeting component, added to the core's Database type.
import type { Generated, Selectable } from "kysely";
import type { BallotType } from "../domain/ballot-rules";
import type { Phase } from "../domain/process-rules";

export type ProcessRule = "greedy" | "mes";
export type ProjectStatus = "submitted" | "feasible" | "infeasible";
export type BallotSource = "online" | "code" | "paper" | "import";

export interface BudgetProcessesTable {
  id: Generated<number>;
  site_id: number;
  area_id: number | null;
  title: string;
  description: string;
  phase: Phase;
  budget: number;
  currency: string;
  ballot_type: BallotType;
  min_projects: number;
  max_projects: number | null;
  points_total: number;
  points_per_project: number;
  rule: ProcessRule;
  completion: "none" | "add1" | "add1-greedy" | "greedy";
  add1_stop: "exhaustive" | "overspend";
  tie_break: "id" | "votes";
  min_votes: number | null;
  imported: number;
  created_at: string;
  updated_at: string;
}

export interface BudgetProjectsTable {
  id: Generated<number>;
  process_id: number;
  /** The project's id in results and .pb files (pabulib's project_id for imports). */
  external_id: string;
  title: string;
  description: string;
  proposed_by: number | null;
  cost: number | null;
  status: ProjectStatus;
  infeasible_reason: string;
  created_at: string;
  // The location (core/places): micro-degrees, so six decimals survive both databases exactly.
  location_lat_e6: number | null;
  location_lng_e6: number | null;
  location_address: string | null;
  /** The pool (budget_pools); null = the process's main pool. */
  pool_id: Generated<number | null>;
  /** For category limits; "" = none. */
  category: Generated<string>;
}

export interface BudgetVotingCodesTable {
  id: Generated<number>;
  process_id: number;
  code_hash: string;
  used_at: string | null;
  created_at: string;
  /** The area of the address the letter went to: its holder also votes in that area's pool. */
  area_id: Generated<number | null>;
}

export interface BudgetBallotsTable {
  id: Generated<number>;
  process_id: number;
  voter_key: string;
  source: BallotSource;
  user_id: number | null;
  entered_by: number | null;
  created_at: string;
  updated_at: string;
  /** 1 when a verified resident (or a voting code) cast it, as last saved: honest counts. */
  verified: Generated<number>;
}

export interface BudgetBallotItemsTable {
  ballot_id: number;
  project_id: number;
  points: number;
  position: number;
}

export interface BudgetResultsTable {
  process_id: number;
  outcome: string;
  voters: number;
  computed_at: string;
}

export interface BudgetUpdatesTable {
  id: Generated<number>;
  process_id: number;
  project_id: number | null;
  body: string;
  author_id: number | null;
  created_at: string;
}

/**
 * A pool of a process (docs/budgeting.md, "Pools"). The main pool (main = 1) has null rule columns:
 * its budget and rule are the process's own. Other pools belong to one area and have their own.
 */
export interface BudgetPoolsTable {
  id: Generated<number>;
  process_id: number;
  main: number;
  title: string;
  area_id: number | null;
  budget: number | null;
  ballot_type: BallotType | null;
  min_projects: number | null;
  max_projects: number | null;
  points_total: number | null;
  points_per_project: number | null;
  rule: ProcessRule | null;
  completion: BudgetProcess["completion"] | null;
  add1_stop: BudgetProcess["add1_stop"] | null;
  tie_break: BudgetProcess["tie_break"] | null;
  min_votes: number | null;
  limit_min_projects: number | null;
  limit_max_projects: number | null;
  limit_min_cost: number | null;
  limit_max_cost: number | null;
  created_at: string;
}

export interface BudgetPoolCategoryLimitsTable {
  pool_id: number;
  category: string;
  max_projects: number;
}

export interface BudgetPoolResultsTable {
  pool_id: number;
  outcome: string;
  voters: number;
  computed_at: string;
}

declare module "../../../core/db/types" {
  interface Database {
    budget_processes: BudgetProcessesTable;
    budget_projects: BudgetProjectsTable;
    budget_voting_codes: BudgetVotingCodesTable;
    budget_ballots: BudgetBallotsTable;
    budget_ballot_items: BudgetBallotItemsTable;
    budget_results: BudgetResultsTable;
    budget_updates: BudgetUpdatesTable;
    budget_pools: BudgetPoolsTable;
    budget_pool_category_limits: BudgetPoolCategoryLimitsTable;
    budget_pool_results: BudgetPoolResultsTable;
  }
}

export type BudgetProcess = Selectable<BudgetProcessesTable>;
export type BudgetProject = Selectable<BudgetProjectsTable>;
export type BudgetUpdate = Selectable<BudgetUpdatesTable>;
export type BudgetPoolRow = Selectable<BudgetPoolsTable>;
