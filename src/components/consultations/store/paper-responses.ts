// Paper responses of a survey (docs/paper.md): the list staff see on the entry page, with the
// batch each came from and who typed it in, and one response to correct or remove.
import type { Executor } from "../../../core/db/database";
import "./tables";

/** The survey's paper responses, newest first, with their batch and the name of who entered them. */
export function listPaperResponses(db: Executor, surveyId: number) {
  return db
    .selectFrom("survey_responses as r")
    .innerJoin("paper_batches as b", "b.id", "r.paper_batch_id")
    .leftJoin("users as u", "u.id", "r.entered_by")
    .select([
      "r.id",
      "r.entered_at",
      "b.label as batch_label",
      "b.created_at as batch_created_at",
      "u.display_name as entered_by_name",
    ])
    .where("r.survey_id", "=", surveyId)
    .where("r.source", "=", "paper")
    .orderBy("r.id", "desc")
    .execute();
}

export type PaperResponseItem = Awaited<ReturnType<typeof listPaperResponses>>[number];

/** A paper response of this survey (undefined for an online one or another survey's). */
export function findPaperResponse(db: Executor, surveyId: number, responseId: number) {
  return db
    .selectFrom("survey_responses")
    .selectAll()
    .where("id", "=", responseId)
    .where("survey_id", "=", surveyId)
    .where("source", "=", "paper")
    .executeTakeFirst();
}
