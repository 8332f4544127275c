// "312 stemmen, waarvan 40 op papier": the one way pages say how many supports are on paper.
// The figure is ideas.paper_support_count (docs/paper.md); without paper supports the count alone.
import type { PageContext } from "../../../core/views/context";

export const paperCountText = (ctx: Pick<PageContext, "t">, total: number, paper: number): string =>
  paper > 0 ? ctx.t("paper.count.withPaper", { count: total, paper }) : ctx.t("paper.count.online", { count: total });

export function PaperCount({ ctx, total, paper }: { ctx: PageContext; total: number; paper: number }) {
  return <span class="idea-paper-count">{paperCountText(ctx, total, paper)}</span>;
}
