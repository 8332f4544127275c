// The participation rule in words, shown before a person starts ("Alleen bewoners van West van 16
// jaar en ouder kunnen steunen"), with the way to meet it when this visitor does not yet: log in,
// confirm the address (the verify-first notice), sign in with DigiD or enter a letter code.
import type { Translate } from "../i18n/catalog";
import type { RuleExplanation } from "../participation/explain";
import type { Refusal } from "../participation/rule";
import type { PageContext } from "./context";
import { Layout } from "./layout";
import { VerifyFirstNotice } from "./verify-first";

/** "West, Noord en Oost". */
export function areaList(t: Translate, names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} ${t("participation.rule.and")} ${names.at(-1)}`;
}

export function ruleSentence(t: Translate, e: Pick<RuleExplanation, "rule" | "areaNames" | "actionKey">): string {
  const action = t(e.actionKey);
  const { rule } = e;
  const areas = areaList(t, e.areaNames);
  if (rule.areaIds.length > 0 && rule.minAge !== null)
    return t("participation.rule.areasAge", { areas, age: rule.minAge, action });
  if (rule.areaIds.length > 0) return t("participation.rule.areas", { areas, action });
  if (rule.minAge !== null) return t("participation.rule.age", { age: rule.minAge, action });
  return t(`participation.rule.${rule.level}`, { action });
}

/** What is missing, in words. */
export function refusalText(t: Translate, refusal: Refusal, areaNames: readonly string[]): string {
  switch (refusal.reason) {
    case "login":
      return t("participation.refusal.login");
    case "confirm-email":
      return t("participation.refusal.confirmEmail");
    case "verify":
      return t("participation.refusal.verify");
    case "no-postcode":
      return t("participation.refusal.noPostcode");
    case "areas-unchecked":
      return t("participation.refusal.areasUnchecked", { areas: areaList(t, areaNames) });
    case "outside-area":
      return t("participation.refusal.outsideArea", { areas: areaList(t, areaNames) });
    case "no-birthdate":
      return t("participation.refusal.noBirthdate");
    case "too-young":
      return t("participation.refusal.tooYoung", { age: refusal.minAge });
  }
}

/** The way to become a verified resident: the providers' buttons and the letter-code page. */
function VerifyWays({ ctx, e }: { ctx: PageContext; e: RuleExplanation }) {
  const { t } = ctx;
  const back = encodeURIComponent(e.returnTo);
  return (
    <div class="utrecht-button-group">
      {e.providers.map((p) => (
        <a
          class="utrecht-button-link utrecht-button-link--primary-action"
          href={`/inloggen/oidc?provider=${encodeURIComponent(p.slug)}&terug=${back}`}
        >
          {p.label}
        </a>
      ))}
      <a class="utrecht-button-link utrecht-button-link--secondary-action" href={`/account/verifieren?terug=${back}`}>
        {t("participation.refusal.letterCode")}
      </a>
    </div>
  );
}

/**
 * The rule and, if this visitor does not meet it, what is missing and the way to meet it. Placed
 * where the action's button or form would be. `verifyFirstKey`: the verify-first sentence.
 */
export function RuleNotice({
  ctx,
  e,
  verifyFirstKey,
}: {
  ctx: PageContext;
  e: RuleExplanation;
  verifyFirstKey: string;
}) {
  const { t } = ctx;
  const sentence = <p class="utrecht-paragraph participation-rule">{ruleSentence(t, e)}</p>;
  // Not logged in: the sentence, beside the page's own "log in to …" button.
  if (e.check.ok || e.check.reason === "login") return sentence;
  if (e.check.reason === "confirm-email")
    return (
      <>
        {sentence}
        <VerifyFirstNotice ctx={ctx} reasonKey={verifyFirstKey} returnTo={e.returnTo} />
      </>
    );
  return (
    <div class="utrecht-alert" role="status">
      {sentence}
      <p class="utrecht-paragraph">{refusalText(t, e.check, e.areaNames)}</p>
      {["verify", "no-postcode", "no-birthdate"].includes(e.check.reason) ? (
        <>
          <p class="utrecht-paragraph">{t("participation.rule.verifyHow")}</p>
          <VerifyWays ctx={ctx} e={e} />
        </>
      ) : null}
      {e.alternative ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={e.alternative.href}>
            {t(e.alternative.labelKey)}
          </a>
        </p>
      ) : null}
    </div>
  );
}

/** The whole page when an action is refused by its rule (RuleRefusedError). */
export function RuleRefusedPage({ ctx, e }: { ctx: PageContext; e: RuleExplanation }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t("participation.refusal.title")}>
      <h1 class="utrecht-heading-1">{t("participation.refusal.title")}</h1>
      <RuleNotice ctx={ctx} e={e} verifyFirstKey="participation.refusal.confirmEmail" />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={e.returnTo}>
          {t("participation.refusal.back")}
        </a>
      </p>
    </Layout>
  );
}
