// A rule about an idea's state and dates, written once as data. Two readers use it: `holds` below
// answers it for one loaded idea (pages, commands, tests), and store/idea-condition-sql.ts turns
// the very same value into a WHERE clause (lists, jobs, conditional updates). So a list and a page
// can never disagree about which ideas are open, overdue or waiting for a reaction.
//
// Times are ISO-8601 UTC strings on both databases and are compared as strings here too, exactly
// as the database compares them. A comparison with a missing (null) time is false, as in SQL.
import type { IdeaState } from "./states";

export const TIME_COLUMNS = ["deadline_at", "published_at", "due_at", "last_reaction_at"] as const;
export type TimeColumn = (typeof TIME_COLUMNS)[number];

/** What a rule may look at: an idea row's state and dates (column names as in the table). */
export type IdeaClockFacts = { state: IdeaState } & Record<TimeColumn, string | null>;

export type Comparison = "<" | "<=" | ">" | ">=";

export type IdeaCondition =
  | { kind: "state"; states: readonly IdeaState[] }
  | { kind: "time"; column: TimeColumn; op: Comparison; instant: string }
  | { kind: "missing"; column: TimeColumn }
  | { kind: "all"; of: readonly IdeaCondition[] }
  | { kind: "any"; of: readonly IdeaCondition[] };

export const stateIn = (...states: IdeaState[]): IdeaCondition => ({ kind: "state", states });
export const time = (column: TimeColumn, op: Comparison, at: Date): IdeaCondition => ({
  kind: "time",
  column,
  op,
  instant: at.toISOString(),
});
export const missing = (column: TimeColumn): IdeaCondition => ({ kind: "missing", column });
export const all = (...of: IdeaCondition[]): IdeaCondition => ({ kind: "all", of });
export const any = (...of: IdeaCondition[]): IdeaCondition => ({ kind: "any", of });

function compare(value: string, op: Comparison, instant: string): boolean {
  switch (op) {
    case "<":
      return value < instant;
    case "<=":
      return value <= instant;
    case ">":
      return value > instant;
    case ">=":
      return value >= instant;
  }
}

/** Whether the rule holds for one idea. */
export function holds(condition: IdeaCondition, idea: IdeaClockFacts): boolean {
  switch (condition.kind) {
    case "state":
      return condition.states.includes(idea.state);
    case "time": {
      const value = idea[condition.column];
      return value !== null && compare(value, condition.op, condition.instant);
    }
    case "missing":
      return idea[condition.column] === null;
    case "all":
      return condition.of.every((c) => holds(c, idea));
    case "any":
      return condition.of.some((c) => holds(c, idea));
  }
}
