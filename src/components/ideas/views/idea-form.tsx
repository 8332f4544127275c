// Submitting and editing an idea: title, text (small Markdown subset), area, optional category.
import type { VNode } from "preact";
import type { Area } from "../../../core/db/types";
import type { PageContext } from "../../../core/views/context";
import { Field, Form, SelectField, type FormState } from "../../../core/views/forms";
import { Layout } from "../../../core/views/layout";
import { CATEGORIES } from "../domain/categories";

export function IdeaFormPage({
  ctx,
  form,
  areas,
  action,
  editing,
  location,
}: {
  ctx: PageContext;
  form?: FormState;
  areas: Area[];
  action: string;
  editing: boolean;
  /** The location field and its map assets (routes/location.tsx); absent when the process asks none. */
  location?: { head: VNode; field: VNode };
}) {
  const t = ctx.t;
  const title = editing ? t("ideas.form.editTitle") : t("ideas.form.newTitle");
  return (
    <Layout ctx={ctx} title={title} head={location?.head}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{editing ? t("ideas.form.editIntro") : t("ideas.form.newIntro")}</p>
      <Form
        ctx={ctx}
        action={action}
        form={form}
        submitLabel={editing ? t("ideas.form.save") : t("ideas.form.saveDraft")}
      >
        <Field
          ctx={ctx}
          form={form}
          name="title"
          label={t("ideas.fields.title")}
          hint={t("ideas.fields.titleHint")}
          maxLength={120}
          required
        />
        <Field
          ctx={ctx}
          form={form}
          name="body"
          label={t("ideas.fields.body")}
          hint={t("ideas.fields.markdownHint")}
          multiline
          rows={10}
          maxLength={5000}
          required
        />
        <SelectField
          ctx={ctx}
          form={form}
          name="areaId"
          label={t("ideas.fields.area")}
          hint={location ? t("places.location.areaHint") : undefined}
          options={[
            { value: "", label: t("ideas.fields.chooseArea") },
            ...areas.map((a) => ({ value: String(a.id), label: a.name })),
          ]}
        />
        {location?.field}
        <SelectField
          ctx={ctx}
          form={form}
          name="category"
          label={t("ideas.fields.category")}
          hint={t("ideas.fields.categoryHint")}
          options={[
            { value: "", label: t("ideas.fields.noCategory") },
            ...CATEGORIES.map((c) => ({ value: c, label: t(`ideas.category.${c}`) })),
          ]}
        />
      </Form>
    </Layout>
  );
}
