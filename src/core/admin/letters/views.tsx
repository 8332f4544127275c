// /admin/briefcodes: the batches sent so far (how many codes were used, revoke) and the form to
// upload an address list. Problems in an uploaded file are listed with their line numbers.
import { formatDate } from "../../i18n/catalog";
import type { AddressProblem } from "../../identity/letters/address-csv";
import type { BatchSummary } from "../../identity/letters/store";
import type { PageContext } from "../../views/context";
import {
  CsrfField,
  ErrorSummary,
  Field,
  FieldFrame,
  fieldState,
  PostButton,
  SelectField,
  type FormState,
} from "../../views/forms";
import { TableScroll } from "../../views/table-scroll";
import { AdminPage } from "../views/admin-page";

export interface FileProblems {
  shown: AddressProblem[];
  total: number;
}

function BatchTable({ ctx, batches }: { ctx: PageContext; batches: BatchSummary[] }) {
  const { t } = ctx;
  if (batches.length === 0) return <p class="utrecht-paragraph">{t("letters.admin.none")}</p>;
  return (
    <TableScroll label={t("letters.admin.batchesTitle")}>
      <table class="data-table">
        <thead>
          <tr>
            <th scope="col">{t("letters.admin.columns.label")}</th>
            <th scope="col">{t("letters.admin.columns.created")}</th>
            <th scope="col">{t("letters.admin.columns.by")}</th>
            <th scope="col" class="number">
              {t("letters.admin.columns.count")}
            </th>
            <th scope="col" class="number">
              {t("letters.admin.columns.used")}
            </th>
            <th scope="col">{t("letters.admin.columns.status")}</th>
          </tr>
        </thead>
        <tbody>
          {batches.map((b) => (
            <tr>
              <td>{b.label || t("letters.admin.noLabel", { id: b.id })}</td>
              <td>{formatDate(ctx.lang, b.created_at, true)}</td>
              <td>{b.creator_name ?? "—"}</td>
              <td class="number">{b.code_count}</td>
              <td class="number">{b.used_count}</td>
              <td>
                {b.revoked_at ? (
                  t("letters.admin.revokedOn", { date: formatDate(ctx.lang, b.revoked_at, true) })
                ) : (
                  <PostButton
                    ctx={ctx}
                    action={`/admin/briefcodes/${b.id}/intrekken`}
                    label={t("letters.admin.revoke", { label: b.label || t("letters.admin.noLabel", { id: b.id }) })}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function FileField({ ctx, form, problems }: { ctx: PageContext; form?: FormState; problems?: FileProblems }) {
  const { t } = ctx;
  const { id, error, describedBy } = fieldState(form, "addresses", true);
  const listId = `${id}-problems`;
  return (
    <FieldFrame
      ctx={ctx}
      kind="text"
      id={id}
      label={t("letters.admin.fields.file")}
      hint={t("letters.admin.fields.fileHint")}
      error={error}
    >
      {problems ? (
        <div id={listId} class="utrecht-form-field-error-message">
          <ul class="utrecht-unordered-list">
            {problems.shown.map((p) => (
              <li class="utrecht-unordered-list__item">
                {t("letters.import.line", { line: p.line, problem: t(`letters.import.problems.${p.key}`, p.params) })}
              </li>
            ))}
          </ul>
          {problems.total > problems.shown.length ? (
            <p class="utrecht-paragraph">
              {t("letters.import.more", { count: problems.total - problems.shown.length })}
            </p>
          ) : null}
        </div>
      ) : null}
      <input
        class={`utrecht-textbox${error ? " utrecht-textbox--invalid" : ""}`}
        type="file"
        id={id}
        name="addresses"
        accept=".csv,text/csv"
        required
        aria-describedby={[describedBy, problems ? listId : ""].filter(Boolean).join(" ") || undefined}
        aria-invalid={error ? "true" : undefined}
      />
    </FieldFrame>
  );
}

export function LetterBatchesPage({
  ctx,
  batches,
  form,
  problems,
  areaNames,
}: {
  ctx: PageContext;
  batches: BatchSummary[];
  form?: FormState;
  problems?: FileProblems;
  areaNames: string[];
}) {
  const { t } = ctx;
  return (
    <AdminPage ctx={ctx} title={t("letters.admin.title")}>
      <p class="utrecht-paragraph">{t("letters.admin.intro")}</p>
      <h2 class="utrecht-heading-2">{t("letters.admin.batchesTitle")}</h2>
      <BatchTable ctx={ctx} batches={batches} />
      <h2 class="utrecht-heading-2">{t("letters.admin.newTitle")}</h2>
      <p class="utrecht-paragraph">{t("letters.admin.newIntro")}</p>
      <p class="utrecht-paragraph">
        {areaNames.length ? t("letters.admin.areas", { areas: areaNames.join(", ") }) : t("letters.admin.noAreas")}
      </p>
      <form method="post" action="/admin/briefcodes" enctype="multipart/form-data" class="site-form" novalidate>
        <ErrorSummary
          ctx={ctx}
          form={form}
          labels={
            new Map([
              ["addresses", t("letters.admin.fields.file")],
              ["label", t("letters.admin.fields.label")],
              ["format", t("letters.admin.fields.format")],
            ])
          }
        />
        {/* First in the form: the server checks it before it reads the file. */}
        <CsrfField ctx={ctx} />
        <Field
          ctx={ctx}
          form={form}
          name="label"
          label={t("letters.admin.fields.label")}
          hint={t("letters.admin.fields.labelHint")}
          maxLength={100}
        />
        <FileField ctx={ctx} form={form} problems={problems} />
        <SelectField
          ctx={ctx}
          form={form}
          name="format"
          label={t("letters.admin.fields.format")}
          hint={t("letters.admin.fields.formatHint")}
          options={[
            { value: "csv", label: t("letters.admin.format.csv") },
            { value: "letters", label: t("letters.admin.format.letters") },
          ]}
        />
        <div class="utrecht-button-group">
          <button type="submit" class="utrecht-button utrecht-button--primary-action">
            {t("letters.admin.submit")}
          </button>
        </div>
      </form>
    </AdminPage>
  );
}
