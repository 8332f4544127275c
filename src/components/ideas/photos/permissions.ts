// Who sees and who changes an idea's photos. Pure, over the loaded idea and visitor. The photos
// go with the idea: public when the idea is, hidden with it by moderation (then only staff see
// them), and in a draft only for those who see the draft.
import type { CurrentUser } from "../../../core/auth/sessions";
import type { PhotoVerdict } from "../../../core/photos/access";
import type { IdeaState } from "../domain/states";
import { canEdit, canView, isModerator, isOfficial, type IdeaFacts } from "../permissions";

export const photosPublic = (state: IdeaState): boolean => state !== "draft" && state !== "hidden";

/** Moderators, officials and administrators may add, describe and delete any idea's photos. */
const isPhotoStaff = (idea: IdeaFacts, user: CurrentUser): boolean =>
  user.siteId === idea.siteId && (isModerator(user) || isOfficial(user));

export function mayViewPhotos(idea: IdeaFacts, user: CurrentUser | null): boolean {
  if (photosPublic(idea.state)) return true;
  if (idea.state === "draft") return canView(idea, user);
  return !!user && isPhotoStaff(idea, user);
}

/**
 * The author changes photos while the text may be changed (until the first support: supporters
 * keep what they backed); staff always, and that is written to the audit log.
 */
export function photoManageVerdict(idea: IdeaFacts, user: CurrentUser | null): PhotoVerdict {
  if (!user) return { ok: false, status: 401, key: "errors.loginRequired" };
  if (isPhotoStaff(idea, user)) return { ok: true, audited: user.id !== idea.authorId };
  const edit = canEdit(idea, user);
  return edit.ok ? { ok: true, audited: false } : edit;
}
