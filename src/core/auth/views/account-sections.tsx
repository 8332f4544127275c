// The forms on the account page. Field names differ per form, so ids stay unique on the page.
import type { PageContext } from "../../views/context";
import { Field, Form, SelectField, type FormState } from "../../views/forms";
import { NewPasswordField } from "./new-password-field";

export function ChangeEmailSection({
  ctx,
  form,
  withPassword = true,
  hasEmail = true,
}: {
  ctx: PageContext;
  form: FormState;
  /** False for an account made through an identity provider: no password to ask. */
  withPassword?: boolean;
  hasEmail?: boolean;
}) {
  const { t } = ctx;
  return (
    <section aria-labelledby="email-title">
      <h2 class="utrecht-heading-2" id="email-title">
        {t("auth.account.emailTitle")}
      </h2>
      <p class="utrecht-paragraph">{t(hasEmail ? "auth.account.emailIntro" : "identity.account.addEmail")}</p>
      <Form ctx={ctx} action="/account/e-mailadres" form={form} submitLabel={t("auth.account.emailSubmit")}>
        <Field
          ctx={ctx}
          form={form}
          name="newEmail"
          type="email"
          label={t("auth.fields.newEmail")}
          autocomplete="email"
          required
          maxLength={254}
        />
        {withPassword ? (
          <Field
            ctx={ctx}
            form={form}
            name="emailPassword"
            type="password"
            label={t("auth.fields.currentPassword")}
            autocomplete="current-password"
            required
          />
        ) : null}
      </Form>
    </section>
  );
}

export function ChangePasswordSection({ ctx, form }: { ctx: PageContext; form: FormState }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="password-title">
      <h2 class="utrecht-heading-2" id="password-title">
        {t("auth.account.passwordTitle")}
      </h2>
      <p class="utrecht-paragraph">{t("auth.account.passwordIntro")}</p>
      <Form ctx={ctx} action="/account/wachtwoord" form={form} submitLabel={t("auth.account.passwordSubmit")}>
        <Field
          ctx={ctx}
          form={form}
          name="currentPassword"
          type="password"
          label={t("auth.fields.currentPassword")}
          autocomplete="current-password"
          required
        />
        <NewPasswordField ctx={ctx} form={form} name="newPassword" label={t("auth.fields.newPassword")} />
      </Form>
    </section>
  );
}

export function PreferencesSection({ ctx, form }: { ctx: PageContext; form: FormState }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="preferences-title">
      <h2 class="utrecht-heading-2" id="preferences-title">
        {t("auth.account.preferencesTitle")}
      </h2>
      <Form ctx={ctx} action="/account/voorkeuren" form={form} submitLabel={t("auth.account.preferencesSubmit")}>
        <SelectField
          ctx={ctx}
          form={form}
          name="language"
          label={t("auth.fields.language")}
          hint={t("auth.fields.languageHint")}
          options={(["nl", "en"] as const).map((v) => ({ value: v, label: t(`auth.languages.${v}`) }))}
        />
        <SelectField
          ctx={ctx}
          form={form}
          name="notifyMode"
          label={t("auth.fields.notifyMode")}
          hint={t("auth.fields.notifyModeHint")}
          options={(["immediate", "daily", "never"] as const).map((v) => ({ value: v, label: t(`auth.notify.${v}`) }))}
        />
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
    </section>
  );
}
