// Confirming the deletion of one's own account, with the password as a last check.
import type { PageContext } from "../../views/context";
import { Field, Form, type FormState } from "../../views/forms";
import { Layout } from "../../views/layout";

export function DeleteAccountPage({
  ctx,
  form,
  withPassword,
}: {
  ctx: PageContext;
  form: FormState;
  /** False for an account made through an identity provider: it has no password to ask. */
  withPassword: boolean;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t("auth.delete.title")}>
      <h1 class="utrecht-heading-1">{t("auth.delete.title")}</h1>
      <p class="utrecht-paragraph">{t("auth.delete.intro")}</p>
      <ul class="utrecht-unordered-list">
        <li class="utrecht-unordered-list__item">{t("auth.delete.removed")}</li>
        <li class="utrecht-unordered-list__item">{t("auth.delete.kept")}</li>
        <li class="utrecht-unordered-list__item">{t("auth.delete.votes")}</li>
        <li class="utrecht-unordered-list__item">{t("auth.delete.final")}</li>
      </ul>
      <Form ctx={ctx} action="/account/verwijderen" form={form} submitLabel={t("auth.delete.submit")}>
        {withPassword ? (
          <Field
            ctx={ctx}
            form={form}
            name="password"
            type="password"
            label={t("auth.fields.currentPassword")}
            autocomplete="current-password"
            required
          />
        ) : null}
      </Form>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/account">
          {t("auth.delete.cancel")}
        </a>
      </p>
    </Layout>
  );
}
