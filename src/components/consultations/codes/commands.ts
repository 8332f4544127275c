// Use cases of answer codes: staff make a batch for a survey (hashes stored, codes returned once,
// for the letters), and a resident enters one, which starts the code's one response or takes them
// back to it. Each owns its transaction; the code itself is never logged.
import { newCodes } from "../../../core/codes/one-time-codes";
import { audit } from "../../../core/audit/log";
import { iso } from "../../../core/db/time";
import type { Services } from "../../../core/services";
import type { SurveyRow } from "../store/tables";
import { answerCodeHash } from "./answer-codes";
import { findAnswerCode, insertAnswerCodes } from "./store";

export async function generateAnswerCodes(
  services: Services,
  survey: SurveyRow,
  count: number,
  actorUserId: number,
  /** The area of the addresses: responses with these codes are counted in it. */
  areaId: number | null,
): Promise<string[]> {
  const now = services.clock();
  const codes = newCodes(count);
  await services.db.kysely.transaction().execute(async (trx) => {
    const hashes = codes.map((code) => answerCodeHash(services.secret, code));
    await insertAnswerCodes(trx, survey.id, hashes, areaId, now);
    await audit(
      trx,
      {
        siteId: survey.site_id,
        actorUserId,
        action: "consultations.survey.codesGenerated",
        subject: `survey:${survey.id}`,
        details: areaId === null ? { count } : { count, areaId },
      },
      now,
    );
  });
  return codes;
}

/**
 * Ties the code's response to `keyHash` (the hash of the token in the holder's new cookie): made
 * on first use, taken over on a later one, so the code always leads to its one response and only
 * the browser that entered it last holds it. False when the code is not one of this survey's.
 */
export async function redeemAnswerCode(
  services: Services,
  surveyId: number,
  code: string,
  keyHash: string,
): Promise<boolean> {
  const now = services.clock();
  const hash = answerCodeHash(services.secret, code);
  return services.db.kysely.transaction().execute(async (trx) => {
    // Locked, so two first uses of one code queue up behind each other.
    const found = await findAnswerCode(trx, surveyId, hash, true);
    if (!found) return false;
    if (found.used_at === null)
      await trx
        .updateTable("survey_answer_codes")
        .set({ used_at: iso(now) })
        .where("id", "=", found.id)
        .execute();
    await trx
      .insertInto("survey_responses")
      .values({
        survey_id: surveyId,
        user_id: null,
        anonymous_key: keyHash,
        code_id: found.id,
        source: "code",
        area_id: found.area_id,
        created_at: iso(now),
        updated_at: iso(now),
        submitted_at: null,
      })
      .onConflict((oc) => oc.column("code_id").doNothing())
      .execute();
    await trx.updateTable("survey_responses").set({ anonymous_key: keyHash }).where("code_id", "=", found.id).execute();
    return true;
  });
}
