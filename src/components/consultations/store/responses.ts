// Survey responses as the results read them: only sent responses (submitted_at set) count.
// `saveResponse` writes a whole response at once; the residents' answering flow (page by page,
// save and return) has its own store and may replace this one, which results' tests use.
import type { Executor } from "../../../core/db/database";
import { iso } from "../../../core/db/time";
import type { AnswerValue, Answers } from "../domain/questions";
import { matchesFilter, type ResponseOrigin, type ResultFilter } from "../domain/result-filters";
import "./tables";

export interface NewResponse {
  surveyId: number;
  userId: number | null;
  source?: "online" | "anonymous" | "paper";
  verified?: boolean;
  areaId?: number | null;
  answers: ReadonlyMap<number, AnswerValue>;
  /** Null: saved to continue later, not sent (and not counted). */
  submittedAt: Date | null;
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
