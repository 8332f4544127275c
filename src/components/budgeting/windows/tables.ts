// Table types of a process's time plan and its followers, added to the core's Database type.
import type { Selectable } from "kysely";

export interface BudgetWindowsTable {
  process_id: number;
  proposals_open_at: string | null;
  proposals_close_at: string | null;
  voting_open_at: string | null;
  voting_close_at: string | null;
  proposals_open_handled_at: string | null;
  proposals_close_handled_at: string | null;
  voting_open_handled_at: string | null;
  voting_close_handled_at: string | null;
  updated_at: string;
}

export interface BudgetFollowsTable {
  process_id: number;
  user_id: number;
  created_at: string;
}

declare module "../../../core/db/types" {
  interface Database {
    budget_windows: BudgetWindowsTable;
    budget_follows: BudgetFollowsTable;
  }
}

export type BudgetWindowsRow = Selectable<BudgetWindowsTable>;
