// Creating or editing a conversation: topic, introduction, seed statements and settings.
import type { PageContext } from "../../../core/views/context";
import { Field, Form, PostButton, SelectField, type FormState } from "../../../core/views/forms";
import { Layout } from "../../../core/views/layout";

export function ConversationFormPage({
  ctx,
  form,
  conversationId,
  seeds,
}: {
  ctx: PageContext;
  form: FormState;
  conversationId?: number;
  seeds?: string[];
}) {
  const { t } = ctx;
  const editing = conversationId !== undefined;
  const title = t(editing ? "opinions.admin.editTitle" : "opinions.admin.newTitle");
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/admin/gesprekken">
          {t("opinions.admin.backToList")}
        </a>
      </p>
      <Form
        ctx={ctx}
        action={editing ? `/admin/gesprekken/${conversationId}` : "/admin/gesprekken/nieuw"}
        form={form}
        submitLabel={t("opinions.admin.save")}
      >
        <Field
          ctx={ctx}
          form={form}
          name="topic"
          label={t("opinions.admin.field.topic")}
          hint={t("opinions.admin.hint.topic")}
          required
          maxLength={200}
        />
        <Field
          ctx={ctx}
          form={form}
          name="introduction"
          label={t("opinions.admin.field.introduction")}
          hint={t("opinions.admin.hint.introduction")}
          multiline
          rows={5}
        />
        {editing && seeds && seeds.length > 0 ? (
          <div class="opinion-existing-seeds">
            <p class="utrecht-paragraph">{t("opinions.admin.existingSeeds")}</p>
            <ul class="utrecht-unordered-list">
              {seeds.map((s) => (
                <li class="utrecht-unordered-list__item">{s}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <Field
          ctx={ctx}
          form={form}
          name="seeds"
          label={t(editing ? "opinions.admin.field.moreSeeds" : "opinions.admin.field.seeds")}
          hint={t("opinions.admin.hint.seeds")}
          multiline
          rows={10}
        />
        <SelectField
          ctx={ctx}
          form={form}
          name="statementMode"
          label={t("opinions.admin.field.statementMode")}
          options={[
            { value: "moderated", label: t("opinions.admin.statementMode.moderated") },
            { value: "direct", label: t("opinions.admin.statementMode.direct") },
            { value: "none", label: t("opinions.admin.statementMode.none") },
          ]}
        />
        <SelectField
          ctx={ctx}
          form={form}
          name="participation"
          label={t("opinions.admin.field.participation")}
          hint={t("opinions.admin.hint.participation")}
          options={[
            { value: "anonymous", label: t("opinions.admin.participation.anonymous") },
            { value: "account", label: t("opinions.admin.participation.account") },
          ]}
        />
        <Field
          ctx={ctx}
          form={form}
          name="opensOn"
          type="date"
          label={t("opinions.admin.field.opensOn")}
          hint={t("opinions.admin.hint.date")}
          required
        />
        <Field
          ctx={ctx}
          form={form}
          name="closesOn"
          type="date"
          label={t("opinions.admin.field.closesOn")}
          hint={t("opinions.admin.hint.closesOn")}
        />
      </Form>
      {editing ? (
        <section aria-labelledby="close-heading">
          <h2 class="utrecht-heading-2" id="close-heading">
            {t("opinions.admin.closeHeading")}
          </h2>
          <p class="utrecht-paragraph">{t("opinions.admin.closeIntro")}</p>
          <PostButton
            ctx={ctx}
            action={`/admin/gesprekken/${conversationId}/sluiten`}
            label={t("opinions.admin.closeNow")}
          />
        </section>
      ) : null}
    </Layout>
  );
}
