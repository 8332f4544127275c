// The results after the vote: the winners, then every project with its votes, cost, outcome
// and a sentence saying why it won or lost; the chart and the table show the same numbers.
import { openDataHref } from "../../../core/pages/open-data";
import type { PageContext } from "../../../core/views/context";
import { Layout } from "../../../core/views/layout";
import { BUDGETING_OPEN_DATA_ID } from "../open-data-links";
import type { StoredResult } from "../store/results";
import { type Pool, poolName } from "../store/pools";
import type { BudgetProcess, BudgetProject } from "../store/tables";
import { explainProject } from "./explain";
import { formatCount, formatMoney } from "./format";
import { ResultsChart } from "./results-chart";
import { ResultsMethod } from "./results-method";
import { userLang, UserText } from "../../../core/views/user-text";
import { TableScroll } from "../../../core/views/table-scroll";

export interface PoolResult {
  pool: Pool;
  projects: BudgetProject[];
  result: StoredResult;
}

/**
 * One part per pool, each counted with its own rule (docs/budgeting.md, "Pools"); with a single
 * pool the page is what it always was. Each part links to its own .pb file.
 */
export function ResultsPage({
  ctx,
  process,
  parts,
  ballots,
}: {
  ctx: PageContext;
  process: BudgetProcess;
  parts: PoolResult[];
  /** Ballots stored here, and those from verified residents or voting codes (honest counts). */
  ballots: { total: number; verified: number };
}) {
  const { t } = ctx;
  const title = t("budgeting.results.title", { title: process.title });
  const several = parts.length > 1;
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="utrecht-heading-1">{title}</h1>
      {ballots.total > 0 ? (
        <p class="utrecht-paragraph budget-verified-count">
          {t("participation.counts.ballots", { count: ballots.total, verified: ballots.verified })}
        </p>
      ) : null}
      {several ? <p class="utrecht-paragraph">{t("budgeting.pools.resultsIntro", { count: parts.length })}</p> : null}
      {parts.map((part) =>
        several ? (
          <section class="budget-pool-results" aria-labelledby={`pool-results-${part.pool.id}`}>
            <h2 class="utrecht-heading-2" id={`pool-results-${part.pool.id}`}>
              <UserText ctx={ctx}>{poolName(t, part.pool)}</UserText>
            </h2>
            <PoolResults ctx={ctx} process={process} part={part} level={3} />
            <p class="utrecht-paragraph">
              <a class="utrecht-link" href={`/begroting/${process.id}/potten/${part.pool.id}/stemmen.pb`}>
                {t("budgeting.pools.downloadPool", { pool: poolName(t, part.pool) })}
              </a>
            </p>
          </section>
        ) : (
          <PoolResults ctx={ctx} process={process} part={part} level={2} />
        ),
      )}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={openDataHref(BUDGETING_OPEN_DATA_ID)}>
          {t("budgeting.results.download")}
        </a>
      </p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/begroting/${process.id}`}>
          {t("budgeting.ballot.back")}
        </a>
      </p>
    </Layout>
  );
}

function PoolResults({
  ctx,
  part,
  level,
}: {
  ctx: PageContext;
  process: BudgetProcess;
  part: PoolResult;
  level: 2 | 3;
}) {
  const { t, lang } = ctx;
  const process = part.pool.settings;
  const { projects, result } = part;
  const money = (n: number) => formatMoney(lang, n, process.currency);
  const names = new Map(projects.map((p) => [p.external_id, p.title]));
  const { outcome } = result;
  const rows = [...outcome.projects].sort((a, b) => b.votes - a.votes || a.cost - b.cost || (a.id < b.id ? -1 : 1));
  const H = level === 2 ? "h2" : "h3";
  const headingClass = level === 2 ? "utrecht-heading-2" : "utrecht-heading-3";
  const caption =
    level === 2
      ? t("budgeting.results.tableCaption")
      : `${t("budgeting.results.tableCaption")} (${poolName(t, part.pool)})`;
  return (
    <>
      <p class="utrecht-paragraph">
        {t("budgeting.results.summary", {
          voters: result.voters,
          winners: outcome.winners.length,
          spent: money(outcome.totalCost),
          budget: money(process.budget),
        })}
      </p>
      <ResultsMethod ctx={ctx} process={process} outcome={outcome} voters={result.voters} />
      <H class={headingClass}>{t("budgeting.results.winnersHeading")}</H>
      {outcome.winners.length === 0 ? (
        <p class="utrecht-paragraph">{t("budgeting.results.noWinners")}</p>
      ) : (
        <ul class="utrecht-unordered-list">
          {outcome.winners.map((id) => {
            const r = outcome.projects.find((p) => p.id === id)!;
            return (
              <li class="utrecht-unordered-list__item">
                <UserText ctx={ctx}>{names.get(id) ?? id}</UserText> — {money(r.cost)}
              </li>
            );
          })}
        </ul>
      )}
      <H class={headingClass}>{t("budgeting.results.allHeading")}</H>
      <ResultsChart ctx={ctx} rows={rows} names={names} idSuffix={part.pool.main ? "" : `-${part.pool.id}`} />
      <TableScroll label={caption}>
        <table class="utrecht-table data-table">
          <caption class="utrecht-table__caption">{caption}</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">
                {t("budgeting.results.project")}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {t("budgeting.results.votes")}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {t("budgeting.results.cost")}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {t("budgeting.results.chosen")}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {t("budgeting.results.why")}
              </th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {rows.map((r) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row" {...userLang(ctx)}>
                  {names.get(r.id) ?? r.id}
                </th>
                <td class="utrecht-table__cell">
                  {formatCount(lang, r.votes)}
                  {process.ballot_type === "cumulative"
                    ? ` (${t("budgeting.results.points", { points: r.score })})`
                    : ""}
                </td>
                <td class="utrecht-table__cell data-table__number">{money(r.cost)}</td>
                <td class="utrecht-table__cell">{t(r.selected ? "budgeting.results.yes" : "budgeting.results.no")}</td>
                <td class="utrecht-table__cell budget-results__why">{explainProject(t, r, money)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
