// The reason field of every paper correction and removal form; its rule is reason.ts.
import type { PageContext } from "../views/context";
import { Field, type FormState } from "../views/forms";

export function PaperReasonField({ ctx, form }: { ctx: PageContext; form?: FormState }) {
  return (
    <Field
      ctx={ctx}
      form={form}
      name="reason"
      label={ctx.t("paper.reason")}
      hint={ctx.t("paper.reasonHint")}
      multiline
      rows={3}
    />
  );
}
