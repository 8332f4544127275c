// "Download my data" (GDPR art. 15 and 20): the account, its roles, sessions and mail, and per
// component everything the person contributed, with dates. Secrets (password hash, token hashes,
// links in mail) are never included.
import type { Site } from "../../db/types";
import { coreData } from "../../personal-data/core-data";
import type { Services } from "../../services";

export async function exportUserData(services: Services, site: Site, userId: number): Promise<Record<string, unknown>> {
  const db = services.db.kysely;
  const now = services.clock();
  const person = { id: userId, siteId: site.id };
  const contributions: Record<string, unknown> = {};
  for (const component of services.components) {
    contributions[component.name] = await component.personalData.export(db, person, now);
  }
  return {
    exportedAt: now.toISOString(),
    site: site.name,
    ...(await coreData.export(db, person, now)),
    contributions,
  };
}
