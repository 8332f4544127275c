// Polls, their choices and votes. Reads are scoped to the site; one vote per person is held by the
// unique constraint (poll_votes_one_per_person), so two quick clicks count once.
import type { Executor } from "../../../core/db/database";
import { iso } from "../../../core/db/time";
import "../store/page-tables";
import type { PollRow } from "../store/page-tables";
import type { PollInput } from "./poll-form";

export interface PollChoice {
  id: number;
  label: string;
}
export type Poll = PollRow & { choices: PollChoice[] };

async function withChoices(db: Executor, rows: PollRow[]): Promise<Poll[]> {
  if (rows.length === 0) return [];
  const choices = await db
    .selectFrom("poll_choices")
    .select(["id", "poll_id", "label"])
    .where(
      "poll_id",
      "in",
      rows.map((r) => r.id),
    )
    .orderBy("poll_id")
    .orderBy("position")
    .execute();
  return rows.map((r) => ({
    ...r,
    choices: choices.filter((c) => c.poll_id === r.id).map((c) => ({ id: c.id, label: c.label })),
  }));
}

export async function getPoll(db: Executor, siteId: number, id: number): Promise<Poll | undefined> {
  const row = await db
    .selectFrom("polls")
    .selectAll()
    .where("site_id", "=", siteId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? (await withChoices(db, [row]))[0] : undefined;
}

/** A consultation's polls; `publishedOnly` for residents. */
export async function pollsOf(db: Executor, consultationId: number, publishedOnly: boolean): Promise<Poll[]> {
  const rows = await db
    .selectFrom("polls")
    .selectAll()
    .where("consultation_id", "=", consultationId)
    .$if(publishedOnly, (q) => q.where("published", "=", 1))
    .orderBy("id")
    .execute();
  return withChoices(db, rows);
}

/** Published polls staff put on the home page, of published consultations, newest first. */
export async function homePolls(db: Executor, siteId: number): Promise<Poll[]> {
  const rows = await db
    .selectFrom("polls")
    .innerJoin("consultations", "consultations.id", "polls.consultation_id")
    .selectAll("polls")
    .where("polls.site_id", "=", siteId)
    .where("polls.on_home", "=", 1)
    .where("polls.published", "=", 1)
    .where("consultations.published", "=", 1)
    .orderBy("polls.id", "desc")
    .limit(2)
    .execute();
  return withChoices(db, rows);
}

export async function voteCount(db: Executor, pollId: number): Promise<number> {
  const row = await db
    .selectFrom("poll_votes")
    .select((e) => e.fn.countAll<number | string>().as("n"))
    .where("poll_id", "=", pollId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Votes per choice id. */
export async function voteCounts(db: Executor, pollId: number): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom("poll_votes")
    .select(["choice_id", (e) => e.fn.countAll<number | string>().as("n")])
    .where("poll_id", "=", pollId)
    .groupBy("choice_id")
    .execute();
  return new Map(rows.map((r) => [r.choice_id, Number(r.n)]));
}

/** The choice this person voted for, or null. */
export async function ownVote(db: Executor, pollId: number, userId: number): Promise<number | null> {
  const row = await db
    .selectFrom("poll_votes")
    .select("choice_id")
    .where("poll_id", "=", pollId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row?.choice_id ?? null;
}

/** Records a vote; false when this person had already voted (the first vote stays). */
export async function castVote(trx: Executor, pollId: number, choiceId: number, userId: number, now: Date) {
  const row = await trx
    .insertInto("poll_votes")
    .values({ poll_id: pollId, choice_id: choiceId, user_id: userId, created_at: iso(now) })
    .onConflict((oc) => oc.columns(["poll_id", "user_id"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  return row !== undefined;
}

export async function createPoll(trx: Executor, siteId: number, consultationId: number, input: PollInput, now: Date) {
  const { id } = await trx
    .insertInto("polls")
    .values({
      site_id: siteId,
      consultation_id: consultationId,
      question: input.question,
      results: input.results,
      on_home: input.onHome ? 1 : 0,
      published: input.published ? 1 : 0,
      closed_at: null,
      created_at: iso(now),
      updated_at: iso(now),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await trx
    .insertInto("poll_choices")
    .values(input.choices.map((label, i) => ({ poll_id: id, position: i + 1, label })))
    .execute();
  return id;
}

/**
 * Saves the form. Choices keep their ids (and so their votes) by position; with votes the caller
 * has made sure the number is unchanged (poll-form.ts `choicesChangeAllowed`).
 */
export async function updatePoll(trx: Executor, poll: Poll, input: PollInput, now: Date): Promise<void> {
  await trx
    .updateTable("polls")
    .set({
      question: input.question,
      results: input.results,
      on_home: input.onHome ? 1 : 0,
      published: input.published ? 1 : 0,
      updated_at: iso(now),
    })
    .where("id", "=", poll.id)
    .execute();
  for (const [i, label] of input.choices.entries()) {
    const existing = poll.choices[i];
    if (existing) {
      if (existing.label !== label)
        await trx.updateTable("poll_choices").set({ label }).where("id", "=", existing.id).execute();
    } else
      await trx
        .insertInto("poll_choices")
        .values({ poll_id: poll.id, position: i + 1, label })
        .execute();
  }
  const removed = poll.choices.slice(input.choices.length).map((c) => c.id);
  if (removed.length) await trx.deleteFrom("poll_choices").where("id", "in", removed).execute();
}

/** Closes the poll (idempotent: the first closing time stays). */
export async function closePoll(trx: Executor, pollId: number, now: Date): Promise<boolean> {
  const result = await trx
    .updateTable("polls")
    .set({ closed_at: iso(now), updated_at: iso(now) })
    .where("id", "=", pollId)
    .where("closed_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
