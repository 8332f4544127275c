// Forgotten password: ask for the address; then, from the mailed link, choose a new password.
import type { PageContext } from "../../views/context";
import { Field, Form, type FormState } from "../../views/forms";
import { Layout } from "../../views/layout";
import { NewPasswordField } from "./new-password-field";

export function ForgotPasswordPage({ ctx, form }: { ctx: PageContext; form: FormState }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t("auth.forgot.title")}>
      <h1 class="utrecht-heading-1">{t("auth.forgot.title")}</h1>
      <p class="utrecht-paragraph">{t("auth.forgot.intro")}</p>
      <Form ctx={ctx} action="/wachtwoord-vergeten" form={form} submitLabel={t("auth.forgot.submit")}>
        <Field
          ctx={ctx}
          form={form}
          name="email"
          type="email"
          label={t("auth.fields.email")}
          autocomplete="email"
          required
          maxLength={254}
        />
      </Form>
    </Layout>
  );
}

export function ResetPasswordPage({ ctx, form, token }: { ctx: PageContext; form: FormState; token: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t("auth.reset.title")}>
      <h1 class="utrecht-heading-1">{t("auth.reset.title")}</h1>
      <p class="utrecht-paragraph">{t("auth.reset.intro")}</p>
      <Form ctx={ctx} action="/wachtwoord-herstellen" form={form} submitLabel={t("auth.reset.submit")}>
        <input type="hidden" name="token" value={token} />
        <NewPasswordField ctx={ctx} form={form} name="newPassword" label={t("auth.fields.newPassword")} />
      </Form>
    </Layout>
  );
}
