// The pieces of sign-in through a provider: the buttons on the log-in page, the failure page, and
// the "linked identities" section of the account page.
import type { UserIdentity } from "../db/types";
import type { PageContext } from "../views/context";
import { PostButton } from "../views/forms";
import { Layout } from "../views/layout";
import type { IdentityProvider } from "./providers";
import type { SignInFailure } from "./sign-in-error";

export type ProviderChoice = Pick<IdentityProvider, "slug" | "label" | "issuer">;

export function ProviderButtons({
  ctx,
  providers,
  back,
}: {
  ctx: PageContext;
  providers: ProviderChoice[];
  back: string | null;
}) {
  if (providers.length === 0) return null;
  const { t } = ctx;
  return (
    <section aria-labelledby="providers-title">
      <h2 class="utrecht-heading-2" id="providers-title">
        {t("identity.login.title")}
      </h2>
      <p class="utrecht-paragraph">{t("identity.login.intro")}</p>
      <div class="utrecht-button-group">
        {providers.map((p) => {
          const query = new URLSearchParams({ provider: p.slug, ...(back ? { terug: back } : {}) });
          return (
            <a class="utrecht-button-link utrecht-button-link--primary-action" href={`/inloggen/oidc?${query}`}>
              {p.label}
            </a>
          );
        })}
      </div>
      <h2 class="utrecht-heading-2">{t("identity.login.withPassword")}</h2>
    </section>
  );
}

export function SignInFailedPage({ ctx, reason }: { ctx: PageContext; reason: SignInFailure }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t("identity.failed.title")}>
      <h1 class="utrecht-heading-1">{t("identity.failed.title")}</h1>
      <p class="utrecht-paragraph">{t(`identity.failed.${reason}`)}</p>
      <p class="utrecht-paragraph">{t("identity.failed.nothingChanged")}</p>
      <ul class="utrecht-unordered-list">
        <li class="utrecht-unordered-list__item">
          <a class="utrecht-link" href={ctx.user ? "/account" : "/inloggen"}>
            {ctx.user ? t("identity.failed.toAccount") : t("identity.failed.tryAgain")}
          </a>
        </li>
      </ul>
    </Layout>
  );
}

export function IdentitiesSection({
  ctx,
  identities,
  providers,
  verified,
}: {
  ctx: PageContext;
  identities: UserIdentity[];
  providers: ProviderChoice[];
  /** What the last sign-in through a provider vouched for (null: never verified). */
  verified: { at: string; postcode: string | null; birthdate: string | null } | null;
}) {
  const { t } = ctx;
  if (providers.length === 0 && identities.length === 0) return null;
  const linkedIssuers = new Set(identities.map((i) => i.issuer));
  const labelOf = (issuer: string) => providers.find((p) => p.issuer === issuer)?.label ?? issuer;
  const date = (iso: string) => new Intl.DateTimeFormat(ctx.lang, { dateStyle: "long" }).format(new Date(iso));
  return (
    <section aria-labelledby="identities-title">
      <h2 class="utrecht-heading-2" id="identities-title">
        {t("identity.account.title")}
      </h2>
      <p class="utrecht-paragraph">{t("identity.account.intro")}</p>
      {identities.length === 0 ? (
        <p class="utrecht-paragraph">{t("identity.account.none")}</p>
      ) : (
        <ul class="utrecht-unordered-list">
          {identities.map((i) => (
            <li class="utrecht-unordered-list__item">
              {t("identity.account.linkedOn", { provider: labelOf(i.issuer), date: date(i.created_at) })}
            </li>
          ))}
        </ul>
      )}
      {verified ? (
        <p class="utrecht-paragraph">
          {t("identity.account.verified", {
            date: date(verified.at),
            postcode: verified.postcode ?? "—",
            birthdate: verified.birthdate ? date(verified.birthdate) : "—",
          })}
        </p>
      ) : null}
      {providers
        .filter((p) => !linkedIssuers.has(p.issuer))
        .map((p) => (
          <PostButton
            ctx={ctx}
            action="/inloggen/oidc/koppelen"
            fields={{ provider: p.slug }}
            label={t("identity.account.link", { provider: p.label })}
          />
        ))}
    </section>
  );
}

/**
 * The way to the provider after a form (linking, log-out). The CSP allows forms to go only to this
 * site (form-action 'self'), and browsers apply that to the redirects after a form too; so the
 * POST answers with this page, which goes on at once (meta refresh, no script) and has a link.
 */
export function ContinueToProviderPage({ ctx, url, label }: { ctx: PageContext; url: string; label: string }) {
  const { t } = ctx;
  return (
    <Layout
      ctx={ctx}
      title={t("identity.continue.title")}
      head={<meta http-equiv="refresh" content={`0;url=${url}`} />}
    >
      <h1 class="utrecht-heading-1">{t("identity.continue.title")}</h1>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={url} data-continue>
          {t("identity.continue.link", { provider: label })}
        </a>
      </p>
    </Layout>
  );
}
