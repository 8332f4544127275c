// Turns the engine's explanation data into one plain-language sentence per project (B1 Dutch or
// English from the catalog). The engine says what happened; this says it to a resident.
import type { Translate } from "../../../core/i18n/catalog";
import type { Explanation, ProjectResult } from "../domain/types";

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
