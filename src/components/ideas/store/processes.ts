// The ideas process of a site (its settings make the promise). A site without one gets a process
// with the defaults and the site's council on first use.
import type { Executor } from "../../../core/db/database";
import { iso } from "../../../core/db/time";
import type { Site } from "../../../core/db/types";
import { DEFAULT_SETTINGS, type ProcessSettings } from "../domain/settings";
import type { ProcessRow } from "./tables";

export async function activeProcess(db: Executor, siteId: number): Promise<ProcessRow | undefined> {
  return db
    .selectFrom("idea_processes")
    .selectAll()
    .where("site_id", "=", siteId)
    .where("active", "=", 1)
    .orderBy("id", "desc")
    .executeTakeFirst();
}

export async function ensureProcess(db: Executor, site: Site, now: Date): Promise<ProcessRow> {
  const existing = await activeProcess(db, site.id);
  if (existing) return existing;
  return createProcess(
    db,
    site.id,
    {
      title: site.name,
      threshold: DEFAULT_SETTINGS.threshold,
      supportDays: DEFAULT_SETTINGS.supportDays,
      responseDays: DEFAULT_SETTINGS.responseDays,
      countAfterThreshold: DEFAULT_SETTINGS.countAfterThreshold,
      councilName: site.council_name || site.name,
      councilEmails: site.council_emails.split("\n").filter(Boolean),
    },
    now,
  );
}

export async function createProcess(db: Executor, siteId: number, s: ProcessSettings, now: Date): Promise<ProcessRow> {
  return db
    .insertInto("idea_processes")
    .values({
      site_id: siteId,
      title: s.title,
      active: 1,
      threshold: s.threshold,
      support_days: s.supportDays,
      response_days: s.responseDays,
      count_after_threshold: s.countAfterThreshold ? 1 : 0,
      council_name: s.councilName,
      council_emails: s.councilEmails.join("\n"),
      created_at: iso(now),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** New settings apply to ideas published from now on; published ideas keep their promise. */
export async function updateProcess(
  db: Executor,
  siteId: number,
  processId: number,
  s: ProcessSettings,
): Promise<void> {
  await db
    .updateTable("idea_processes")
    .set({
      title: s.title,
      threshold: s.threshold,
      support_days: s.supportDays,
      response_days: s.responseDays,
      count_after_threshold: s.countAfterThreshold ? 1 : 0,
      council_name: s.councilName,
      council_emails: s.councilEmails.join("\n"),
    })
    .where("id", "=", processId)
    .where("site_id", "=", siteId)
    .execute();
}

export function processSettings(p: ProcessRow): Record<string, string> {
  return {
    title: p.title,
    threshold: String(p.threshold),
    supportDays: String(p.support_days),
    responseDays: String(p.response_days),
    countAfterThreshold: String(p.count_after_threshold),
    councilName: p.council_name,
    councilEmails: p.council_emails.split("\n").join(", "),
  };
}
