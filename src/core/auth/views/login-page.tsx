// The log-in form. `back` is the local page to return to afterwards (already checked as safe).
import { ProviderButtons, type ProviderChoice } from "../../identity/views";
import type { PageContext } from "../../views/context";
import { Field, Form, type FormState } from "../../views/forms";
import { Layout } from "../../views/layout";

export function LoginPage({
  ctx,
  form,
  back,
  providers = [],
}: {
  ctx: PageContext;
  form: FormState;
  back: string | null;
  /** Identity providers of the site (DigiD through a broker): a button each, above the form. */
  providers?: ProviderChoice[];
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t("auth.login.title")}>
      <h1 class="utrecht-heading-1">{t("auth.login.title")}</h1>
      <ProviderButtons ctx={ctx} providers={providers} back={back} />
      <Form ctx={ctx} action="/inloggen" form={form} submitLabel={t("auth.login.submit")}>
        {back ? <input type="hidden" name="terug" value={back} /> : null}
        <Field
          ctx={ctx}
          form={form}
          name="email"
          type="email"
          label={t("auth.fields.email")}
          autocomplete="username"
          required
          maxLength={254}
        />
        <Field
          ctx={ctx}
          form={form}
          name="password"
          type="password"
          label={t("auth.fields.password")}
          autocomplete="current-password"
          required
        />
      </Form>
      <ul class="utrecht-unordered-list">
        <li class="utrecht-unordered-list__item">
          <a class="utrecht-link" href="/wachtwoord-vergeten">
            {t("auth.login.forgot")}
          </a>
        </li>
        <li class="utrecht-unordered-list__item">
          <a class="utrecht-link" href="/registreren">
            {t("auth.login.noAccount")}
          </a>
        </li>
      </ul>
    </Layout>
  );
}
