// "Confirm your e-mail address first": what is missing, the address the link went to, a button
// that sends the link again (POST with CSRF, rate limited like every resend) and the way back.
// Used as a whole page (VerifyFirstError) and inline where a form would be (the comment form).
import type { PageContext } from "./context";
import { PostButton } from "./forms";
import { Layout } from "./layout";

export function VerifyFirstNotice({
  ctx,
  reasonKey,
  returnTo,
}: {
  ctx: PageContext;
  reasonKey: string;
  returnTo: string;
}) {
  const { t } = ctx;
  const email = ctx.user?.email;
  if (!email) {
    // An account made through an identity provider may have no address yet: it adds one first.
    return (
      <div class="utrecht-alert" role="status">
        <p class="utrecht-paragraph">{t(reasonKey)}</p>
        <p class="utrecht-paragraph">
          {t("auth.verifyFirst.noEmail")}{" "}
          <a class="utrecht-link" href="/account#email-title">
            {t("auth.verifyFirst.addEmail")}
          </a>
        </p>
      </div>
    );
  }
  return (
    <div class="utrecht-alert" role="status">
      <p class="utrecht-paragraph">{t(reasonKey)}</p>
      <p class="utrecht-paragraph">{t("auth.verifyFirst.sentTo", { email })}</p>
      <PostButton
        ctx={ctx}
        action="/account/bevestigen/opnieuw"
        label={t("auth.verify.resend")}
        fields={{ terug: returnTo }}
      />
    </div>
  );
}

export function VerifyFirstPage({
  ctx,
  reasonKey,
  returnTo,
}: {
  ctx: PageContext;
  reasonKey: string;
  returnTo: string;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t("auth.verifyFirst.title")}>
      <h1 class="utrecht-heading-1">{t("auth.verifyFirst.title")}</h1>
      <VerifyFirstNotice ctx={ctx} reasonKey={reasonKey} returnTo={returnTo} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={returnTo}>
          {t("auth.verifyFirst.back")}
        </a>
      </p>
    </Layout>
  );
}
