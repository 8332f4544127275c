// A poll's results twice: bars drawn in SVG on the server (no script; lengths and colour are SVG
// attributes, allowed by the strict CSP) with the labels and figures as HTML text, and a table with
// the same counts and percentages for screen readers and anyone who prefers text. The layout is the
// budget results chart's (styles.css `.budget-chart`).
import type { PageContext } from "../../../core/views/context";
import { formatNumber } from "../../../core/i18n/catalog";
import { TableScroll } from "../../../core/views/table-scroll";
import { userLang } from "../../../core/views/user-text";
import type { PollResultsView } from "./poll-results";

const BAR_UNITS = 1000;
const BAR = "#1f5ca8";

const percent = (ctx: PageContext, p: number) => `${formatNumber(ctx.lang, p)}%`;

export function PollResultsChart({ ctx, id, results }: { ctx: PageContext; id: string; results: PollResultsView }) {
  const { t } = ctx;
  return (
    <div class="poll-results">
      <figure class="budget-chart">
        <div class="budget-chart__rows" role="img" aria-labelledby={`${id}-chart`}>
          <span class="visually-hidden" id={`${id}-chart`}>
            {t("consultations.polls.chartLabel", { total: results.total })}
          </span>
          {results.choices.map((c) => (
            <div class="budget-chart__row">
              <span class="budget-chart__label" {...userLang(ctx)}>
                {c.label}
              </span>
              <span class="budget-chart__bar">
                <svg
                  xmlns="http://www.w3.org/2000/svg"
                  viewBox={`0 0 ${BAR_UNITS} 10`}
                  preserveAspectRatio="none"
                  aria-hidden="true"
                  focusable="false"
                >
                  <rect width={Math.max(4, Math.round((c.percent / 100) * BAR_UNITS))} height="10" fill={BAR} />
                </svg>
                <span class="budget-chart__count">{percent(ctx, c.percent)}</span>
              </span>
            </div>
          ))}
        </div>
        <figcaption class="utrecht-paragraph">{t("consultations.polls.total", { count: results.total })}</figcaption>
      </figure>
      <TableScroll label={t("consultations.polls.tableLabel")}>
        <table class="utrecht-table">
          <caption class="utrecht-table__caption">{t("consultations.polls.tableCaption")}</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">
                {t("consultations.polls.choice")}
              </th>
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                {t("consultations.polls.votes")}
              </th>
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                {t("consultations.polls.percent")}
              </th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {results.choices.map((c) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row" {...userLang(ctx)}>
                  {c.label}
                </th>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">{formatNumber(ctx.lang, c.votes)}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">{percent(ctx, c.percent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
