// The name shown beside someone's contributions. A deleted account keeps its contributions, but
// its name is gone: pages show "Oud-deelnemer" / "former participant" in the reader's language,
// decided by the deleted_at flag, not by the stored text.
import type { Translate } from "../i18n/catalog";

/** What is stored in display_name after deletion, for anything that reads the column directly. */
export const DELETED_DISPLAY_NAME = "Oud-deelnemer";

export interface NamedUser {
  display_name: string;
  deleted_at: string | null;
}

export function publicName(user: NamedUser, t: Translate): string {
  return user.deleted_at !== null ? t("auth.formerParticipant") : user.display_name;
}
