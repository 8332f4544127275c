// Who changes a budget project's photos. Pure, over the loaded process, project and visitor.
// Everyone sees them: every project of a process is public on its page, so its photos are too.
import type { CurrentUser } from "../../../core/auth/sessions";
import type { PhotoVerdict } from "../../../core/photos/access";
import { submissionsOpen } from "../domain/process-rules";
import { mayReview } from "../permissions";
import type { BudgetProcess, BudgetProject } from "../store/tables";

/**
 * The resident who proposed the project, while proposals are open and before the review (what
 * officials assess must not change under them); officials and administrators always, audited
 * when it is not their own proposal.
 */
export function projectPhotoVerdict(
  process: BudgetProcess,
  project: BudgetProject,
  user: CurrentUser | null,
): PhotoVerdict {
  if (!user) return { ok: false, status: 401, key: "errors.loginRequired" };
  if (user.siteId === process.site_id && mayReview(user)) return { ok: true, audited: user.id !== project.proposed_by };
  if (project.proposed_by === null || user.id !== project.proposed_by)
    return { ok: false, status: 403, key: "photos.errors.notYours" };
  if (project.status !== "submitted" || !submissionsOpen(process))
    return { ok: false, status: 409, key: "photos.errors.projectReviewed" };
  return { ok: true, audited: false };
}
