// Survey responses from paper (docs/paper.md): staff type in one filled-in form; it is saved as a
// sent response with source 'paper', its batch (chosen or new, in the same transaction), who
// entered it and when, and counts in the results like an online one (level "paper"). Corrections
// (new answers, or removal) need a reason and are logged in the audit log, never the answers.
import { audit } from "../../../core/audit/log";
import type { CurrentUser } from "../../../core/auth/sessions";
import type { Executor } from "../../../core/db/database";
import { forUpdate } from "../../../core/db/locks";
import { type PaperSource, resolveSource } from "../../../core/paper/batches";
import type { Services } from "../../../core/services";
import { allQuestions, type AnswerValue, type SurveyPage } from "../domain/questions";
import { type AreaWithRanges, respondentArea } from "../domain/respondent-area";
import { markResponse, replaceAnswers, saveResponse } from "../store/responses";

export interface PaperTarget {
  siteId: number;
  surveyId: number;
  pages: readonly SurveyPage[];
  areas: readonly AreaWithRanges[];
}

type Answers = ReadonlyMap<number, AnswerValue>;

/** The area a paper response counts in: only what the form says (paper proves no address). */
const areaOf = (target: PaperTarget, answers: Answers) =>
  respondentArea(null, allQuestions(target.pages), answers, target.areas);

const log = (trx: Executor, target: PaperTarget, user: CurrentUser, action: string, details: object, now: Date) =>
  audit(
    trx,
    {
      siteId: target.siteId,
      actorUserId: user.id,
      action,
      subject: `survey:${target.surveyId}`,
      details: { ...details },
    },
    now,
  );

/** Saves one paper form; null when the chosen batch is not of this site (nothing is written). */
export async function enterPaperResponse(
  services: Services,
  target: PaperTarget,
  user: CurrentUser,
  source: PaperSource,
  answers: Answers,
): Promise<number | null> {
  const now = services.clock();
  return services.db.kysely.transaction().execute(async (trx) => {
    const batchId = await resolveSource(trx, target.siteId, source, user.id, now);
    if (batchId === null) return null;
    const response = {
      surveyId: target.surveyId,
      userId: null,
      source: "paper" as const,
      areaId: areaOf(target, answers),
      answers,
      submittedAt: now,
      paper: { batchId, enteredBy: user.id },
    };
    const id = await saveResponse(trx, response, now);
    await log(trx, target, user, "consultations.paper.response", { response: id, batchId }, now);
    return id;
  });
}

/** The paper response, locked for this transaction; undefined when it is gone meanwhile. */
const lockedPaper = (trx: Executor, target: PaperTarget, responseId: number) =>
  forUpdate(
    trx,
    trx
      .selectFrom("survey_responses")
      .select(["id", "paper_batch_id", "submitted_at"])
      .where("id", "=", responseId)
      .where("survey_id", "=", target.surveyId)
      .where("source", "=", "paper"),
  ).executeTakeFirst();

/** Replaces the answers of a paper response (a typing mistake); false when it does not exist. */
export async function correctPaperResponse(
  services: Services,
  target: PaperTarget,
  user: CurrentUser,
  responseId: number,
  answers: Answers,
  reason: string,
): Promise<boolean> {
  const now = services.clock();
  return services.db.kysely.transaction().execute(async (trx) => {
    const row = await lockedPaper(trx, target, responseId);
    if (!row) return false;
    await replaceAnswers(trx, row.id, answers);
    const marks = { submittedAt: row.submitted_at, verified: false, areaId: areaOf(target, answers) };
    await markResponse(trx, row.id, marks, now);
    const details = { response: row.id, batchId: row.paper_batch_id, reason };
    await log(trx, target, user, "consultations.paper.corrected", details, now);
    return true;
  });
}

/** Removes a paper response (entered twice, or not a valid form); false when it does not exist. */
export async function removePaperResponse(
  services: Services,
  target: PaperTarget,
  user: CurrentUser,
  responseId: number,
  reason: string,
): Promise<boolean> {
  const now = services.clock();
  return services.db.kysely.transaction().execute(async (trx) => {
    const row = await lockedPaper(trx, target, responseId);
    if (!row) return false;
    // Answers, hidden marks and themes go with it (ON DELETE CASCADE).
    await trx.deleteFrom("survey_responses").where("id", "=", row.id).execute();
    const details = { response: row.id, batchId: row.paper_batch_id, reason };
    await log(trx, target, user, "consultations.paper.removed", details, now);
    return true;
  });
}
