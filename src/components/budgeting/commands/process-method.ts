// The counting method as one choice for admins ("Equal Shares, completed with add1"), stored as
// rule + completion. Keeps the forms to one select while the engine keeps its own options.
import type { BudgetProcess } from "../store/tables";

export const METHODS = ["mes-add1", "mes-add1-greedy", "mes-greedy", "mes-none", "greedy"] as const;
export type Method = (typeof METHODS)[number];

export function methodOf(p: Pick<BudgetProcess, "rule" | "completion">): Method {
  if (p.rule === "greedy") return "greedy";
  return `mes-${p.completion}` as Method;
}

export function ruleOf(method: Method): Pick<BudgetProcess, "rule" | "completion"> {
  if (method === "greedy") return { rule: "greedy", completion: "none" };
  return { rule: "mes", completion: method.slice(4) as BudgetProcess["completion"] };
}

/** pabulib's META `rule` ("greedy", "equalshares", "equalshares/add1") → our method. */
export function methodFromPabulib(rule: string | undefined): Method {
  if (!rule?.startsWith("equalshares")) return "greedy";
  return rule.includes("add1") ? "mes-add1" : "mes-none";
}
