// Votes per project as a server-rendered SVG bar chart (no script, no inline style: colours are
// SVG attributes, allowed by the strict CSP). The table below it holds the same numbers for
// screen readers and for anyone who prefers text.
import type { PageContext } from "../../../core/views/context";
import type { ProjectResult } from "../domain/types";
import { formatCount } from "./format";
import { userLang } from "../../../core/views/user-text";

const ROW = 30;
const LABEL_WIDTH = 260;
const BAR_WIDTH = 440;
const WON = "#1d6b3a";
const LOST = "#6b6b6b";

export function ResultsChart({
  ctx,
  rows,
  names,
}: {
  ctx: PageContext;
  rows: ProjectResult[];
  names: Map<string, string>;
}) {
  const { t } = ctx;
  const max = Math.max(1, ...rows.map((r) => r.votes));
  const height = rows.length * ROW + 10;
  const width = LABEL_WIDTH + BAR_WIDTH + 90;
  const shorten = (s: string) => (s.length > 34 ? `${s.slice(0, 33)}…` : s);
  return (
    <figure class="budget-chart">
      <svg
        xmlns="http://www.w3.org/2000/svg"
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-labelledby="chart-title chart-desc"
        font-family="inherit"
        font-size="14"
      >
        <title id="chart-title">{t("budgeting.results.chartTitle")}</title>
        <desc id="chart-desc">{t("budgeting.results.chartDesc")}</desc>
        {rows.map((r, i) => {
          const y = i * ROW + 5;
          const w = Math.max(2, Math.round((r.votes / max) * BAR_WIDTH));
          const label = `${shorten(names.get(r.id) ?? r.id)}${r.selected ? " ✓" : ""}`;
          return (
            <g>
              <text x={LABEL_WIDTH - 8} y={y + ROW / 2 + 4} text-anchor="end" fill="#1a1a1a" {...userLang(ctx)}>
                {label}
              </text>
              <rect x={LABEL_WIDTH} y={y + 4} width={w} height={ROW - 10} fill={r.selected ? WON : LOST} />
              <text x={LABEL_WIDTH + w + 6} y={y + ROW / 2 + 4} fill="#1a1a1a">
                {formatCount(ctx.lang, r.votes)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption class="utrecht-paragraph">{t("budgeting.results.chartCaption")}</figcaption>
    </figure>
  );
}
