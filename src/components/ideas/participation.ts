// Who may propose, support and comment in an ideas process: the actions and their defaults for the
// core rule set (core/participation). A process without stored rules asks a confirmed e-mail
// address for each, as before the rules existed.
import type { CurrentUser } from "../../core/auth/sessions";
import type { Executor } from "../../core/db/database";
import type { Site } from "../../core/db/types";
import { explainRule, type RuleExplanation } from "../../core/participation/explain";
import { EMAIL_RULE, type ParticipationRule } from "../../core/participation/rule";
import { loadRule } from "../../core/participation/store";
import type { Services } from "../../core/services";
import { activeProcess } from "./store/processes";

export type IdeaAction = "propose" | "support" | "comment";

export const IDEA_RULE_DEFAULTS: Record<IdeaAction, ParticipationRule> = {
  propose: EMAIL_RULE,
  support: EMAIL_RULE,
  comment: EMAIL_RULE,
};

/** The sentence of the verify-first page for each action. */
export const VERIFY_FIRST_KEYS: Record<IdeaAction, string> = {
  propose: "ideas.errors.verifyFirstPropose",
  support: "ideas.errors.verifyFirst",
  comment: "ideas.errors.verifyFirstComment",
};

export const ideaActionKey = (action: IdeaAction) => `participation.action.ideas.${action}`;

/** The process an action falls under: the idea's own, or (proposing) the site's active one. */
export async function ideaProcessId(db: Executor, siteId: number, ideaId: number | null): Promise<number | null> {
  if (ideaId !== null) {
    const row = await db
      .selectFrom("ideas")
      .select("process_id")
      .where("site_id", "=", siteId)
      .where("id", "=", ideaId)
      .executeTakeFirst();
    return row?.process_id ?? null;
  }
  return (await activeProcess(db, siteId))?.id ?? null;
}

/** The rule of `action`, explained for this visitor (the page shows it, the route enforces it). */
export async function ideaRule(
  services: Services,
  site: Site,
  user: CurrentUser | null,
  action: IdeaAction,
  ideaId: number | null,
  returnTo: string,
): Promise<RuleExplanation> {
  const processId = await ideaProcessId(services.db.kysely, site.id, ideaId);
  const stored =
    processId === null
      ? { rule: IDEA_RULE_DEFAULTS[action], tightenedAt: null }
      : await loadRule(
          services.db.kysely,
          { siteId: site.id, component: "ideas", processId },
          action,
          IDEA_RULE_DEFAULTS[action],
        );
  return explainRule(services, site, user, stored, ideaActionKey(action), returnTo);
}
