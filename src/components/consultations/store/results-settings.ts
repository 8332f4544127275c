// The survey's "results public while open" setting (see domain/publicity.ts).
import type { Executor } from "../../../core/db/database";
import { iso } from "../../../core/db/time";
import "./tables";

export async function setResultsPublic(trx: Executor, surveyId: number, value: boolean, now: Date): Promise<void> {
  await trx
    .updateTable("surveys")
    .set({ results_public: value ? 1 : 0, updated_at: iso(now) })
    .where("id", "=", surveyId)
    .execute();
}
