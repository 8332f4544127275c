// Participation rules per process and action (table participation_rules). A process without a
// stored rule for an action uses the component's default for it.
import type { Executor } from "../db/database";
import { iso } from "../db/time";
import { isTighter, normalizeRule, type ParticipationRule, sameRule } from "./rule";
import type { VerificationLevel } from "./verification-level";

export interface ParticipationRulesTable {
  site_id: number;
  component: string;
  process_id: number;
  action: string;
  level: VerificationLevel;
  area_ids: string;
  min_age: number | null;
  updated_at: string;
  tightened_at: string | null;
}

declare module "../db/types" {
  interface Database {
    participation_rules: ParticipationRulesTable;
  }
}

export interface StoredRule {
  rule: ParticipationRule;
  /** Contributions made before this moment were made under an earlier, looser rule. */
  tightenedAt: string | null;
}

export interface RuleKey {
  siteId: number;
  component: string;
  processId: number;
}

const toRule = (row: Pick<ParticipationRulesTable, "level" | "area_ids" | "min_age">): ParticipationRule =>
  normalizeRule({
    level: row.level,
    areaIds: row.area_ids ? row.area_ids.split(",").map(Number) : [],
    minAge: row.min_age,
  });

/**
 * A stored rule from a row a component joined itself (null: none stored), so a hot path such as
 * supporting needs no extra query.
 */
export function storedRuleOf(
  row: { level: VerificationLevel | null; area_ids: string | null; min_age: number | null } | null,
  fallback: ParticipationRule,
  tightenedAt: string | null,
): StoredRule {
  if (!row || row.level === null) return { rule: normalizeRule(fallback), tightenedAt: null };
  return { rule: toRule({ level: row.level, area_ids: row.area_ids ?? "", min_age: row.min_age }), tightenedAt };
}

/** The rules of a process for `actions`, each with its default when none is stored. */
export async function loadRules<A extends string>(
  db: Executor,
  key: RuleKey,
  defaults: Record<A, ParticipationRule>,
): Promise<Record<A, StoredRule>> {
  const rows = await db
    .selectFrom("participation_rules")
    .selectAll()
    .where("site_id", "=", key.siteId)
    .where("component", "=", key.component)
    .where("process_id", "=", key.processId)
    .execute();
  const out = {} as Record<A, StoredRule>;
  for (const action of Object.keys(defaults) as A[]) {
    const row = rows.find((r) => r.action === action);
    out[action] = row
      ? { rule: toRule(row), tightenedAt: row.tightened_at }
      : { rule: normalizeRule(defaults[action]), tightenedAt: null };
  }
  return out;
}

/** The rule of one action. */
export async function loadRule(
  db: Executor,
  key: RuleKey,
  action: string,
  fallback: ParticipationRule,
): Promise<StoredRule> {
  return (await loadRules(db, key, { [action]: fallback }))[action]!;
}

/** Stores the rules; an action whose rule asks more than before gets a new `tightened_at`. */
export async function saveRules<A extends string>(
  trx: Executor,
  key: RuleKey,
  rules: Record<A, ParticipationRule>,
  defaults: Record<A, ParticipationRule>,
  now: Date,
): Promise<A[]> {
  const before = await loadRules(trx, key, defaults);
  const tightened: A[] = [];
  for (const action of Object.keys(rules) as A[]) {
    const rule = normalizeRule(rules[action]);
    const old = before[action];
    if (sameRule(old.rule, rule)) continue;
    const tighter = isTighter(old.rule, rule);
    if (tighter) tightened.push(action);
    const values = {
      level: rule.level,
      area_ids: rule.areaIds.join(","),
      min_age: rule.minAge,
      updated_at: iso(now),
      tightened_at: tighter ? iso(now) : old.tightenedAt,
    };
    await trx
      .insertInto("participation_rules")
      .values({ site_id: key.siteId, component: key.component, process_id: key.processId, action, ...values })
      .onConflict((oc) => oc.columns(["component", "process_id", "action"]).doUpdateSet(values))
      .execute();
  }
  return tightened;
}
