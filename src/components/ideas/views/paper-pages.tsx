// Staff pages for supports on paper (docs/paper.md): the entry form (where the paper came from,
// then up to ten lines of name and postcode), the lines entered so far with their source, and the
// links to correct or remove a line.
import type { PaperMeeting } from "../../../core/components";
import type { PaperBatch } from "../../../core/db/types";
import { formatDate } from "../../../core/i18n/catalog";
import { SourceFields, batchName } from "../../../core/paper/source-form";
import type { PageContext } from "../../../core/views/context";
import { Field, Form, type FormState } from "../../../core/views/forms";
import { Layout } from "../../../core/views/layout";
import { TableScroll } from "../../../core/views/table-scroll";
import { userLang } from "../../../core/views/user-text";
import { LINES_PER_FORM } from "../routes/paper-schemas";
import type { IdeaView } from "../store/ideas";
import type { PaperLineView } from "../store/paper";
import { PaperCount } from "./paper-count";

export interface PaperEntryProps {
  ctx: PageContext;
  idea: IdeaView;
  collecting: boolean;
  lines: PaperLineView[];
  alsoOnline: ReadonlySet<number>;
  batches: PaperBatch[];
  meetings: PaperMeeting[];
  form?: FormState;
}

function EntryForm({ ctx, idea, batches, meetings, form }: PaperEntryProps) {
  const { t } = ctx;
  return (
    <Form ctx={ctx} action={`/admin/ideeen/${idea.id}/papier`} form={form} submitLabel={t("paper.entry.submit")}>
      <SourceFields ctx={ctx} form={form} batches={batches} meetings={meetings} />
      <fieldset class="utrecht-form-fieldset paper-lines">
        <legend class="utrecht-form-fieldset__legend">{t("paper.entry.linesLegend")}</legend>
        <p class="utrecht-paragraph">{t("paper.entry.linesHint")}</p>
        {Array.from({ length: LINES_PER_FORM }, (_, i) => i + 1).map((n) => (
          <div class="paper-line">
            <Field ctx={ctx} form={form} name={`name${n}`} label={t("paper.entry.name", { n })} maxLength={100} />
            <Field ctx={ctx} form={form} name={`postcode${n}`} label={t("paper.entry.postcode", { n })} maxLength={8} />
          </div>
        ))}
      </fieldset>
    </Form>
  );
}

function LinesTable({ ctx, idea, lines, alsoOnline }: PaperEntryProps) {
  const { t } = ctx;
  if (lines.length === 0) return <p class="utrecht-paragraph">{t("paper.entry.none")}</p>;
  return (
    <TableScroll label={t("paper.entry.linesHeading")}>
      <table class="utrecht-table data-table">
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            {["name", "postcode", "source", "entered", "actions"].map((c) => (
              <th class="utrecht-table__header-cell" scope="col">
                {t(`paper.entry.column.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {lines.map((l) => (
            <tr class="utrecht-table__row">
              <td class="utrecht-table__cell">
                {l.name}
                {alsoOnline.has(l.id) ? <strong> ({t("paper.entry.alsoOnline")})</strong> : null}
              </td>
              <td class="utrecht-table__cell">{l.postcode}</td>
              <td class="utrecht-table__cell">
                {batchName(ctx, { label: l.batch_label, created_at: l.batch_created_at })}
              </td>
              <td class="utrecht-table__cell">
                {formatDate(ctx.lang, l.created_at, true)}
                {l.entered_by_name ? `, ${l.entered_by_name}` : ""}
              </td>
              <td class="utrecht-table__cell">
                <a class="utrecht-link" href={`/admin/ideeen/${idea.id}/papier/${l.id}/corrigeren`}>
                  {t("paper.entry.correct")}
                </a>{" "}
                ·{" "}
                <a class="utrecht-link" href={`/admin/ideeen/${idea.id}/papier/${l.id}/verwijderen`}>
                  {t("paper.entry.remove")}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function PaperEntryPage(p: PaperEntryProps) {
  const { ctx, idea } = p;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t("paper.entry.title", { title: idea.title })}>
      <h1 class="utrecht-heading-1">
        {t("paper.entry.heading")}: <span {...userLang(ctx)}>{idea.title}</span>
      </h1>
      <p class="utrecht-paragraph">
        <PaperCount ctx={ctx} total={idea.support_count} paper={idea.paper_support_count} />
      </p>
      <p class="utrecht-paragraph">
        {t("paper.entry.intro")}{" "}
        <a class="utrecht-link" href={`/ideeen/${idea.id}/steunformulier`}>
          {t("paper.entry.printForm")}
        </a>
      </p>
      {p.collecting ? <EntryForm {...p} /> : <p class="utrecht-paragraph">{t("paper.entry.closed")}</p>}
      <h2 class="utrecht-heading-2">{t("paper.entry.linesHeading")}</h2>
      <LinesTable {...p} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/ideeen/${idea.id}`}>
          {t("ideas.back")}
        </a>
      </p>
    </Layout>
  );
}
