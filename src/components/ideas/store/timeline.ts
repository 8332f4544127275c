// The timeline of an idea: state changes, official updates and responses, with date and role.
import type { Executor } from "../../../core/db/database";
import { iso } from "../../../core/db/time";
import type { IdeaState } from "../domain/states";
import type { EventRow, IdeaEventsTable } from "./tables";

export interface NewEvent {
  ideaId: number;
  kind: IdeaEventsTable["kind"];
  from?: IdeaState | null;
  to?: IdeaState | null;
  actorRole: string;
  actorUserId: number | null;
  body?: string;
}

export async function insertEvent(db: Executor, e: NewEvent, now: Date): Promise<EventRow> {
  return db
    .insertInto("idea_events")
    .values({
      idea_id: e.ideaId,
      kind: e.kind,
      from_state: e.from ?? null,
      to_state: e.to ?? null,
      actor_role: e.actorRole,
      actor_user_id: e.actorUserId,
      body: e.body ?? "",
      created_at: iso(now),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** An idea's events in the order they happened (by date; the row id only breaks ties). */
export async function timelineOf(db: Executor, ideaId: number): Promise<EventRow[]> {
  return db
    .selectFrom("idea_events")
    .selectAll()
    .where("idea_id", "=", ideaId)
    .orderBy("created_at", "asc")
    .orderBy("id", "asc")
    .execute();
}
