// Who may propose a project and cast a ballot in a budget: the actions and their defaults for the
// core rule set (core/participation). Proposing asks a confirmed e-mail address. Voting online in a
// budget for an area asks a verified resident of that area (a typed-in postcode is no proof);
// those who are not can still vote with the voting code sent by letter. A budget for the whole
// site asks a confirmed address. Rules saved by an administrator replace these defaults.
import type { CurrentUser } from "../../core/auth/sessions";
import type { Site } from "../../core/db/types";
import { explainRule, type RuleExplanation } from "../../core/participation/explain";
import { EMAIL_RULE, normalizeRule, type ParticipationRule } from "../../core/participation/rule";
import { loadRule } from "../../core/participation/store";
import type { Services } from "../../core/services";
import { votingOpen } from "./domain/process-rules";
import type { Pool } from "./store/pools";
import type { BudgetProcess } from "./store/tables";

export type BudgetAction = "propose" | "ballot";

export function budgetRuleDefaults(process: Pick<BudgetProcess, "area_id">): Record<BudgetAction, ParticipationRule> {
  return {
    propose: EMAIL_RULE,
    ballot: process.area_id === null ? EMAIL_RULE : { level: "identity", areaIds: [process.area_id], minAge: null },
  };
}

export const VERIFY_FIRST_KEYS: Record<BudgetAction, string> = {
  propose: "budgeting.errors.verifyFirstPropose",
  ballot: "budgeting.vote.unverified",
};

export const budgetActionKey = (action: BudgetAction) => `participation.action.budgeting.${action}`;

/** The rule of `action` in this budget, explained for this visitor. */
export async function budgetRule(
  services: Services,
  site: Site,
  user: CurrentUser | null,
  process: BudgetProcess,
  action: BudgetAction,
): Promise<RuleExplanation> {
  const key = { siteId: site.id, component: "budgeting", processId: process.id };
  const stored = await loadRule(services.db.kysely, key, action, budgetRuleDefaults(process)[action]);
  const returnTo = action === "ballot" ? `/begroting/${process.id}/stemmen` : `/begroting/${process.id}/indienen`;
  // Whoever cannot vote online may still have a voting code from the letter.
  const alternative =
    action === "ballot" && votingOpen(process)
      ? { href: `/begroting/${process.id}/stemcode`, labelKey: "budgeting.process.voteWithCode" }
      : undefined;
  return explainRule(services, site, user, stored, budgetActionKey(action), returnTo, alternative);
}

/**
 * Who may vote online in each pool (docs/budgeting.md, "Pools"): the main pool by the ballot rule
 * above; the pool of an area by the same rule (its minimum age too) for verified residents of that
 * area (by verified postcode or by the letter code of the identity check, which names the area).
 * A pool whose area was removed has no online voters. Voting codes: see commands/ballot-paper.ts.
 */
export async function budgetPoolRules(
  services: Services,
  site: Site,
  user: CurrentUser | null,
  process: BudgetProcess,
  pools: readonly Pool[],
): Promise<Map<number, RuleExplanation>> {
  const key = { siteId: site.id, component: "budgeting", processId: process.id };
  const stored = await loadRule(services.db.kysely, key, "ballot", budgetRuleDefaults(process).ballot);
  const returnTo = `/begroting/${process.id}/stemmen`;
  const out = new Map<number, RuleExplanation>();
  for (const pool of pools) {
    const rule = pool.main
      ? stored.rule
      : normalizeRule({ ...stored.rule, areaIds: pool.areaId === null ? [-1] : [pool.areaId] });
    out.set(pool.id, await explainRule(services, site, user, { ...stored, rule }, budgetActionKey("ballot"), returnTo));
  }
  return out;
}
