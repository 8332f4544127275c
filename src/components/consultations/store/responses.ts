// A respondent's response to a survey: one row per account (or per anonymous token) and survey,
// held by unique constraints, with its answers as JSON per question. A response is a draft while
// submitted_at is null ("save and continue later") and counts once it is sent; the results read
// only sent responses. `saveResponse` writes a whole response at once (tests, demo, paper entry).
import type { SelectQueryBuilder } from "kysely";
import type { Executor } from "../../../core/db/database";
import type { Database } from "../../../core/db/types";
import { forUpdate } from "../../../core/db/locks";
import { iso } from "../../../core/db/time";
import type { AnswerValue, Answers } from "../domain/questions";
import { matchesFilter, type ResponseOrigin, type ResultFilter } from "../domain/result-filters";
import type { ResponseSource } from "./tables";

/**
 * Who answers: an account, or a visitor known only by the hash of the token in their cookie:
 * anonymously, or as the holder of an answer code (whose response the code made; codes/commands.ts).
 */
export type Respondent =
  | { kind: "user"; userId: number }
  | { kind: "anonymous"; keyHash: string }
  | { kind: "code"; keyHash: string };

/** The respondent's own response in a query of the survey's responses. */
function ofRespondent<Q extends SelectQueryBuilder<Database, "survey_responses", object>>(
  query: Q,
  respondent: Respondent,
): Q {
  if (respondent.kind === "user") return query.where("user_id", "=", respondent.userId) as Q;
  const keyed = query.where("anonymous_key", "=", respondent.keyHash);
  // A code's response only through its code's token, an anonymous one never through a code's.
  return (
    respondent.kind === "code" ? keyed.where("code_id", "is not", null) : keyed.where("code_id", "is", null)
  ) as Q;
}

export function findResponse(db: Executor, surveyId: number, respondent: Respondent) {
  return ofRespondent(
    db.selectFrom("survey_responses").selectAll().where("survey_id", "=", surveyId),
    respondent,
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
 * A code's response is made only by entering the code (codes/commands.ts), never here.
 */
export async function lockedResponse(trx: Executor, surveyId: number, respondent: Respondent, now: Date) {
  if (respondent.kind !== "code")
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
  return forUpdate(trx, ofRespondent(query, respondent)).executeTakeFirstOrThrow();
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

export interface NewResponse {
  surveyId: number;
  userId: number | null;
  source?: ResponseSource;
  verified?: boolean;
  areaId?: number | null;
  answers: ReadonlyMap<number, AnswerValue>;
  /** Null: saved to continue later, not sent (and not counted). */
  submittedAt: Date | null;
  /** A paper form typed in by staff: its batch and who entered it (entered_at is `now`). */
  paper?: { batchId: number; enteredBy: number };
}

export async function saveResponse(trx: Executor, r: NewResponse, now: Date): Promise<number> {
  const { id } = await trx
    .insertInto("survey_responses")
    .values({
      survey_id: r.surveyId,
      user_id: r.userId,
      created_at: iso(now),
      updated_at: iso(now),
      submitted_at: r.submittedAt ? iso(r.submittedAt) : null,
      source: r.source ?? "online",
      verified: r.verified ? 1 : 0,
      area_id: r.areaId ?? null,
      paper_batch_id: r.paper?.batchId ?? null,
      entered_by: r.paper?.enteredBy ?? null,
      entered_at: r.paper ? iso(now) : null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const values = [...r.answers].map(([questionId, value]) => ({
    response_id: id,
    question_id: questionId,
    value: JSON.stringify(value),
  }));
  if (values.length) await trx.insertInto("survey_answers").values(values).execute();
  return id;
}

export interface SentResponse extends ResponseOrigin {
  id: number;
  submitted_at: string;
  answers: Answers;
}

/** The survey's sent responses in the order they were sent, with their answers. */
export async function sentResponses(db: Executor, surveyId: number): Promise<SentResponse[]> {
  const rows = await db
    .selectFrom("survey_responses")
    .select(["id", "submitted_at", "source", "verified", "area_id"])
    .where("survey_id", "=", surveyId)
    .where("submitted_at", "is not", null)
    .orderBy("submitted_at")
    .orderBy("id")
    .execute();
  const answers = await db
    .selectFrom("survey_answers")
    .innerJoin("survey_responses", "survey_responses.id", "survey_answers.response_id")
    .select(["survey_answers.response_id", "survey_answers.question_id", "survey_answers.value"])
    .where("survey_responses.survey_id", "=", surveyId)
    .where("survey_responses.submitted_at", "is not", null)
    .execute();
  const byResponse = new Map<number, Map<number, AnswerValue>>(rows.map((r) => [r.id, new Map()]));
  for (const a of answers) byResponse.get(a.response_id)?.set(a.question_id, JSON.parse(a.value) as AnswerValue);
  return rows.map((r) => ({
    id: r.id,
    submitted_at: r.submitted_at!,
    source: r.source,
    verified: r.verified,
    area_id: r.area_id,
    answers: byResponse.get(r.id)!,
  }));
}

export const filterResponses = (responses: readonly SentResponse[], filter: ResultFilter) =>
  responses.filter((r) => matchesFilter(r, filter));
