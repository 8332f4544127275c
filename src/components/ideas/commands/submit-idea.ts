// Submit (as a draft), edit until the first support, publish, withdraw: the author's use cases.
import crypto from "node:crypto";
import type { CurrentUser } from "../../../core/auth/sessions";
import type { Executor } from "../../../core/db/database";
import { iso } from "../../../core/db/time";
import type { IdeaRow } from "../store/tables";
import type { Site } from "../../../core/db/types";
import { badRequest, conflict, HttpError } from "../../../core/http/errors";
import type { PlaceValue } from "../../../core/places/location-input";
import type { Services } from "../../../core/services";
import { supportDeadline } from "../domain/deadlines";
import { allowedFrom } from "../domain/states";
import { canAuthorAct, canEdit, EDITABLE_STATES } from "../permissions";
import { ensureProcess } from "../store/processes";
import { changeState, loadForChange } from "./change-state";

export interface IdeaInput {
  title: string;
  body: string;
  areaId: number;
  category: string | null;
  /** From core/places resolveLocation; undefined leaves a stored location as it is. */
  place?: PlaceValue | null;
}

const locationColumns = (place: PlaceValue | null) => ({
  location_lat_e6: place?.point?.latE6 ?? null,
  location_lng_e6: place?.point?.lngE6 ?? null,
  location_address: place?.address ?? null,
});

const CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"; // no look-alikes (l/1, o/0) on a printed poster
export function newShortCode(): string {
  const bytes = crypto.randomBytes(7);
  return [...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join("");
}

async function checkArea(services: Services, siteId: number, areaId: number): Promise<void> {
  const area = await services.db.kysely
    .selectFrom("areas")
    .select("id")
    .where("id", "=", areaId)
    .where("site_id", "=", siteId)
    .executeTakeFirst();
  if (!area) throw badRequest("errors.badRequest", [{ field: "areaId", messageKey: "ideas.errors.area" }]);
}

export async function submitIdea(services: Services, site: Site, user: CurrentUser, input: IdeaInput): Promise<number> {
  if (user.siteId !== site.id) throw new HttpError(403, "errors.forbidden");
  await checkArea(services, site.id, input.areaId);
  const now = services.clock();
  return services.db.kysely.transaction().execute((trx) => insertDraft(trx, site, user.id, input, now));
}

/** Writes a draft by `authorId` in `trx` (also used for ideas proposed on paper). */
export async function insertDraft(
  trx: Executor,
  site: Site,
  authorId: number,
  input: IdeaInput,
  now: Date,
): Promise<number> {
  {
    const process = await ensureProcess(trx, site, now);
    const row = await trx
      .insertInto("ideas")
      .values({
        site_id: site.id,
        process_id: process.id,
        area_id: input.areaId,
        author_id: authorId,
        short_code: newShortCode(),
        category: input.category,
        title: input.title,
        body: input.body,
        state: "draft",
        state_before_hidden: null,
        hidden_reason: null,
        threshold: process.threshold,
        response_days: process.response_days,
        council_name: process.council_name,
        support_count: 0,
        created_at: iso(now),
        updated_at: iso(now),
        published_at: null,
        deadline_at: null,
        forwarded_at: null,
        due_at: null,
        meeting_at: null,
        answered_at: null,
        answer_kind: null,
        answer_text: null,
        last_reaction_at: null,
        reminders_sent: 0,
        ...locationColumns(input.place ?? null),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    return row.id;
  }
}

export async function editIdea(
  services: Services,
  site: Site,
  user: CurrentUser,
  ideaId: number,
  input: IdeaInput,
): Promise<void> {
  await checkArea(services, site.id, input.areaId);
  const now = services.clock();
  await services.db.kysely.transaction().execute(async (trx) => {
    const idea = await loadForChange(trx, site.id, ideaId);
    const verdict = canEdit(
      { authorId: idea.author_id, state: idea.state, supportCount: idea.support_count, siteId: idea.site_id },
      user,
    );
    if (!verdict.ok) throw new HttpError(verdict.status, verdict.key);
    // The first support may arrive between the check and this write: the condition re-checks it.
    const res = await trx
      .updateTable("ideas")
      .set({
        title: input.title,
        body: input.body,
        area_id: input.areaId,
        category: input.category,
        updated_at: iso(now),
        ...(input.place === undefined ? {} : locationColumns(input.place)),
      })
      .where("id", "=", idea.id)
      .where("support_count", "=", 0)
      .where("state", "in", EDITABLE_STATES)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw conflict("ideas.errors.alreadySupported");
  });
}

export async function publishIdea(services: Services, site: Site, user: CurrentUser, ideaId: number): Promise<void> {
  const now = services.clock();
  await services.db.kysely.transaction().execute(async (trx) => {
    const idea = await loadForChange(trx, site.id, ideaId);
    const verdict = canAuthorAct(
      { authorId: idea.author_id, state: idea.state, supportCount: idea.support_count, siteId: idea.site_id },
      user,
      allowedFrom("publish"),
    );
    if (!verdict.ok) throw new HttpError(verdict.status, verdict.key);
    await publishDraft(trx, site, idea, user.id, now);
  });
}

/** Publishes a draft in `trx`: the promise is fixed now, with the process's current numbers. */
export async function publishDraft(
  trx: Executor,
  site: Site,
  idea: IdeaRow,
  actorUserId: number,
  now: Date,
): Promise<void> {
  {
    const process = await ensureProcess(trx, site, now);
    await changeState(
      trx,
      {
        idea,
        action: "publish",
        actor: "author",
        actorUserId,
        set: {
          published_at: iso(now),
          deadline_at: supportDeadline(iso(now), process.support_days),
          process_id: process.id,
          threshold: process.threshold,
          response_days: process.response_days,
          council_name: process.council_name,
        },
      },
      now,
    );
  }
}

export async function withdrawIdea(services: Services, site: Site, user: CurrentUser, ideaId: number): Promise<void> {
  const now = services.clock();
  await services.db.kysely.transaction().execute(async (trx) => {
    const idea = await loadForChange(trx, site.id, ideaId);
    if (user.id !== idea.author_id) throw new HttpError(403, "ideas.errors.notAuthor");
    await changeState(trx, { idea, action: "withdraw", actor: "author", actorUserId: user.id }, now);
  });
}
