// Preferences on /account: the language of mail, how often notifications come, and the postcode
// that decides in which areas someone may take part.
import type { Language, NotifyMode } from "../../db/types";
import type { Services } from "../../services";

export interface Preferences {
  language: Language;
  notifyMode: NotifyMode;
  postcode: string | null;
}

export async function updatePreferences(
  services: Services,
  siteId: number,
  userId: number,
  prefs: Preferences,
): Promise<void> {
  await services.db.kysely
    .updateTable("users")
    .set({ language: prefs.language, notify_mode: prefs.notifyMode, postcode: prefs.postcode })
    .where("id", "=", userId)
    .where("site_id", "=", siteId)
    .where("deleted_at", "is", null)
    .execute();
}
