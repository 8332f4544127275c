// Supporting an idea and withdrawing a support. The support row, the counter and (at the N-th
// support) the forwarding are written in one transaction. Forwarding is a conditional UPDATE
// (`where state = 'open' and support_count >= threshold`): concurrent supports wait on the idea's
// row lock, so exactly one of them sees 'open' and forwards, on SQLite and PostgreSQL alike.
import type { CurrentUser } from "../../../core/auth/sessions";
import type { Executor } from "../../../core/db/database";
import { iso } from "../../../core/db/time";
import type { Site } from "../../../core/db/types";
import { conflict, HttpError } from "../../../core/http/errors";
import { queueEvent } from "../../../core/mail/queue";
import type { Services } from "../../../core/services";
import { effectiveState, responseDue } from "../domain/deadlines";
import { canSupport, collectsSupport } from "../permissions";
import { insertEvent } from "../store/timeline";
import { FORWARDED_EVENT } from "./change-state";

export interface SupportResult {
  count: number;
  supported: boolean;
  forwarded: boolean;
}

async function loadTarget(trx: Executor, siteId: number, ideaId: number) {
  const idea = await trx
    .selectFrom("ideas")
    .innerJoin("idea_processes", "idea_processes.id", "ideas.process_id")
    .select([
      "ideas.id",
      "ideas.site_id",
      "ideas.author_id",
      "ideas.state",
      "ideas.deadline_at",
      "ideas.threshold",
      "ideas.response_days",
      "ideas.support_count",
      "idea_processes.support_rule",
      "idea_processes.count_after_threshold",
    ])
    .where("ideas.site_id", "=", siteId)
    .where("ideas.id", "=", ideaId)
    .executeTakeFirst();
  if (!idea) throw new HttpError(404, "errors.notFound");
  return idea;
}

const COLLECTING = ["open", "forwarded", "scheduled"] as const;

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
  const state = effectiveState(idea.state, idea.deadline_at, now);
  const beforeDeadline = !!idea.deadline_at && now.getTime() < Date.parse(idea.deadline_at);
  const collecting = collectsSupport(state, idea.count_after_threshold === 1, beforeDeadline);
  let postcode: string | null = null;
  let ranges: string[] = [];
  if (idea.support_rule === "postcode") {
    postcode =
      (await db.selectFrom("users").select("postcode").where("id", "=", user.id).executeTakeFirst())?.postcode ?? null;
    ranges = (await db.selectFrom("areas").select("postcode_ranges").where("site_id", "=", site.id).execute()).map(
      (a) => a.postcode_ranges,
    );
  }
  const verdict = canSupport(
    collecting,
    { emailVerified: user.emailVerified, postcode },
    {
      supportRule: idea.support_rule,
      countAfterThreshold: idea.count_after_threshold === 1,
      areaPostcodeRanges: ranges,
    },
  );
  if (!verdict.ok) throw new HttpError(verdict.status, verdict.key);

  const result = await db.transaction().execute(async (trx) => {
    // The unique constraint decides "one support per person", also under concurrency.
    const inserted = await trx
      .insertInto("idea_supports")
      .values({ idea_id: idea.id, user_id: user.id, created_at: nowIso })
      .onConflict((oc) => oc.columns(["idea_id", "user_id"]).doNothing())
      .returning("idea_id")
      .executeTakeFirst();
    if (!inserted) return { count: idea.support_count, supported: true, forwarded: false };

    const allowed = idea.count_after_threshold === 1 ? [...COLLECTING] : ["open" as const];
    const counted = await trx
      .updateTable("ideas")
      .set((eb) => ({
        support_count: eb("support_count", "+", 1),
        ...(user.id !== idea.author_id ? { last_reaction_at: nowIso } : {}),
      }))
      .where("id", "=", idea.id)
      .where("state", "in", allowed)
      .where("deadline_at", ">", nowIso)
      .returning(["support_count", "state"])
      .executeTakeFirst();
    // The idea changed state between our read and this write (withdrawn, expired, hidden).
    if (!counted) throw conflict("ideas.errors.notOpen");

    let forwarded = false;
    if (counted.state === "open" && counted.support_count >= idea.threshold) {
      const crossed = await trx
        .updateTable("ideas")
        .set({
          state: "forwarded",
          forwarded_at: nowIso,
          due_at: responseDue(nowIso, idea.response_days),
          updated_at: nowIso,
        })
        .where("id", "=", idea.id)
        .where("state", "=", "open")
        .where("support_count", ">=", idea.threshold)
        .returning("id")
        .executeTakeFirst();
      if (crossed) {
        forwarded = true;
        const event = await insertEvent(
          trx,
          { ideaId: idea.id, kind: "state", from: "open", to: "forwarded", actorRole: "system", actorUserId: null },
          now,
        );
        await queueEvent(trx, site.id, FORWARDED_EVENT, { eventId: event.id }, now);
      }
    }
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
  const nowIso = iso(now);
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
    const allowed = idea.count_after_threshold === 1 ? [...COLLECTING] : ["open" as const];
    const counted = await trx
      .updateTable("ideas")
      .set((eb) => ({ support_count: eb("support_count", "-", 1) }))
      .where("id", "=", idea.id)
      .where("state", "in", allowed)
      .where("deadline_at", ">", nowIso)
      .returning("support_count")
      .executeTakeFirst();
    if (!counted) throw conflict("ideas.errors.notOpen");
    return { count: counted.support_count, supported: false, forwarded: false };
  });
}
