// Mails to a process's followers when proposals or voting open, queued in the transaction that
// opens them (by the job or by hand): the opening and its mails commit together or not at all, so
// a crash or a second worker never mails twice and never loses the mails.
import type { Executor } from "../../../core/db/database";
import type { Site } from "../../../core/db/types";
import { queueMail } from "../../../core/mail/queue";
import type { Services } from "../../../core/services";
import { siteBaseUrl } from "../../../core/sites/urls";
import type { BudgetProcess } from "../store/tables";
import { followersToMail } from "./follows";
import { openingMail } from "./mails";
import type { Opening, Plan } from "./rules";

export async function queueOpeningMails(
  trx: Executor,
  services: Services,
  process: BudgetProcess,
  opening: Opening,
  plan: Plan | null,
  now: Date,
): Promise<number> {
  const followers = await followersToMail(trx, process.id);
  if (followers.length === 0) return 0;
  const site = (await trx
    .selectFrom("sites")
    .selectAll()
    .where("id", "=", process.site_id)
    .executeTakeFirstOrThrow()) as Site;
  const baseUrl = await siteBaseUrl(trx, services.config, site);
  const closesAt = (opening === "voting" ? plan?.votingCloseAt : plan?.proposalsCloseAt) ?? null;
  for (const f of followers) {
    const message = openingMail(
      { email: f.email!, displayName: f.display_name, language: f.language, unsubscribeToken: f.unsubscribe_token },
      { opening, processId: process.id, title: process.title, closesAt, baseUrl },
    );
    await queueMail(trx, process.site_id, message, now, { userId: f.id });
  }
  return followers.length;
}
