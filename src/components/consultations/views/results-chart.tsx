// A question's counts as bars: the labels and figures are HTML text (they keep the page's text
// size on a phone, as in the budget results), only the bars are SVG, drawn with attributes (no
// inline style, strict CSP). The whole chart is hidden from screen readers: the table beside it
// holds the same figures, and reading both would say everything twice.
import type { PageContext } from "../../../core/views/context";
import { formatNumber } from "../../../core/i18n/catalog";

const BAR_UNITS = 1000;
const BAR = "#1f5f99";

export interface ChartRow {
  label: string;
  count: number;
  percent: number;
}

export function ResultsChart({ ctx, rows }: { ctx: PageContext; rows: readonly ChartRow[] }) {
  return (
    <div class="results-chart" aria-hidden="true">
      {rows.map((r) => (
        <div class="results-chart__row">
          <span class="results-chart__label">{r.label}</span>
          <span class="results-chart__bar">
            <svg
              xmlns="http://www.w3.org/2000/svg"
              viewBox={`0 0 ${BAR_UNITS} 10`}
              preserveAspectRatio="none"
              aria-hidden="true"
              focusable="false"
            >
              <rect width={Math.round((r.percent / 100) * BAR_UNITS)} height="10" fill={BAR} />
            </svg>
            <span class="results-chart__count">{`${formatNumber(ctx.lang, r.percent)}%`}</span>
          </span>
        </div>
      ))}
    </div>
  );
}
