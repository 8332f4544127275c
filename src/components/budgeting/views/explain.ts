// Turns the engine's explanation data into one plain-language sentence per project (B1 Dutch or
// English from the catalog), and says how the result was counted. The engine says what happened;
// this says it to a resident. The results page and the API (routes/api-results.ts) both use it.
import type { Language } from "../../../core/db/types";
import type { Translate } from "../../../core/i18n/catalog";
import { methodOf } from "../commands/process-method";
import type { Explanation, Outcome, ProjectResult } from "../domain/types";
import type { BudgetProcess } from "../store/tables";
import { formatMoney } from "./format";

export function explainProject(t: Translate, result: ProjectResult, money: (n: number) => string): string {
  const e: Explanation = result.explanation;
  const cost = money(result.cost);
  switch (e.kind) {
    case "ineligible":
      return e.rule === "min-votes"
        ? t("budgeting.explain.minVotes", { threshold: e.threshold, votes: result.votes })
        : t("budgeting.explain.minShare", { percent: Math.round(e.threshold * 1000) / 10 });
    case "no-supporters":
      return t("budgeting.explain.noSupporters");
    case "greedy":
    case "completion": {
      const params = { rank: e.rank, left: money(e.moneyLeftAtTurn), cost };
      const prefix = e.kind === "completion" ? "budgeting.explain.completion" : "budgeting.explain.greedy";
      return t(`${prefix}.${e.fitted ? "won" : "lost"}`, params);
    }
    case "mes-funded": {
      const base = t("budgeting.explain.mesFunded", {
        round: e.round,
        supporters: e.supporters,
        payment: money(roundCents(e.paymentPerSupporter)),
        cost,
      });
      // Voters who had spent their whole part on earlier winners pay nothing: 13 votes, 12 payers.
      const notPaying = result.votes - e.supporters;
      return [
        base,
        e.supportersPayingAll > 0 && e.supporters > 1
          ? t("budgeting.explain.mesPayingAll", { count: e.supportersPayingAll })
          : "",
        notPaying > 0 ? t("budgeting.explain.mesNotPaying", { count: notPaying }) : "",
      ]
        .filter(Boolean)
        .join(" ");
    }
    case "mes-unaffordable": {
      const params = {
        supporters: e.supporters,
        left: money(roundCents(e.supportersMoneyLeft)),
        cost: money(e.needed),
      };
      return t(
        e.supportersMoneyLeft < e.needed ? "budgeting.explain.mesRanOut" : "budgeting.explain.mesBudgetFull",
        params,
      );
    }
    case "phragmen":
      return t(e.fitted ? "budgeting.explain.phragmenWon" : "budgeting.explain.phragmenLost");
  }
}

const roundCents = (n: number) => Math.round(n * 100) / 100;

/** The amounts shown: the plain equal part, and the part after add1 when that raised it. */
export function voterShares(budget: number, voters: number, outcome: Pick<Outcome, "perVoterBudget">) {
  const equal = voters > 0 ? budget / voters : 0;
  const final = outcome.perVoterBudget;
  // add1 starts at the whole units below budget ÷ voters and only goes up; show it only if it did.
  const raised = final !== null && final > equal + 0.005 ? final : null;
  return { equal: Math.round(equal * 100) / 100, raised };
}

/**
 * How the pool's result was counted, as paragraphs with this vote's own numbers: each voter's equal
 * part of the budget in money (budget ÷ voters, and the raised part after add1), and why a project
 * can have fewer paying voters than votes (those who had spent their part pay nothing).
 */
export function methodExplanation(
  t: Translate,
  lang: Language,
  process: BudgetProcess,
  outcome: Outcome,
  voters: number,
): string[] {
  const method = methodOf(process);
  // With the comparison step the plain "most votes" result can be kept; explain what was used.
  if (method === "greedy" || outcome.rule !== "mes" || outcome.notes.keptGreedy === true)
    return [t("budgeting.method.explain.greedy")];
  const money = (n: number) => formatMoney(lang, n, process.currency);
  const shares = voterShares(process.budget, voters, outcome);
  return [
    t("budgeting.method.explain.share", { budget: money(process.budget), voters, share: money(shares.equal) }),
    ...(shares.raised !== null ? [t("budgeting.method.explain.raised", { share: money(shares.raised) })] : []),
    t("budgeting.method.explain.pay"),
    t("budgeting.method.explain.notPaying"),
    ...(method === "mes-greedy" || method === "mes-add1-greedy" ? [t("budgeting.method.explain.fill")] : []),
  ];
}
