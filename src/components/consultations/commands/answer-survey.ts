// Answering a survey: saving one page's answers into the respondent's response (made on the first
// save), and sending it. One transaction each, with the response row locked, so two requests of
// the same person (two tabs, a double click) never make two responses or lose an answer.
//
// A sent response is always complete: when a change (an earlier answer that now shows another
// required question) leaves a required question open, the response is a draft again until it is
// sent again. Answers to questions that a changed answer hides are dropped.
import type { Participant } from "../../../core/participation/participant";
import type { Services } from "../../../core/services";
import { iso } from "../../../core/db/time";
import { allQuestions, type AnswerValue, type SurveyPage } from "../domain/questions";
import { type AreaWithRanges, respondentArea } from "../domain/respondent-area";
import { missingRequired, pruneHidden } from "../domain/visibility";
import {
  findResponse,
  lockedResponse,
  markResponse,
  replaceAnswers,
  type Respondent,
  responseAnswers,
} from "../store/responses";

export interface AnswerTarget {
  surveyId: number;
  pages: SurveyPage[];
  areas: readonly AreaWithRanges[];
}

/** The respondent as the response records them: an account's participant, or nobody (anonymous). */
export interface RespondentFacts {
  respondent: Respondent;
  participant: Participant | null;
  /** The area of the address an answer code was sent to: it places the response. */
  codeAreaId?: number | null;
}

export type SendOutcome = { sent: true; first: boolean } | { sent: false; missing: number[] };

function marks(target: AnswerTarget, facts: RespondentFacts, answers: ReadonlyMap<number, AnswerValue>) {
  return {
    verified: facts.participant?.level === "identity",
    areaId: facts.codeAreaId ?? respondentArea(facts.participant, allQuestions(target.pages), answers, target.areas),
  };
}

/** Stores `pageAnswers` as the answers of page `pageId`; returns all answers that now count. */
export async function savePageAnswers(
  services: Services,
  target: AnswerTarget,
  facts: RespondentFacts,
  pageId: number,
  pageAnswers: ReadonlyMap<number, AnswerValue>,
): Promise<Map<number, AnswerValue>> {
  const now = services.clock();
  const page = target.pages.find((p) => p.id === pageId);
  const pageQuestions = new Set(page?.questions.map((q) => q.id) ?? []);
  return services.db.kysely.transaction().execute(async (trx) => {
    const response = await lockedResponse(trx, target.surveyId, facts.respondent, now);
    const merged = new Map([...(await responseAnswers(trx, response.id))].filter(([id]) => !pageQuestions.has(id)));
    for (const [id, value] of pageAnswers) merged.set(id, value);
    const answers = pruneHidden(target.pages, merged);
    await replaceAnswers(trx, response.id, answers);
    const complete = missingRequired(target.pages, answers).length === 0;
    const submittedAt = complete ? response.submitted_at : null;
    await markResponse(trx, response.id, { submittedAt, ...marks(target, facts, answers) }, now);
    return answers;
  });
}

/** Sends the response (again): refused, changing nothing, while a shown required question is open. */
export async function sendResponse(
  services: Services,
  target: AnswerTarget,
  facts: RespondentFacts,
): Promise<SendOutcome> {
  const now = services.clock();
  return services.db.kysely.transaction().execute(async (trx) => {
    // Nothing saved yet: nothing to send (no empty response is made here).
    if (!(await findResponse(trx, target.surveyId, facts.respondent))) return { sent: false, missing: [] };
    const response = await lockedResponse(trx, target.surveyId, facts.respondent, now);
    const answers = await responseAnswers(trx, response.id);
    const missing = missingRequired(target.pages, answers);
    if (missing.length) return { sent: false, missing: missing.map((q) => q.id) };
    const first = response.submitted_at === null;
    const submittedAt = response.submitted_at ?? iso(now);
    await markResponse(trx, response.id, { submittedAt, ...marks(target, facts, answers) }, now);
    return { sent: true, first };
  });
}
