// Smaller admin pages: the list of processes, reviewing one project, importing a .pb file.
import type { VNode } from "preact";
import type { PageContext } from "../../../core/views/context";
import { hasRole } from "../../../core/views/context";
import { Field, Form, SelectField, type FormState } from "../../../core/views/forms";
import { Layout } from "../../../core/views/layout";
import { METHODS } from "../commands/process-method";
import type { BudgetProcess, BudgetProject } from "../store/tables";

export function AdminListPage({ ctx, processes }: { ctx: PageContext; processes: BudgetProcess[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t("budgeting.admin.title")}>
      <h1 class="utrecht-heading-1">{t("budgeting.admin.title")}</h1>
      {hasRole(ctx, "admin") ? (
        <div class="utrecht-button-group">
          <a class="utrecht-button utrecht-button--primary-action" href="/admin/begroting/nieuw">
            {t("budgeting.admin.new")}
          </a>
          <a class="utrecht-button utrecht-button--secondary-action" href="/admin/begroting/importeren">
            {t("budgeting.admin.import")}
          </a>
        </div>
      ) : null}
      <ul class="utrecht-unordered-list">
        {processes.map((p) => (
          <li class="utrecht-unordered-list__item">
            <a class="utrecht-link" href={`/admin/begroting/${p.id}`}>
              {p.title}
            </a>
            {" — "}
            {t(`budgeting.phase.${p.phase}`)}
          </li>
        ))}
      </ul>
    </Layout>
  );
}

export function ReviewPage({
  ctx,
  process,
  project,
  form,
  location,
}: {
  ctx: PageContext;
  process: BudgetProcess;
  project: BudgetProject;
  form: FormState;
  /** The location field (staff may set or correct the place) and its map assets. */
  location?: { head: VNode; field: VNode };
}) {
  const { t } = ctx;
  const title = t("budgeting.review.title", { title: project.title });
  return (
    <Layout ctx={ctx} title={title} head={location?.head}>
      <h1 class="utrecht-heading-1">{title}</h1>
      {project.description ? <p class="utrecht-paragraph">{project.description}</p> : null}
      <Form
        ctx={ctx}
        action={`/admin/begroting/${process.id}/projecten/${project.id}`}
        form={form}
        submitLabel={t("budgeting.review.submit")}
      >
        <Field
          ctx={ctx}
          form={form}
          name="cost"
          label={t("budgeting.admin.fields.cost")}
          hint={t("budgeting.review.costHint", { currency: process.currency })}
          inputMode="numeric"
          required
        />
        <SelectField
          ctx={ctx}
          form={form}
          name="status"
          label={t("budgeting.review.status")}
          options={["feasible", "infeasible"].map((s) => ({ value: s, label: t(`budgeting.projectStatus.${s}`) }))}
        />
        <Field
          ctx={ctx}
          form={form}
          name="reason"
          label={t("budgeting.review.reason")}
          hint={t("budgeting.review.reasonHint")}
          multiline
          rows={3}
          maxLength={2000}
        />
        {location?.field}
      </Form>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/admin/begroting/${process.id}`}>
          {t("budgeting.admin.backToProcess")}
        </a>
      </p>
    </Layout>
  );
}

export function ImportPage({ ctx, form, lineError }: { ctx: PageContext; form: FormState; lineError?: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t("budgeting.import.title")}>
      <h1 class="utrecht-heading-1">{t("budgeting.import.title")}</h1>
      <p class="utrecht-paragraph">{t("budgeting.import.intro")}</p>
      {lineError ? (
        <div class="utrecht-alert utrecht-alert--error" role="alert">
          <p class="utrecht-paragraph">{lineError}</p>
        </div>
      ) : null}
      <Form ctx={ctx} action="/admin/begroting/importeren" form={form} submitLabel={t("budgeting.import.submit")}>
        <Field
          ctx={ctx}
          form={form}
          name="title"
          label={t("budgeting.import.titleField")}
          hint={t("budgeting.import.titleHint")}
          maxLength={200}
        />
        <SelectField
          ctx={ctx}
          form={form}
          name="method"
          label={t("budgeting.admin.fields.method")}
          options={[
            { value: "", label: t("budgeting.import.methodFromFile") },
            ...METHODS.map((m) => ({ value: m, label: t(`budgeting.method.name.${m}`) })),
          ]}
        />
        <Field
          ctx={ctx}
          form={form}
          name="pb"
          label={t("budgeting.import.pbField")}
          hint={t("budgeting.import.pbHint")}
          multiline
          rows={12}
          required
        />
      </Form>
    </Layout>
  );
}
