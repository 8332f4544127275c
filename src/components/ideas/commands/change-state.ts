// Applies one lifecycle transition inside the caller's transaction: the pure state machine decides
// whether it is allowed and the new state; the row is updated only if it is still in the state the
// machine was asked about (a conditional UPDATE, so of two racing requests exactly one wins); then
// the timeline event and the outbox row that notifies people are written. Every change of state,
// the automatic ones (forwarding at the threshold, expiry at the deadline) included, comes here.
import type { Updateable } from "kysely";
import type { Executor } from "../../../core/db/database";
import { iso } from "../../../core/db/time";
import { conflict, HttpError } from "../../../core/http/errors";
import { queueEvent } from "../../../core/mail/queue";
import { effectiveState } from "../domain/idea-rules";
import { allowedFrom, transition, type Actor, type IdeaAction } from "../domain/states";
import { insertEvent } from "../store/timeline";
import type { EventRow, IdeaRow, IdeasTable } from "../store/tables";

/** Tells the author, supporters and followers. */
export const NOTIFY_EVENT = "ideas.notify";
/** Tells the council too: the idea reached its threshold. */
export const FORWARDED_EVENT = "ideas.forwarded";

/**
 * The idea is not, or no longer, in a state the action starts from: another request changed it
 * first. Callers that race by design (the expiry job) may ignore this and nothing else.
 */
export class StateConflict extends HttpError {
  constructor(key: "ideas.errors.wrongState" | "ideas.errors.changedMeanwhile") {
    super(409, key);
  }
}

export interface ChangeInput {
  idea: Pick<IdeaRow, "id" | "site_id" | "state" | "deadline_at" | "state_before_hidden" | "answer_kind">;
  action: IdeaAction;
  actor: Actor;
  actorUserId: number | null;
  /** The role shown in the timeline ("author", "council", "official", "moderator", "system"). */
  actorRole?: string;
  set?: Updateable<IdeasTable>;
  body?: string;
}

export async function changeState(trx: Executor, input: ChangeInput, now: Date): Promise<EventRow> {
  const { idea, action, actor } = input;
  // An open idea past its deadline is expired even if the job has not run yet.
  const current = action === "expire" ? idea.state : effectiveState(idea.state, idea.deadline_at, now);
  const result = transition({
    state: current,
    action,
    actor,
    previous: idea.state_before_hidden,
    answerKind: input.set?.answer_kind ?? idea.answer_kind,
  });
  if (!result.ok) {
    if (result.reason === "automaticOnly" || result.reason === "wrongActor")
      throw new HttpError(403, "ideas.errors.automaticOnly");
    if (result.reason === "notAdopted") throw conflict("ideas.errors.notAdopted");
    throw new StateConflict("ideas.errors.wrongState");
  }
  const set: Updateable<IdeasTable> = { ...input.set, state: result.to, updated_at: iso(now) };
  if (action === "hide") set.state_before_hidden = idea.state;
  if (action === "restore") {
    set.state_before_hidden = null;
    set.hidden_reason = null;
  }
  // Still in a state the action starts from, and still the very state read: else someone was first.
  const updated = await trx
    .updateTable("ideas")
    .set(set)
    .where("id", "=", idea.id)
    .where("state", "in", allowedFrom(action))
    .where("state", "=", idea.state)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw new StateConflict("ideas.errors.changedMeanwhile");
  const event = await insertEvent(
    trx,
    {
      ideaId: idea.id,
      kind: action === "answer" ? "response" : "state",
      from: idea.state,
      to: result.to,
      actorRole: input.actorRole ?? actor,
      actorUserId: input.actorUserId,
      body: input.body ?? "",
    },
    now,
  );
  // Hiding is moderation, not news: no mail about it.
  if (action !== "hide" && action !== "restore")
    await queueEvent(
      trx,
      idea.site_id,
      action === "forward" ? FORWARDED_EVENT : NOTIFY_EVENT,
      { eventId: event.id },
      now,
    );
  return event;
}

/** Loads an idea of this site for a change, or 404 (ids of other sites do not exist here). */
export async function loadForChange(trx: Executor, siteId: number, ideaId: number): Promise<IdeaRow> {
  const idea = await trx
    .selectFrom("ideas")
    .selectAll()
    .where("site_id", "=", siteId)
    .where("id", "=", ideaId)
    .executeTakeFirst();
  if (!idea) throw new HttpError(404, "errors.notFound");
  return idea;
}
