// The "where does this paper come from" part of every paper entry form: an existing batch, or a
// new one (printed forms with a label, or a meeting). Read from the form's string values and
// checked against the site's batches and meetings, so no id of another site is ever used.
import type { PaperMeeting } from "../components";
import type { PaperBatch } from "../db/types";
import type { FieldError } from "../http/errors";
import { formatDate } from "../i18n/catalog";
import type { PageContext } from "../views/context";
import { Field, type FormState, SelectField } from "../views/forms";
import type { PaperSource } from "./batches";

const LABEL_MAX = 120;

export type SourceResult = { ok: true; source: PaperSource } | { ok: false; errors: FieldError[] };

/** Fields `batch` ("new" or a batch id), `batchLabel`, `meetingId` ("" or a meeting id). */
export function readSource(
  values: Record<string, string>,
  batches: readonly PaperBatch[],
  meetings: readonly PaperMeeting[],
): SourceResult {
  const batch = (values.batch ?? "new").trim();
  if (batch !== "new") {
    const found = /^\d{1,9}$/.test(batch) ? batches.find((b) => b.id === Number(batch)) : undefined;
    return found
      ? { ok: true, source: { batchId: found.id } }
      : { ok: false, errors: [{ field: "batch", messageKey: "paper.errors.batch" }] };
  }
  const label = (values.batchLabel ?? "").trim().replace(/\s+/g, " ");
  const meetingText = (values.meetingId ?? "").trim();
  if (label.length > LABEL_MAX)
    return { ok: false, errors: [{ field: "batchLabel", messageKey: "forms.errors.tooLong" }] };
  if (meetingText) {
    const meeting = /^\d{1,9}$/.test(meetingText) ? meetings.find((m) => m.id === Number(meetingText)) : undefined;
    // Without meetings the field is not on the form: the message goes beside the batch.
    if (!meeting)
      return {
        ok: false,
        errors: [{ field: meetings.length > 0 ? "meetingId" : "batch", messageKey: "paper.errors.meeting" }],
      };
    return {
      ok: true,
      source: { newBatch: { kind: "meeting", meetingId: meeting.id, label: label || meeting.label } },
    };
  }
  if (!label) return { ok: false, errors: [{ field: "batchLabel", messageKey: "paper.errors.batchLabel" }] };
  return { ok: true, source: { newBatch: { kind: "form", label } } };
}

/** How a batch is named in lists and selects: "Formulieren bibliotheek (2 december 2026)". */
export const batchName = (ctx: Pick<PageContext, "lang">, b: Pick<PaperBatch, "label" | "created_at">): string =>
  `${b.label} (${formatDate(ctx.lang, b.created_at)})`;

export function SourceFields({
  ctx,
  form,
  batches,
  meetings,
}: {
  ctx: PageContext;
  form?: FormState;
  batches: readonly PaperBatch[];
  meetings: readonly PaperMeeting[];
}) {
  const { t } = ctx;
  return (
    <fieldset class="utrecht-form-fieldset paper-source">
      <legend class="utrecht-form-fieldset__legend">{t("paper.source.legend")}</legend>
      <SelectField
        ctx={ctx}
        form={form}
        name="batch"
        label={t("paper.source.batch")}
        hint={t("paper.source.batchHint")}
        options={[
          { value: "new", label: t("paper.source.newBatch") },
          ...batches.map((b) => ({ value: String(b.id), label: batchName(ctx, b) })),
        ]}
      />
      <Field
        ctx={ctx}
        form={form}
        name="batchLabel"
        label={t("paper.source.label")}
        hint={t("paper.source.labelHint")}
        maxLength={LABEL_MAX}
      />
      {meetings.length > 0 ? (
        <SelectField
          ctx={ctx}
          form={form}
          name="meetingId"
          label={t("paper.source.meeting")}
          hint={t("paper.source.meetingHint")}
          options={[
            { value: "", label: t("paper.source.noMeeting") },
            ...meetings.map((m) => ({ value: String(m.id), label: m.label })),
          ]}
        />
      ) : null}
    </fieldset>
  );
}
