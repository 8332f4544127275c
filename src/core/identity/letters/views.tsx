// The resident's side of letter verification: the page to enter the code, and the section on the
// account page that says whether, how and when the account was verified as a resident.
import type { User } from "../../db/types";
import { formatDate } from "../../i18n/catalog";
import type { PageContext } from "../../views/context";
import { Field, Form, type FormState } from "../../views/forms";
import { Layout } from "../../views/layout";

export function VerifyPage({ ctx, form, user }: { ctx: PageContext; form: FormState; user: User }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t("letters.verify.title")}>
      <h1 class="utrecht-heading-1">{t("letters.verify.title")}</h1>
      {user.identity_verified_at ? (
        <>
          {/* A code entered in a second tab after the first one verified the account. */}
          {form.errors.map((e) => (
            <div class="utrecht-alert utrecht-alert--error" role="alert">
              <p class="utrecht-paragraph">{t(e.messageKey)}</p>
            </div>
          ))}
          <p class="utrecht-paragraph">{t("letters.verify.already")}</p>
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href="/account">
              {t("letters.verify.toAccount")}
            </a>
          </p>
        </>
      ) : (
        <>
          <p class="utrecht-paragraph">{t("letters.verify.intro")}</p>
          <Form ctx={ctx} action="/account/verifieren" form={form} submitLabel={t("letters.verify.submit")}>
            <Field
              ctx={ctx}
              form={form}
              name="code"
              label={t("letters.verify.code")}
              hint={t("letters.verify.codeHint")}
              autocomplete="off"
              required
              maxLength={40}
            />
          </Form>
        </>
      )}
    </Layout>
  );
}

export function ResidentVerificationSection({
  ctx,
  user,
  areaName,
}: {
  ctx: PageContext;
  user: User;
  areaName: string | null;
}) {
  const { t } = ctx;
  const at = user.identity_verified_at;
  return (
    <section aria-labelledby="verification-title">
      <h2 class="utrecht-heading-2" id="verification-title">
        {t("letters.account.title")}
      </h2>
      {!at ? (
        <>
          <p class="utrecht-paragraph">{t("letters.account.notVerified")}</p>
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href="/account/verifieren">
              {t("letters.account.enterCode")}
            </a>
          </p>
        </>
      ) : user.verification_method === "letter" ? (
        <p class="utrecht-paragraph" data-verification="letter">
          {t("letters.account.byLetter", {
            date: formatDate(ctx.lang, at),
            area: areaName ?? "—",
            postcode: user.verified_postcode ?? "—",
          })}
        </p>
      ) : (
        <p class="utrecht-paragraph" data-verification="provider">
          {t("letters.account.byProvider", { date: formatDate(ctx.lang, at) })}
        </p>
      )}
    </section>
  );
}
