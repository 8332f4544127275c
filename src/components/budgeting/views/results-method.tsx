// How the result was counted, in plain words and with this vote's own numbers: each voter's equal
// part of the budget in money (budget ÷ voters, and the raised part after add1), and why a
// project can have fewer paying voters than votes (those who had spent their part pay nothing).
import type { PageContext } from "../../../core/views/context";
import { methodOf } from "../commands/process-method";
import type { Outcome } from "../domain/types";
import type { BudgetProcess } from "../store/tables";
import { formatMoney } from "./format";

/** The amounts shown: the plain equal part, and the part after add1 when that raised it. */
export function voterShares(budget: number, voters: number, outcome: Pick<Outcome, "perVoterBudget">) {
  const equal = voters > 0 ? budget / voters : 0;
  const final = outcome.perVoterBudget;
  // add1 starts at the whole units below budget ÷ voters and only goes up; show it only if it did.
  const raised = final !== null && final > equal + 0.005 ? final : null;
  return { equal: Math.round(equal * 100) / 100, raised };
}

export function ResultsMethod({
  ctx,
  process,
  outcome,
  voters,
}: {
  ctx: PageContext;
  process: BudgetProcess;
  outcome: Outcome;
  voters: number;
}) {
  const { t, lang } = ctx;
  const method = methodOf(process);
  // With the comparison step the plain "most votes" result can be kept; explain what was used.
  if (method === "greedy" || outcome.rule !== "mes" || outcome.notes.keptGreedy === true) {
    return <p class="utrecht-paragraph">{t("budgeting.method.explain.greedy")}</p>;
  }
  const money = (n: number) => formatMoney(lang, n, process.currency);
  const shares = voterShares(process.budget, voters, outcome);
  const paragraphs = [
    t("budgeting.method.explain.share", { budget: money(process.budget), voters, share: money(shares.equal) }),
    ...(shares.raised !== null ? [t("budgeting.method.explain.raised", { share: money(shares.raised) })] : []),
    t("budgeting.method.explain.pay"),
    t("budgeting.method.explain.notPaying"),
    ...(method === "mes-greedy" || method === "mes-add1-greedy" ? [t("budgeting.method.explain.fill")] : []),
  ];
  return (
    <>
      {paragraphs.map((text) => (
        <p class="utrecht-paragraph">{text}</p>
      ))}
    </>
  );
}
