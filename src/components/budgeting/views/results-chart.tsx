// Votes per project as a bar chart in HTML, with only the bars drawn in SVG (no script, no inline
// style: colours and lengths are SVG attributes, allowed by the strict CSP). The labels and counts
// are HTML text, so they keep the page's text size on a phone; an all-SVG chart scaled its labels
// down with its width, to 5 px at 375 px (docs/narrow-screens.md). The table below it holds the
// same numbers for screen readers and for anyone who prefers text.
import type { PageContext } from "../../../core/views/context";
import type { ProjectResult } from "../domain/types";
import { formatCount } from "./format";
import { userLang } from "../../../core/views/user-text";

/** The bar's drawing width: the SVG stretches to its box, so this only sets the proportion. */
const BAR_UNITS = 1000;
const WON = "#1d6b3a";
const LOST = "#6b6b6b";

export function ResultsChart({
  ctx,
  rows,
  names,
  idSuffix = "",
}: {
  ctx: PageContext;
  rows: ProjectResult[];
  names: Map<string, string>;
  /** Several charts on one page (one per pool) need their own ids. */
  idSuffix?: string;
}) {
  const { t } = ctx;
  const max = Math.max(1, ...rows.map((r) => r.votes));
  return (
    <figure class="budget-chart">
      <div class="budget-chart__rows" role="img" aria-labelledby={`chart-title${idSuffix} chart-desc${idSuffix}`}>
        <span class="visually-hidden" id={`chart-title${idSuffix}`}>
          {t("budgeting.results.chartTitle")}
        </span>
        <span class="visually-hidden" id={`chart-desc${idSuffix}`}>
          {t("budgeting.results.chartDesc")}
        </span>
        {rows.map((r) => (
          <div class="budget-chart__row">
            <span class="budget-chart__label">
              <span {...userLang(ctx)}>{names.get(r.id) ?? r.id}</span>
              {r.selected ? " ✓" : ""}
            </span>
            <span class="budget-chart__bar">
              <svg
                xmlns="http://www.w3.org/2000/svg"
                viewBox={`0 0 ${BAR_UNITS} 10`}
                preserveAspectRatio="none"
                aria-hidden="true"
                focusable="false"
              >
                <rect
                  width={Math.max(4, Math.round((r.votes / max) * BAR_UNITS))}
                  height="10"
                  fill={r.selected ? WON : LOST}
                />
              </svg>
              <span class="budget-chart__count">{formatCount(ctx.lang, r.votes)}</span>
            </span>
          </div>
        ))}
      </div>
      <figcaption class="utrecht-paragraph">{t("budgeting.results.chartCaption")}</figcaption>
    </figure>
  );
}
