// Who may answer statements and add one in a conversation: the actions and their defaults for the
// core rule set (core/participation). By default anyone may take part, as the conversation's own
// setting says (with an account, or anonymously). A rule that asks more (a confirmed address, a
// verified resident, an area or an age) always needs an account, also in an anonymous conversation.
import type { CurrentUser } from "../../core/auth/sessions";
import type { Site } from "../../core/db/types";
import { explainRule, type RuleExplanation } from "../../core/participation/explain";
import { normalizeRule, OPEN_RULE, type ParticipationRule } from "../../core/participation/rule";
import { loadRule } from "../../core/participation/store";
import type { Services } from "../../core/services";
import type { Conversation } from "./store/tables";

export type OpinionAction = "vote" | "statement";

export const OPINION_RULE_DEFAULTS: Record<OpinionAction, ParticipationRule> = {
  vote: OPEN_RULE,
  statement: OPEN_RULE,
};

export const VERIFY_FIRST_KEYS: Record<OpinionAction, string> = {
  vote: "opinions.errors.verifyFirstVote",
  statement: "opinions.errors.verifyFirstStatement",
};

export const opinionActionKey = (action: OpinionAction) => `participation.action.opinions.${action}`;

/** The rule of `action` in this conversation, explained for this visitor. */
export async function opinionRule(
  services: Services,
  site: Site,
  user: CurrentUser | null,
  conversation: Conversation,
  action: OpinionAction,
): Promise<RuleExplanation> {
  const key = { siteId: site.id, component: "opinions", processId: conversation.id };
  const stored = await loadRule(services.db.kysely, key, action, OPINION_RULE_DEFAULTS[action]);
  const explained = await explainRule(
    services,
    site,
    user,
    stored,
    opinionActionKey(action),
    `/gesprekken/${conversation.id}`,
  );
  // An anonymous conversation with the open rule lets visitors without an account take part.
  const anonymousWelcome = conversation.participation === "anonymous" && normalizeRule(stored.rule).level === "none";
  return !user && anonymousWelcome ? { ...explained, check: { ok: true } } : explained;
}
