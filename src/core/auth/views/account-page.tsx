// "Mijn account": the details, then one section per change, each with its own form. A form that
// failed is re-rendered with its own errors; the others stay empty.
import type { User, UserIdentity } from "../../db/types";
import { ResidentVerificationSection } from "../../identity/letters/views";
import { IdentitiesSection, type ProviderChoice } from "../../identity/views";
import type { PageContext } from "../../views/context";
import { emptyForm, PostButton, type FormState } from "../../views/forms";
import { Layout } from "../../views/layout";
import { ChangeEmailSection, ChangePasswordSection, PreferencesSection } from "./account-sections";

export interface AccountForms {
  email?: FormState;
  password?: FormState;
  preferences?: FormState;
}

export function AccountPage({
  ctx,
  user,
  forms = {},
  demoMailbox = false,
  identities = [],
  providers = [],
  verifiedAreaName = null,
}: {
  ctx: PageContext;
  user: User;
  forms?: AccountForms;
  /** The demo without a mail server: the account's mail is read on the site. */
  demoMailbox?: boolean;
  identities?: UserIdentity[];
  providers?: ProviderChoice[];
  /** The area a letter code verified the account for. */
  verifiedAreaName?: string | null;
}) {
  const { t } = ctx;
  const preferences =
    forms.preferences ??
    emptyForm({ language: user.language, notifyMode: user.notify_mode, postcode: user.postcode ?? "" });
  return (
    <Layout ctx={ctx} title={t("auth.account.title")}>
      <h1 class="utrecht-heading-1">{t("auth.account.title")}</h1>
      {user.email_verified_at || !user.email ? null : (
        <div class="utrecht-alert utrecht-alert--warning" role="status">
          <p class="utrecht-paragraph">{t("auth.verify.unverifiedNotice", { email: user.email ?? "" })}</p>
          <PostButton ctx={ctx} action="/account/bevestigen/opnieuw" label={t("auth.verify.resend")} />
        </div>
      )}
      {demoMailbox ? (
        <p class="utrecht-paragraph">
          {t("auth.demoMailbox.notice")}{" "}
          <a class="utrecht-link" href="/account/post">
            {t("auth.demoMailbox.link")}
          </a>
        </p>
      ) : null}
      <dl class="account-details">
        <dt>{t("auth.fields.displayName")}</dt>
        <dd>{user.display_name}</dd>
        <dt>{t("auth.fields.email")}</dt>
        <dd>{user.email ?? "—"}</dd>
        <dt>{t("auth.fields.postcode")}</dt>
        <dd>{user.postcode ?? t("auth.account.noPostcode")}</dd>
      </dl>
      <ResidentVerificationSection ctx={ctx} user={user} areaName={verifiedAreaName} />
      <IdentitiesSection
        ctx={ctx}
        identities={identities}
        providers={providers}
        verified={
          user.identity_verified_at && user.verification_method !== "letter"
            ? { at: user.identity_verified_at, postcode: user.verified_postcode, birthdate: user.verified_birthdate }
            : null
        }
      />
      <ChangeEmailSection
        ctx={ctx}
        form={forms.email ?? emptyForm()}
        withPassword={user.password_hash !== null}
        hasEmail={user.email !== null}
      />
      {user.password_hash === null ? null : <ChangePasswordSection ctx={ctx} form={forms.password ?? emptyForm()} />}
      <PreferencesSection ctx={ctx} form={preferences} />
      <section aria-labelledby="sessions-title">
        <h2 class="utrecht-heading-2" id="sessions-title">
          {t("auth.account.sessionsTitle")}
        </h2>
        <p class="utrecht-paragraph">{t("auth.account.sessionsIntro")}</p>
        <PostButton ctx={ctx} action="/uitloggen-overal" label={t("auth.account.logoutEverywhere")} />
      </section>
      <section aria-labelledby="data-title">
        <h2 class="utrecht-heading-2" id="data-title">
          {t("auth.account.dataTitle")}
        </h2>
        <p class="utrecht-paragraph">{t("auth.account.dataIntro")}</p>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/account/gegevens.json" download>
            {t("auth.account.dataLink")}
          </a>
        </p>
      </section>
      <section aria-labelledby="delete-title">
        <h2 class="utrecht-heading-2" id="delete-title">
          {t("auth.account.deleteTitle")}
        </h2>
        <p class="utrecht-paragraph">{t("auth.account.deleteIntro")}</p>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/account/verwijderen">
            {t("auth.account.deleteLink")}
          </a>
        </p>
      </section>
    </Layout>
  );
}
