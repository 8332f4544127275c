// The input of the paper pages: the lines of a support list (name{n}, postcode{n}), a correction
// and a removal. Empty lines are skipped, so a form with ten rows takes one to ten supports.
import { z } from "zod";
import type { FieldError } from "../../../core/http/errors";
import { tidyName, tidyPostcode } from "../../../core/paper/person";
import { paperReason } from "../../../core/paper/reason";
import type { LineRefusal, PaperLine } from "../commands/paper-supports";

export const LINES_PER_FORM = 10;
const NAME_MAX = 100;

const id = z.coerce.number().int().positive().max(2_147_483_647);
export const paperLineParams = z.object({ id, lineId: id });

/** A name and a postcode: what every line and every correction must have. */
function checkLine(name: string, postcode: string, nameField: string, postcodeField: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!name) errors.push({ field: nameField, messageKey: "paper.errors.name" });
  else if (name.length > NAME_MAX) errors.push({ field: nameField, messageKey: "forms.errors.tooLong" });
  if (!tidyPostcode(postcode)) errors.push({ field: postcodeField, messageKey: "paper.errors.postcode" });
  return errors;
}

export function readPaperLines(values: Record<string, string>): { lines: PaperLine[]; errors: FieldError[] } {
  const lines: PaperLine[] = [];
  const errors: FieldError[] = [];
  for (let n = 1; n <= LINES_PER_FORM; n++) {
    const name = tidyName(values[`name${n}`] ?? "");
    const postcode = (values[`postcode${n}`] ?? "").trim();
    if (!name && !postcode) continue;
    const lineErrors = checkLine(name, postcode, `name${n}`, `postcode${n}`);
    errors.push(...lineErrors);
    if (lineErrors.length === 0) lines.push({ line: n, name, postcode: tidyPostcode(postcode)! });
  }
  if (lines.length === 0 && errors.length === 0) errors.push({ field: "name1", messageKey: "paper.errors.noLines" });
  return { lines, errors };
}

/** A refused line's reason, shown beside its name field. */
export const refusalErrors = (refusals: readonly { line: number; reason: LineRefusal }[]): FieldError[] =>
  refusals.map((r) => ({ field: `name${r.line}`, messageKey: `paper.refusal.${r.reason}` }));

const reason = paperReason;
export const removeLineForm = z.object({ reason });

export function readCorrection(
  values: Record<string, string>,
): { ok: true; data: { name: string; postcode: string; reason: string } } | { ok: false; errors: FieldError[] } {
  const name = tidyName(values.name ?? "");
  const postcode = (values.postcode ?? "").trim();
  const errors = checkLine(name, postcode, "name", "postcode");
  const r = reason.safeParse(values.reason ?? "");
  if (!r.success) errors.push({ field: "reason", messageKey: r.error.issues[0]!.message });
  return errors.length > 0
    ? { ok: false, errors }
    : { ok: true, data: { name, postcode: tidyPostcode(postcode)!, reason: r.data! } };
}
