// A rule as one page needs it: the rule, whether this visitor meets it, the area names to say it
// in words, and the sign-in buttons that are the way to meet it. Routes build one per action and
// pass it to the view (RuleNotice) before a person starts, and to requireRule when they act.
import type { CurrentUser } from "../auth/sessions";
import type { Site } from "../db/types";
import { siteProviders } from "../identity/providers";
import type { Services } from "../services";
import { todayIn } from "./age";
import { checkRule, type ParticipationRule, type RuleArea, type RuleCheck } from "./rule";
import type { StoredRule } from "./store";

export interface RuleExplanation {
  rule: ParticipationRule;
  check: RuleCheck;
  /** The names of the rule's areas, in the site's order. */
  areaNames: string[];
  /** Sign-in buttons (label and slug) of the site's identity providers. */
  providers: { slug: string; label: string }[];
  /** Catalog key of the action's verb, e.g. participation.action.ideas.support. */
  actionKey: string;
  /** Where the person comes back to after meeting the rule. */
  returnTo: string;
  tightenedAt: string | null;
  /** Another way to take part offered beside a refusal (budgeting: vote with a voting code). */
  alternative?: { href: string; labelKey: string };
}

export async function siteRuleAreas(services: Services, site: Site): Promise<RuleArea[]> {
  return services.db.kysely
    .selectFrom("areas")
    .select(["id", "name", "postcode_ranges"])
    .where("site_id", "=", site.id)
    .orderBy("name")
    .execute();
}

export async function explainRule(
  services: Services,
  site: Site,
  user: CurrentUser | null,
  stored: StoredRule,
  actionKey: string,
  returnTo: string,
  alternative?: RuleExplanation["alternative"],
): Promise<RuleExplanation> {
  const { rule } = stored;
  const areas = rule.areaIds.length > 0 ? await siteRuleAreas(services, site) : [];
  const check = checkRule(rule, user?.participant ?? null, areas, todayIn(services.clock()));
  const needsProviders = !check.ok && ["verify", "no-postcode", "no-birthdate"].includes(check.reason);
  const providers = needsProviders
    ? (await siteProviders(services.db.kysely, services.config, site)).map((p) => ({ slug: p.slug, label: p.label }))
    : [];
  return {
    rule,
    check,
    areaNames: areas.filter((a) => rule.areaIds.includes(a.id)).map((a) => a.name),
    providers,
    actionKey,
    returnTo,
    tightenedAt: stored.tightenedAt,
    alternative,
  };
}
