// "12 deelnemers, waarvan 3 op papier": the one way pages say how many responses a survey has and
// how many of them were typed in from paper (docs/paper.md); without paper the count alone. With
// `total` (a filtered count) it says of how many in all: "2 deelnemers van 4 in totaal".
import type { PageContext } from "../../../core/views/context";

export function respondentsText(ctx: Pick<PageContext, "t">, count: number, paper: number, total?: number): string {
  const base =
    total === undefined
      ? ctx.t("consultations.results.respondents", { count })
      : ctx.t("consultations.results.respondentsFiltered", { count, total });
  return paper > 0 ? `${base}${ctx.t("consultations.results.ofWhichPaper", { paper })}` : base;
}
