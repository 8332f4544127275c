// Answer codes in the database: their keyed hashes per survey, and the response each one started
// (survey_responses.code_id, unique). See migrations/2026-12-06-survey-answer-codes.ts.
import type { Executor } from "../../../core/db/database";
import { forUpdate } from "../../../core/db/locks";
import { iso } from "../../../core/db/time";
import "../store/tables";

export async function insertAnswerCodes(
  trx: Executor,
  surveyId: number,
  hashes: readonly string[],
  areaId: number | null,
  now: Date,
): Promise<void> {
  // In slices: one statement per thousand codes stays under every database's parameter limit.
  for (let i = 0; i < hashes.length; i += 1000)
    await trx
      .insertInto("survey_answer_codes")
      .values(
        hashes.slice(i, i + 1000).map((code_hash) => ({
          survey_id: surveyId,
          code_hash,
          area_id: areaId,
          created_at: iso(now),
        })),
      )
      .execute();
}

/** The survey's code with this hash; `lock`: held against other writers until the transaction ends. */
export function findAnswerCode(db: Executor, surveyId: number, hash: string, lock = false) {
  const query = db
    .selectFrom("survey_answer_codes")
    .selectAll()
    .where("survey_id", "=", surveyId)
    .where("code_hash", "=", hash);
  return (lock ? forUpdate(db, query) : query).executeTakeFirst();
}

export async function surveyHasCodes(db: Executor, surveyId: number): Promise<boolean> {
  const row = await db
    .selectFrom("survey_answer_codes")
    .select("id")
    .where("survey_id", "=", surveyId)
    .executeTakeFirst();
  return row !== undefined;
}

export interface AnswerCodeCounts {
  total: number;
  /** Entered at least once: a response was started with it. */
  used: number;
  /** Their response was sent (and counts in the results). */
  sent: number;
}

export async function answerCodeCounts(db: Executor, surveyId: number): Promise<AnswerCodeCounts> {
  const codes = await db
    .selectFrom("survey_answer_codes")
    .select((eb) => [eb.fn.countAll<number>().as("total"), eb.fn.count<number>("used_at").as("used")])
    .where("survey_id", "=", surveyId)
    .executeTakeFirstOrThrow();
  const sent = await db
    .selectFrom("survey_responses")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("survey_id", "=", surveyId)
    .where("code_id", "is not", null)
    .where("submitted_at", "is not", null)
    .executeTakeFirstOrThrow();
  return { total: Number(codes.total), used: Number(codes.used), sent: Number(sent.n) };
}

export async function answerCodeArea(db: Executor, codeId: number): Promise<number | null> {
  const row = await db.selectFrom("survey_answer_codes").select("area_id").where("id", "=", codeId).executeTakeFirst();
  return row?.area_id ?? null;
}
