// Pieces of the ballot page: the rules in one sentence and the running total, both computed on
// the server from the same pure rule the save uses.
import type { PageContext } from "../../../core/views/context";
import { checkBallot, type Choice } from "../domain/ballot-rules";
import type { BudgetProcess, BudgetProject } from "../store/tables";
import { formatMoney } from "./format";

export function BallotRulesText({ ctx, process, id }: { ctx: PageContext; process: BudgetProcess; id: string }) {
  const { t } = ctx;
  const money = (n: number) => formatMoney(ctx.lang, n, process.currency);
  let text: string;
  if (process.ballot_type === "approval")
    text = t("budgeting.ballot.rules.approval", { budget: money(process.budget) });
  else if (process.ballot_type === "cumulative")
    text = t("budgeting.ballot.rules.cumulative", { total: process.points_total, max: process.points_per_project });
  else if (process.max_projects !== null)
    text = t("budgeting.ballot.rules.minmax", { min: process.min_projects, max: process.max_projects });
  else text = t("budgeting.ballot.rules.min", { min: process.min_projects });
  return (
    <p class="utrecht-paragraph" id={id}>
      {text}
    </p>
  );
}

export function RunningTotal({
  ctx,
  process,
  projects,
  choice,
  id,
  for: forId,
}: {
  ctx: PageContext;
  process: BudgetProcess;
  projects: BudgetProject[];
  choice: Choice;
  id: string;
  for: string;
}) {
  const { t } = ctx;
  // Only this pool's projects count towards its total.
  const own = new Set(projects.map((p) => p.id));
  const check = checkBallot(process, projects, new Map([...choice].filter(([projectId]) => own.has(projectId))));
  const money = (n: number) => formatMoney(ctx.lang, n, process.currency);
  let text: string;
  if (process.ballot_type === "approval") {
    // Over the budget: say how much too much, never "left: € -10.000".
    text =
      check.totalCost > process.budget
        ? t("ballotTotals.over", {
            total: money(check.totalCost),
            budget: money(process.budget),
            over: money(check.totalCost - process.budget),
          })
        : t("budgeting.ballot.totalCost", {
            total: money(check.totalCost),
            budget: money(process.budget),
            left: money(process.budget - check.totalCost),
          });
  } else if (process.ballot_type === "cumulative") {
    text = t("budgeting.ballot.totalPoints", { used: check.pointsUsed, total: process.points_total });
  } else {
    text = t("budgeting.ballot.totalCount", { count: check.count });
  }
  return (
    <p class="utrecht-paragraph budget-total">
      <output id={id} for={forId} aria-live="polite" data-ballot-total>
        {text}
      </output>
    </p>
  );
}
