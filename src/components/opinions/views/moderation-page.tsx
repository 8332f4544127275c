// Statements from residents for one conversation: waiting ones first, each with "accept" and a
// "reject" form that asks for the reason. Accepted ones can still be rejected later.
import type { PageContext } from "../../../core/views/context";
import { CsrfField, ErrorSummary, FieldFrame, type FormState, fieldState } from "../../../core/views/forms";
import { Layout } from "../../../core/views/layout";
import type { Statement } from "../store/tables";

export interface ModerationProps {
  ctx: PageContext;
  conversationId: number;
  topic: string;
  statements: Statement[];
  errorFor?: { statementId: number; form: FormState };
}

export function ModerationPage({ ctx, conversationId, topic, statements, errorFor }: ModerationProps) {
  const { t } = ctx;
  const title = t("opinions.moderation.title", { topic });
  const pending = statements.filter((s) => s.status === "pending");
  const decided = statements.filter((s) => s.status !== "pending");
  const item = (s: Statement) => {
    const form = errorFor?.statementId === s.id ? errorFor.form : undefined;
    const { id: fieldId, error, describedBy } = fieldState(form, "reason", false, `field-reason-${s.id}`);
    return (
      <li class="utrecht-unordered-list__item opinion-moderation__item">
        <p class="utrecht-paragraph">
          <strong>{s.text}</strong>
        </p>
        <p class="utrecht-paragraph">
          {t(`opinions.moderation.status.${s.status}`)}
          {s.rejection_reason ? ` — ${s.rejection_reason}` : ""}
        </p>
        {s.status === "pending" ? (
          <form
            method="post"
            action={`/admin/gesprekken/${conversationId}/stellingen/${s.id}/accepteren`}
            class="post-button"
          >
            <CsrfField ctx={ctx} />
            <button type="submit" class="utrecht-button utrecht-button--primary-action">
              {t("opinions.moderation.accept")}
            </button>
          </form>
        ) : null}
        {s.status !== "rejected" ? (
          <form
            method="post"
            action={`/admin/gesprekken/${conversationId}/stellingen/${s.id}/afwijzen`}
            class="site-form opinion-moderation__reject"
            novalidate
          >
            <CsrfField ctx={ctx} />
            <FieldFrame ctx={ctx} kind="text" id={fieldId} label={t("opinions.moderation.reason")} error={error}>
              <input
                class="utrecht-textbox"
                type="text"
                id={fieldId}
                name="reason"
                value={form?.values.reason}
                maxLength={500}
                aria-invalid={error ? "true" : undefined}
                aria-describedby={describedBy}
              />
            </FieldFrame>
            <button type="submit" class="utrecht-button utrecht-button--secondary-action">
              {t("opinions.moderation.reject")}
            </button>
          </form>
        ) : null}
      </li>
    );
  };
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/admin/gesprekken">
          {t("opinions.admin.backToList")}
        </a>
      </p>
      {errorFor ? (
        <ErrorSummary
          ctx={ctx}
          form={{
            ...errorFor.form,
            errors: errorFor.form.errors.map((e) => ({ ...e, field: `reason-${errorFor.statementId}` })),
          }}
          labels={new Map([[`reason-${errorFor.statementId}`, t("opinions.moderation.reason")]])}
        />
      ) : null}
      <h2 class="utrecht-heading-2">{t("opinions.moderation.pendingHeading", { count: pending.length })}</h2>
      {pending.length === 0 ? (
        <p class="utrecht-paragraph">{t("opinions.moderation.nonePending")}</p>
      ) : (
        <ul class="utrecht-unordered-list">{pending.map(item)}</ul>
      )}
      <h2 class="utrecht-heading-2">{t("opinions.moderation.decidedHeading")}</h2>
      {decided.length === 0 ? (
        <p class="utrecht-paragraph">{t("opinions.report.none")}</p>
      ) : (
        <ul class="utrecht-unordered-list">{decided.map(item)}</ul>
      )}
    </Layout>
  );
}
