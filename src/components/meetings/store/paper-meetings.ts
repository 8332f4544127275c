// The site's meetings as sources of paper contributions (core/paper, docs/paper.md): forms filled
// in at a meeting are entered in a batch that names the meeting. Cancelled meetings are left out.
import type { PaperMeeting } from "../../../core/components";
import { localDate } from "../../../core/i18n/local-days";
import type { Services } from "../../../core/services";

export async function meetingsForPaper(services: Services, siteId: number): Promise<PaperMeeting[]> {
  const rows = await services.db.kysely
    .selectFrom("meetings")
    .select(["id", "title", "starts_at"])
    .where("site_id", "=", siteId)
    .where("status", "=", "scheduled")
    .orderBy("starts_at", "desc")
    .limit(50)
    .execute();
  return rows.map((m) => ({ id: m.id, label: `${m.title} (${localDate(m.starts_at)})` }));
}
