// A respondent's response to a survey: one row per account (or per anonymous token) and survey,
// held by unique constraints, with its answers as JSON per question. A response is a draft while
// submitted_at is null ("save and continue later") and counts once it is sent.
import type { Executor } from "../../../core/db/database";
import { forUpdate } from "../../../core/db/locks";
import { iso } from "../../../core/db/time";
import type { AnswerValue } from "../domain/questions";
import "./tables";

/** Who answers: an account, or a visitor known only by the hash of the token in their cookie. */
export type Respondent = { kind: "user"; userId: number } | { kind: "anonymous"; keyHash: string };

export function findResponse(db: Executor, surveyId: number, respondent: Respondent) {
  const query = db.selectFrom("survey_responses").selectAll().where("survey_id", "=", surveyId);
  return (
    respondent.kind === "user"
      ? query.where("user_id", "=", respondent.userId)
      : query.where("anonymous_key", "=", respondent.keyHash)
  ).executeTakeFirst();
}

export async function responseAnswers(db: Executor, responseId: number): Promise<Map<number, AnswerValue>> {
  const rows = await db
    .selectFrom("survey_answers")
    .select(["question_id", "value"])
    .where("response_id", "=", responseId)
    .execute();
  return new Map(rows.map((r) => [r.question_id, JSON.parse(r.value) as AnswerValue]));
}

/**
 * The respondent's response, made if there is none, and locked for this transaction. Two requests
 * racing to make it both end up with the same row: the unique constraint lets one insert win.
 */
export async function lockedResponse(trx: Executor, surveyId: number, respondent: Respondent, now: Date) {
  await trx
    .insertInto("survey_responses")
    .values({
      survey_id: surveyId,
      user_id: respondent.kind === "user" ? respondent.userId : null,
      anonymous_key: respondent.kind === "anonymous" ? respondent.keyHash : null,
      source: respondent.kind === "user" ? "online" : "anonymous",
      created_at: iso(now),
      updated_at: iso(now),
      submitted_at: null,
      area_id: null,
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
  const query = trx.selectFrom("survey_responses").selectAll().where("survey_id", "=", surveyId);
  const keyed =
    respondent.kind === "user"
      ? query.where("user_id", "=", respondent.userId)
      : query.where("anonymous_key", "=", respondent.keyHash);
  return forUpdate(trx, keyed).executeTakeFirstOrThrow();
}

/** Replaces the response's answers by `answers`. */
export async function replaceAnswers(
  trx: Executor,
  responseId: number,
  answers: ReadonlyMap<number, AnswerValue>,
): Promise<void> {
  await trx.deleteFrom("survey_answers").where("response_id", "=", responseId).execute();
  if (answers.size)
    await trx
      .insertInto("survey_answers")
      .values(
        [...answers].map(([questionId, value]) => ({
          response_id: responseId,
          question_id: questionId,
          value: JSON.stringify(value),
        })),
      )
      .execute();
}

export async function markResponse(
  trx: Executor,
  responseId: number,
  fields: { submittedAt: string | null; verified: boolean; areaId: number | null },
  now: Date,
): Promise<void> {
  await trx
    .updateTable("survey_responses")
    .set({
      submitted_at: fields.submittedAt,
      verified: fields.verified ? 1 : 0,
      area_id: fields.areaId,
      updated_at: iso(now),
    })
    .where("id", "=", responseId)
    .execute();
}

/** The site's areas with their postcode ranges: what an area question offers and places. */
export function areasWithRanges(db: Executor, siteId: number) {
  return db
    .selectFrom("areas")
    .select(["id", "name", "postcode_ranges"])
    .where("site_id", "=", siteId)
    .orderBy("name")
    .execute();
}
