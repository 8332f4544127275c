// The registration form: address, public name, password, and optionally a postcode.
import type { PageContext } from "../../views/context";
import { Field, Form, type FormState } from "../../views/forms";
import { Layout } from "../../views/layout";
import { NewPasswordField } from "./new-password-field";

export function RegisterPage({ ctx, form }: { ctx: PageContext; form: FormState }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t("auth.register.title")}>
      <h1 class="utrecht-heading-1">{t("auth.register.title")}</h1>
      <p class="utrecht-paragraph">{t("auth.register.intro", { site: ctx.site.name })}</p>
      <Form ctx={ctx} action="/registreren" form={form} submitLabel={t("auth.register.submit")}>
        <Field
          ctx={ctx}
          form={form}
          name="email"
          type="email"
          label={t("auth.fields.email")}
          hint={t("auth.fields.emailHint")}
          autocomplete="email"
          required
          maxLength={254}
        />
        <Field
          ctx={ctx}
          form={form}
          name="displayName"
          label={t("auth.fields.displayName")}
          hint={t("auth.fields.displayNameHint")}
          autocomplete="nickname"
          required
          maxLength={60}
        />
        <NewPasswordField ctx={ctx} form={form} name="password" label={t("auth.fields.password")} />
        <Field
          ctx={ctx}
          form={form}
          name="postcode"
          label={t("auth.fields.postcodeOptional")}
          hint={t("auth.fields.postcodeHint")}
          autocomplete="postal-code"
          maxLength={7}
        />
      </Form>
      <p class="utrecht-paragraph">
        {t("auth.register.haveAccount")}{" "}
        <a class="utrecht-link" href="/inloggen">
          {t("auth.login.title")}
        </a>
      </p>
    </Layout>
  );
}
