// A saved answer in words, for the summary before sending and the read-only view after closing.
import { formatNumber } from "../../../core/i18n/catalog";
import type { PageContext } from "../../../core/views/context";
import type { AnswerValue, Question } from "../domain/questions";

export function answerText(
  ctx: PageContext,
  q: Question,
  value: AnswerValue | undefined,
  areas: readonly { id: number; name: string }[],
): string {
  const { t } = ctx;
  if (value === undefined) return t("consultations.summary.noAnswer");
  switch (q.type) {
    case "single":
      return q.choices[value as number] ?? "";
    case "multiple":
      return (value as number[]).map((i) => q.choices[i] ?? "").join(", ");
    case "scale":
    case "number":
      return formatNumber(ctx.lang, value as number);
    case "shortText":
    case "longText":
      return value as string;
    case "ranking":
      return (value as number[]).map((item, place) => `${place + 1}. ${q.choices[item] ?? ""}`).join(", ");
    case "grid":
      return (value as (number | null)[])
        .map(
          (v, row) =>
            `${q.rows[row] ?? ""}: ${v === null ? t("consultations.summary.noAnswer") : (q.choices[v] ?? "")}`,
        )
        .join("; ");
    case "area": {
      const a = value as { area?: number; postcode?: string };
      if (a.area !== undefined) return areas.find((x) => x.id === a.area)?.name ?? "";
      return t("consultations.summary.postcode", { postcode: a.postcode ?? "" });
    }
  }
}
