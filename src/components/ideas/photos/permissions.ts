// Who sees and who changes an idea's photos. Pure, over the loaded idea and visitor. The photos
// are part of the idea's content: whoever may read its text sees them (canSeeContent), so they
// are public when the idea is, hidden with it by moderation, and in a draft only for those who
// see the draft.
import type { CurrentUser } from "../../../core/auth/sessions";
import type { PhotoVerdict } from "../../../core/photos/access";
import { canEdit, canSeeContent, isModerator, isOfficial, type IdeaFacts } from "../permissions";

export const mayViewPhotos = canSeeContent;

/** Anyone may see them, so their files may be kept by shared caches. */
export const photosPublic = (idea: IdeaFacts): boolean => canSeeContent(idea, null);

/** Moderators, officials and administrators may add, describe and delete any idea's photos. */
const isPhotoStaff = (idea: IdeaFacts, user: CurrentUser): boolean =>
  user.siteId === idea.siteId && (isModerator(user) || isOfficial(user));

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
