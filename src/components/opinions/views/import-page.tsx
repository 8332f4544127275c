// Importing a Pol.is openData export: the CSV texts pasted into text areas (file uploads would
// need multipart, which the app does not accept). Large exports go through the command line.
import type { PageContext } from "../../../core/views/context";
import { Field, Form, type FormState } from "../../../core/views/forms";
import { Layout } from "../../../core/views/layout";

export function ImportPage({ ctx, form, problem }: { ctx: PageContext; form: FormState; problem?: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t("opinions.import.title")}>
      <h1 class="utrecht-heading-1">{t("opinions.import.title")}</h1>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/admin/gesprekken">
          {t("opinions.admin.backToList")}
        </a>
      </p>
      <p class="utrecht-paragraph">{t("opinions.import.intro")}</p>
      {problem ? (
        <div class="utrecht-alert utrecht-alert--error" role="alert">
          <p class="utrecht-paragraph">{t("opinions.import.failed")}</p>
          <p class="utrecht-paragraph">
            <code>{problem}</code>
          </p>
        </div>
      ) : null}
      <Form ctx={ctx} action="/admin/gesprekken/importeren" form={form} submitLabel={t("opinions.import.submit")}>
        <Field
          ctx={ctx}
          form={form}
          name="topic"
          label={t("opinions.import.topic")}
          hint={t("opinions.import.topicHint")}
          maxLength={200}
        />
        <Field
          ctx={ctx}
          form={form}
          name="comments"
          label="comments.csv"
          hint={t("opinions.import.required")}
          multiline
          rows={8}
          required
        />
        <Field
          ctx={ctx}
          form={form}
          name="votes"
          label="votes.csv"
          hint={t("opinions.import.required")}
          multiline
          rows={8}
          required
        />
        <Field
          ctx={ctx}
          form={form}
          name="participantsVotes"
          label="participants-votes.csv"
          hint={t("opinions.import.optional")}
          multiline
          rows={4}
        />
        <Field
          ctx={ctx}
          form={form}
          name="summary"
          label="summary.csv"
          hint={t("opinions.import.optional")}
          multiline
          rows={4}
        />
      </Form>
    </Layout>
  );
}
