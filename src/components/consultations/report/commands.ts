// Saving, publishing and withdrawing a participation report: each in one transaction with its
// audit entry; the first publication also queues the mail to participants (report/mail.ts).
import type { CurrentUser } from "../../../core/auth/sessions";
import { audit } from "../../../core/audit/log";
import type { Site } from "../../../core/db/types";
import { HttpError } from "../../../core/http/errors";
import { queueMail } from "../../../core/mail/queue";
import type { Services } from "../../../core/services";
import { siteBaseUrl } from "../../../core/sites/urls";
import type { ConsultationRow } from "../store/tables";
import { reportPublishedMail } from "./mail";
import { missingForPublication, type ReportText } from "./report";
import { loadReport, markAnnounced, reportRecipients, saveReport, setReportPublished } from "./store";

export const reportPath = (consultationId: number) => `/raadplegingen/${consultationId}/verslag`;

function entry(site: Site, actor: CurrentUser, c: ConsultationRow, action: string) {
  return { siteId: site.id, actorUserId: actor.id, action, subject: `consultation:${c.id}` };
}

export async function writeReport(
  services: Services,
  site: Site,
  actor: CurrentUser,
  c: ConsultationRow,
  report: ReportText,
): Promise<void> {
  const now = services.clock();
  await services.db.kysely.transaction().execute(async (trx) => {
    await saveReport(trx, c.id, report, now);
    await audit(trx, { ...entry(site, actor, c, "consultations.report.saved"), details: { title: c.title } }, now);
  });
}

/** Publishes the report; returns how many people were told (0 when told before). */
export async function publishReport(services: Services, site: Site, actor: CurrentUser, c: ConsultationRow) {
  const db = services.db.kysely;
  const now = services.clock();
  if (missingForPublication(await loadReport(db, c.id)).length)
    throw new HttpError(400, "consultations.report.incomplete");
  const baseUrl = await siteBaseUrl(db, services.config, site);
  const told = await db.transaction().execute(async (trx) => {
    if (!(await setReportPublished(trx, c.id, true, now))) return 0;
    await audit(trx, { ...entry(site, actor, c, "consultations.report.published"), details: { title: c.title } }, now);
    if (!(await markAnnounced(trx, c.id, now))) return 0;
    const people = await reportRecipients(trx, c.id);
    for (const p of people)
      await queueMail(trx, site.id, reportPublishedMail(p, c.title, baseUrl, reportPath(c.id)), now, { userId: p.id });
    return people.length;
  });
  services.kickOutbox();
  return told;
}

export async function withdrawReport(services: Services, site: Site, actor: CurrentUser, c: ConsultationRow) {
  const now = services.clock();
  await services.db.kysely.transaction().execute(async (trx) => {
    if (await setReportPublished(trx, c.id, false, now))
      await audit(
        trx,
        { ...entry(site, actor, c, "consultations.report.withdrawn"), details: { title: c.title } },
        now,
      );
  });
}
