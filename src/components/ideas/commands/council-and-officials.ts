// The municipality's use cases: a council member schedules a forwarded idea for a meeting; an
// official answers it, posts public updates, and moves adopted ideas to in progress and completed.
import type { CurrentUser } from "../../../core/auth/sessions";
import { audit } from "../../../core/audit/log";
import { iso } from "../../../core/db/time";
import type { Site } from "../../../core/db/types";
import { HttpError } from "../../../core/http/errors";
import { queueEvent } from "../../../core/mail/queue";
import type { Services } from "../../../core/services";
import type { AnswerKind } from "../domain/states";
import { isCouncil, isOfficial } from "../permissions";
import { insertEvent } from "../store/timeline";
import { changeState, loadForChange, NOTIFY_EVENT } from "./change-state";

export async function scheduleIdea(
  services: Services,
  site: Site,
  user: CurrentUser,
  ideaId: number,
  meetingAt: string,
): Promise<void> {
  if (!isCouncil(user)) throw new HttpError(403, "errors.forbidden");
  const now = services.clock();
  await services.db.kysely.transaction().execute(async (trx) => {
    const idea = await loadForChange(trx, site.id, ideaId);
    if (idea.state === "scheduled") {
      // A new date for an already scheduled idea: no state change, but it is news for the timeline.
      await trx
        .updateTable("ideas")
        .set({ meeting_at: meetingAt, updated_at: iso(now) })
        .where("id", "=", idea.id)
        .where("state", "=", "scheduled")
        .execute();
      const event = await insertEvent(
        trx,
        { ideaId: idea.id, kind: "meeting", actorRole: "council", actorUserId: user.id, body: meetingAt },
        now,
      );
      await queueEvent(trx, site.id, NOTIFY_EVENT, { eventId: event.id }, now);
    } else {
      await changeState(
        trx,
        {
          idea,
          action: "schedule",
          actor: "council",
          actorUserId: user.id,
          set: { meeting_at: meetingAt },
          body: meetingAt,
        },
        now,
      );
    }
    await audit(
      trx,
      {
        siteId: site.id,
        actorUserId: user.id,
        action: "ideas.schedule",
        subject: `idea:${idea.id}`,
        details: { meetingAt },
      },
      now,
    );
  });
  services.kickOutbox();
}

export async function answerIdea(
  services: Services,
  site: Site,
  user: CurrentUser,
  ideaId: number,
  kind: AnswerKind,
  text: string,
): Promise<void> {
  if (!isOfficial(user)) throw new HttpError(403, "errors.forbidden");
  const now = services.clock();
  await services.db.kysely.transaction().execute(async (trx) => {
    const idea = await loadForChange(trx, site.id, ideaId);
    await changeState(
      trx,
      {
        idea,
        action: "answer",
        actor: "official",
        actorUserId: user.id,
        body: text,
        set: { answer_kind: kind, answer_text: text, answered_at: iso(now) },
      },
      now,
    );
    await audit(
      trx,
      { siteId: site.id, actorUserId: user.id, action: "ideas.answer", subject: `idea:${idea.id}`, details: { kind } },
      now,
    );
  });
  services.kickOutbox();
}

export async function advanceIdea(
  services: Services,
  site: Site,
  user: CurrentUser,
  ideaId: number,
  action: "start" | "complete",
): Promise<void> {
  if (!isOfficial(user)) throw new HttpError(403, "errors.forbidden");
  const now = services.clock();
  await services.db.kysely.transaction().execute(async (trx) => {
    const idea = await loadForChange(trx, site.id, ideaId);
    await changeState(trx, { idea, action, actor: "official", actorUserId: user.id }, now);
    await audit(
      trx,
      { siteId: site.id, actorUserId: user.id, action: `ideas.${action}`, subject: `idea:${idea.id}` },
      now,
    );
  });
  services.kickOutbox();
}

/** A public update at any state; it also counts as a reaction for the "no reaction" list. */
export async function postUpdate(
  services: Services,
  site: Site,
  user: CurrentUser,
  ideaId: number,
  text: string,
): Promise<void> {
  if (!isOfficial(user)) throw new HttpError(403, "errors.forbidden");
  const now = services.clock();
  await services.db.kysely.transaction().execute(async (trx) => {
    const idea = await loadForChange(trx, site.id, ideaId);
    if (idea.state === "draft") throw new HttpError(409, "ideas.errors.wrongState");
    await trx
      .updateTable("ideas")
      .set({ last_reaction_at: iso(now) })
      .where("id", "=", idea.id)
      .execute();
    const event = await insertEvent(
      trx,
      { ideaId: idea.id, kind: "update", actorRole: "official", actorUserId: user.id, body: text },
      now,
    );
    await queueEvent(trx, site.id, NOTIFY_EVENT, { eventId: event.id }, now);
    await audit(
      trx,
      { siteId: site.id, actorUserId: user.id, action: "ideas.update", subject: `idea:${idea.id}` },
      now,
    );
  });
  services.kickOutbox();
}
