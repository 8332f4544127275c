// Supporting an idea and withdrawing a support. The support row, the counter and (at the N-th
// support) the forwarding are written in one transaction. The counting UPDATE is conditional on the
// idea still collecting supports (the same rule the page asks) and locks the idea's row until
// commit: concurrent supports wait on it, so exactly one of them sees the count reach the threshold
// while the idea is still open, and forwards it through the state machine (changeState), on SQLite
// and PostgreSQL alike.
import type { CurrentUser } from "../../../core/auth/sessions";
import type { Executor } from "../../../core/db/database";
import { iso } from "../../../core/db/time";
import type { Site } from "../../../core/db/types";
import { conflict, HttpError } from "../../../core/http/errors";
import type { Services } from "../../../core/services";
import { holds } from "../domain/idea-condition";
import { collectsSupport, thresholdReached } from "../domain/idea-rules";
import { responseDue } from "../domain/deadlines";
import { type IdeaState, offers } from "../domain/states";
import { explainRule } from "../../../core/participation/explain";
import { verifiedResident } from "../../../core/participation/participant";
import { requireRule } from "../../../core/participation/refusal-error";
import { storedRuleOf } from "../../../core/participation/store";
import { IDEA_RULE_DEFAULTS, ideaActionKey, VERIFY_FIRST_KEYS } from "../participation";
import { canSupport } from "../permissions";
import { ideaWhere } from "../store/idea-condition-sql";
import { changeState } from "./change-state";

export interface SupportResult {
  count: number;
  supported: boolean;
  forwarded: boolean;
}

/**
 * After a counting UPDATE: forwards the idea when this count reached the threshold while it was
 * open. The state machine says which states forward (only "open"); under the row lock no other
 * support can change the idea between the count and the forwarding. Paper supports use it too.
 */
export async function forwardIfReached(
  trx: Executor,
  idea: Awaited<ReturnType<typeof loadTarget>>,
  counted: { support_count: number; state: IdeaState },
  now: Date,
): Promise<boolean> {
  const forwarded = offers(counted.state, "forward") && thresholdReached(counted.support_count, idea.threshold);
  if (forwarded)
    await changeState(
      trx,
      {
        idea: { ...idea, state: counted.state },
        action: "forward",
        actor: "system",
        actorUserId: null,
        set: { forwarded_at: iso(now), due_at: responseDue(iso(now), idea.response_days) },
      },
      now,
    );
  return forwarded;
}

export async function loadTarget(trx: Executor, siteId: number, ideaId: number) {
  const idea = await trx
    .selectFrom("ideas")
    .innerJoin("idea_processes", "idea_processes.id", "ideas.process_id")
    // The support rule comes along in the same query: supporting is the hot path.
    .leftJoin("participation_rules as rule", (join) =>
      join
        .onRef("rule.process_id", "=", "ideas.process_id")
        .on("rule.component", "=", "ideas")
        .on("rule.action", "=", "support"),
    )
    .select([
      "rule.level as rule_level",
      "rule.area_ids as rule_area_ids",
      "rule.min_age as rule_min_age",
      "rule.tightened_at as rule_tightened_at",
      "ideas.id",
      "ideas.site_id",
      "ideas.author_id",
      "ideas.state",
      "ideas.state_before_hidden",
      "ideas.answer_kind",
      "ideas.deadline_at",
      "ideas.published_at",
      "ideas.due_at",
      "ideas.last_reaction_at",
      "ideas.threshold",
      "ideas.response_days",
      "ideas.support_count",
      "ideas.process_id",
      "idea_processes.count_after_threshold",
    ])
    .where("ideas.site_id", "=", siteId)
    .where("ideas.id", "=", ideaId)
    .executeTakeFirst();
  if (!idea) throw new HttpError(404, "errors.notFound");
  return idea;
}

export async function supportIdea(
  services: Services,
  site: Site,
  user: CurrentUser,
  ideaId: number,
): Promise<SupportResult> {
  const now = services.clock();
  const nowIso = iso(now);
  // Checks read outside the transaction, so a connection is held only for the writes; the
  // conditional UPDATE below re-checks state and deadline under the row lock.
  const db = services.db.kysely;
  const idea = await loadTarget(db, site.id, ideaId);
  const collecting = collectsSupport(now, idea.count_after_threshold === 1);
  const verdict = canSupport(holds(collecting, idea));
  if (!verdict.ok) throw new HttpError(verdict.status, verdict.key);
  // Who may support: the process's participation rule; a refusal says what is missing.
  const stored = storedRuleOf(
    { level: idea.rule_level, area_ids: idea.rule_area_ids, min_age: idea.rule_min_age },
    IDEA_RULE_DEFAULTS.support,
    idea.rule_tightened_at,
  );
  const rule = await explainRule(services, site, user, stored, ideaActionKey("support"), `/ideeen/${idea.id}`);
  requireRule(rule, VERIFY_FIRST_KEYS.support);

  const result = await db.transaction().execute(async (trx) => {
    // The unique constraint decides "one support per person", also under concurrency.
    const inserted = await trx
      .insertInto("idea_supports")
      // Whether a verified resident gave it, as they were at this moment (honest counts).
      .values({ idea_id: idea.id, user_id: user.id, created_at: nowIso, verified: verifiedResident(user) ? 1 : 0 })
      .onConflict((oc) => oc.columns(["idea_id", "user_id"]).doNothing())
      .returning("idea_id")
      .executeTakeFirst();
    if (!inserted) return { count: idea.support_count, supported: true, forwarded: false };

    const counted = await trx
      .updateTable("ideas")
      .set((eb) => ({
        support_count: eb("support_count", "+", 1),
        ...(user.id !== idea.author_id ? { last_reaction_at: nowIso } : {}),
      }))
      .where("id", "=", idea.id)
      .where(ideaWhere(collecting))
      .returning(["support_count", "state"])
      .executeTakeFirst();
    // The idea changed state between our read and this write (withdrawn, expired, hidden).
    if (!counted) throw conflict("ideas.errors.notOpen");

    const forwarded = await forwardIfReached(trx, idea, counted, now);
    return { count: counted.support_count, supported: true, forwarded };
  });
  if (result.forwarded) services.kickOutbox();
  return result;
}

export async function unsupportIdea(
  services: Services,
  site: Site,
  user: CurrentUser,
  ideaId: number,
): Promise<SupportResult> {
  const now = services.clock();
  return services.db.kysely.transaction().execute(async (trx) => {
    const idea = await loadTarget(trx, site.id, ideaId);
    const removed = await trx
      .deleteFrom("idea_supports")
      .where("idea_id", "=", idea.id)
      .where("user_id", "=", user.id)
      .returning("idea_id")
      .executeTakeFirst();
    if (!removed) return { count: idea.support_count, supported: false, forwarded: false };
    // Withdrawing is possible while the idea collects supports; a forwarding is never undone.
    const counted = await trx
      .updateTable("ideas")
      .set((eb) => ({ support_count: eb("support_count", "-", 1) }))
      .where("id", "=", idea.id)
      .where(ideaWhere(collectsSupport(now, idea.count_after_threshold === 1)))
      .returning("support_count")
      .executeTakeFirst();
    if (!counted) throw conflict("ideas.errors.notOpen");
    return { count: counted.support_count, supported: false, forwarded: false };
  });
}
