// The site settings page: name, languages, theme, the council and the statements in both languages.
import type { PageContext } from "../../views/context";
import { Field, Form, SelectField, type FormState } from "../../views/forms";
import { LANGUAGE_CHOICES } from "../../sites/site-settings";
import { SHIPPED_THEMES } from "../../sites/themes";
import { AdminPage } from "../views/admin-page";

export function SiteSettingsPage({ ctx, form }: { ctx: PageContext; form: FormState }) {
  const { t } = ctx;
  const text = (name: string, rows = 8) => (
    <Field
      ctx={ctx}
      form={form}
      name={name}
      label={t(`admin.site.fields.${name}`)}
      hint={t("admin.site.textHint")}
      multiline
      rows={rows}
      maxLength={20000}
    />
  );
  return (
    <AdminPage ctx={ctx} title={t("admin.site.title")}>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/admin/site/hosts">
          {t("admin.site.hostsLink")}
        </a>
      </p>
      <Form ctx={ctx} action="/admin/site" form={form} submitLabel={t("admin.site.save")}>
        <Field
          ctx={ctx}
          form={form}
          name="name"
          label={t("admin.site.fields.name")}
          hint={t("admin.site.hints.name")}
          required
          maxLength={100}
        />
        <SelectField
          ctx={ctx}
          form={form}
          name="languages"
          label={t("admin.site.fields.languages")}
          hint={t("admin.site.hints.languages")}
          options={LANGUAGE_CHOICES.map((c) => ({
            value: c,
            label: t(`admin.site.languageChoices.${c.replace(",", "_")}`),
          }))}
        />
        <SelectField
          ctx={ctx}
          form={form}
          name="themeClass"
          label={t("admin.site.fields.themeClass")}
          hint={t("admin.site.hints.themeClass")}
          options={SHIPPED_THEMES.map((c) => ({ value: c, label: t(`admin.site.themes.${c}`) }))}
        />
        <Field
          ctx={ctx}
          form={form}
          name="councilName"
          label={t("admin.site.fields.councilName")}
          hint={t("admin.site.hints.councilName")}
          maxLength={150}
        />
        <Field
          ctx={ctx}
          form={form}
          name="councilEmails"
          label={t("admin.site.fields.councilEmails")}
          hint={t("admin.site.hints.councilEmails")}
          multiline
          rows={3}
        />
        {text("accessibilityNl")}
        {text("accessibilityEn")}
        {text("privacyNl")}
        {text("privacyEn")}
      </Form>
    </AdminPage>
  );
}
