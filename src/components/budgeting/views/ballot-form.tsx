// The ballot: one form for residents, code holders and officials entering paper ballots, with a
// part per pool (docs/budgeting.md, "Pools").
// Without JavaScript the "check" button asks the server for the running total; with it, the
// total updates live (ballot-total-client.ts reads the data-* attributes rendered here).
import { messagePattern } from "../../../core/i18n/catalog";
import type { PageContext } from "../../../core/views/context";
import { labelledMessage } from "../../../core/views/field-labels";
import { CsrfField } from "../../../core/views/forms";
import type { BallotPaper } from "../commands/ballot-paper";
import { limitSentences } from "../domain/ballot-limits";
import type { BallotProblem, Choice } from "../domain/ballot-rules";
import type { PoolBallotCheck } from "../domain/pool-ballot";
import { type Pool, poolName, projectsOf } from "../store/pools";
import type { BudgetProcess, BudgetProject } from "../store/tables";
import { BallotRulesText, RunningTotal } from "./ballot-parts";
import { formatMoney } from "./format";
import { userLang, UserText } from "../../../core/views/user-text";

export type BallotMode = "resident" | "code" | "paper";

export interface BallotFormProps {
  ctx: PageContext;
  process: BudgetProcess;
  paper: BallotPaper;
  choice: Choice;
  check: PoolBallotCheck | null;
  mode: BallotMode;
  action: string;
  codeError?: string | null;
  codeValue?: string;
}

/** Ids of a pool's parts: the main pool keeps the ids the single ballot always had. */
export const poolIds = (pool: Pool) => {
  const suffix = pool.main ? "" : `-${pool.id}`;
  return {
    projects: `ballot-projects${suffix}`,
    rules: `ballot-rules${suffix}`,
    total: `ballot-total${suffix}`,
    error: `ballot-error${suffix}`,
    heading: `ballot-pool${suffix}`,
  };
};

/**
 * One form for the whole paper: a section per pool this voter may vote in (every pool for codes
 * and paper ballots, whose area is not known here), each with its rule, limits, projects, running
 * total and, after a refusal, the reason beside it. One save stores all parts or none.
 */
export function BallotForm(props: BallotFormProps) {
  const { ctx, process, paper, choice, check, mode } = props;
  const { t } = ctx;
  const shown = paper.pools.filter((pool) => mode !== "resident" || paper.allowed.has(pool.id));
  const several = paper.pools.length > 1;
  const legendOf = (pool: Pool) => {
    const legend = t(
      pool.settings.ballot_type === "cumulative" ? "budgeting.ballot.legendPoints" : "budgeting.ballot.legend",
    );
    return several ? `${legend} (${poolName(t, pool)})` : legend;
  };
  const summary = [
    ...(props.codeError
      ? [{ href: "#field-code", text: labelledMessage(t("budgeting.code.label"), t(props.codeError)) }]
      : []),
    ...paper.pools.flatMap((pool) =>
      (check?.parts.get(pool.id)?.problems ?? []).map((p) => ({
        // A pool this resident may not vote in is not on the form: its rule is, below it.
        href: shown.includes(pool) ? `#${poolIds(pool).projects}` : `#ballot-pool-closed-${pool.id}`,
        text: labelledMessage(legendOf(pool), problemText(ctx, pool.settings, p)),
      })),
    ),
  ];
  return (
    <form method="post" action={props.action} class="site-form budget-ballot" novalidate>
      {summary.length > 0 ? (
        <div
          class="utrecht-alert utrecht-alert--error error-summary"
          role="alert"
          tabIndex={-1}
          autofocus
          aria-labelledby="error-summary-title"
          data-error-summary
        >
          <h2 class="utrecht-heading-2" id="error-summary-title">
            {t("forms.errorSummary")}
          </h2>
          <ul class="utrecht-unordered-list">
            {summary.map((s) => (
              <li class="utrecht-unordered-list__item">
                <a class="utrecht-link" href={s.href}>
                  {s.text}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <CsrfField ctx={ctx} />
      {mode === "code" ? <CodeField ctx={ctx} error={props.codeError ?? null} value={props.codeValue ?? ""} /> : null}
      {several && mode !== "resident" ? <p class="utrecht-paragraph">{t("budgeting.pools.codeIntro")}</p> : null}
      {shown.map((pool) => (
        <PoolPart
          ctx={ctx}
          process={process}
          pool={pool}
          paper={paper}
          choice={choice}
          problems={check?.parts.get(pool.id)?.problems ?? []}
          legend={legendOf(pool)}
          heading={several ? poolName(t, pool) : null}
        />
      ))}
      <div class="utrecht-button-group">
        <button type="submit" name="action" value="save" class="utrecht-button utrecht-button--primary-action">
          {t(mode === "paper" ? "budgeting.ballot.savePaper" : "budgeting.ballot.save")}
        </button>
        <button type="submit" name="action" value="check" class="utrecht-button utrecht-button--secondary-action">
          {t("budgeting.ballot.check")}
        </button>
      </div>
    </form>
  );
}

function PoolPart(props: {
  ctx: PageContext;
  process: BudgetProcess;
  pool: Pool;
  paper: BallotPaper;
  choice: Choice;
  problems: readonly BallotProblem[];
  legend: string;
  heading: string | null;
}) {
  const { ctx, pool, choice, problems } = props;
  const { t } = ctx;
  const settings = pool.settings;
  const ids = poolIds(pool);
  const cumulative = settings.ballot_type === "cumulative";
  const projects = projectsOf(props.paper.pools, pool, props.paper.projects);
  const sentences = limitSentences(pool.limits);
  const money = (n: number) => formatMoney(ctx.lang, n, settings.currency);
  return (
    <section
      class="budget-pool"
      aria-labelledby={props.heading ? ids.heading : undefined}
      data-ballot={settings.ballot_type}
      data-budget={String(settings.budget)}
      data-currency={settings.currency}
      data-lang={ctx.lang}
      data-points-total={String(settings.points_total)}
      data-template-cost={messagePattern(ctx.lang, "budgeting.ballot.totalCost")}
      data-template-points={messagePattern(ctx.lang, "budgeting.ballot.totalPoints")}
      data-template-count={messagePattern(ctx.lang, "budgeting.ballot.totalCount")}
      data-template-over={messagePattern(ctx.lang, "ballotTotals.over")}
    >
      {props.heading ? (
        <h2 class="utrecht-heading-2" id={ids.heading}>
          <UserText ctx={ctx}>{props.heading}</UserText>
        </h2>
      ) : null}
      <BallotRulesText ctx={ctx} process={settings} id={ids.rules} />
      {sentences.length > 0 ? (
        <ul class="utrecht-unordered-list budget-limits">
          {sentences.map((s) => (
            <li class="utrecht-unordered-list__item">{t(s.key, paramsFor(s.key, s.params, money))}</li>
          ))}
        </ul>
      ) : null}
      <fieldset
        class={`utrecht-form-fieldset${problems.length > 0 ? " utrecht-form-fieldset--invalid" : ""}`}
        id={ids.projects}
        tabIndex={-1}
        aria-describedby={problems.length > 0 ? `${ids.rules} ${ids.error}` : ids.rules}
        aria-invalid={problems.length > 0 ? "true" : undefined}
      >
        <legend class="utrecht-form-fieldset__legend">{props.legend}</legend>
        {problems.length > 0 ? (
          <div class="utrecht-form-field-error-message" id={ids.error}>
            {problems.map((p) => (
              <p class="utrecht-paragraph">{problemText(ctx, settings, p)}</p>
            ))}
          </div>
        ) : null}
        {projects.map((p) =>
          cumulative ? (
            <PointsField
              ctx={ctx}
              project={p}
              points={choice.get(p.id) ?? 0}
              max={settings.points_per_project}
              currency={settings.currency}
            />
          ) : (
            <ApprovalField ctx={ctx} project={p} checked={(choice.get(p.id) ?? 0) > 0} currency={settings.currency} />
          ),
        )}
      </fieldset>
      <RunningTotal
        ctx={ctx}
        process={settings}
        projects={projects}
        choice={choice}
        id={ids.total}
        for={ids.projects}
      />
    </section>
  );
}

/** Amounts in limit sentences and refusals about money are money; counts and names stay as they are. */
const MONEY_PARAMS = new Set(["total", "budget", "over", "min", "max"]);
const COST_KEYS = new Set([
  "budgeting.ballot.errors.overBudget",
  "budgeting.ballot.errors.limitCostLow",
  "budgeting.ballot.errors.limitCostHigh",
  "budgeting.limits.text.costMin",
  "budgeting.limits.text.costMax",
]);
function paramsFor(key: string, params: Record<string, number | string>, money: (n: number) => string) {
  if (!COST_KEYS.has(key)) return params;
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === "number" && MONEY_PARAMS.has(k) ? money(v) : v]),
  );
}

function CodeField({ ctx, error, value }: { ctx: PageContext; error: string | null; value: string }) {
  return (
    <div class={`utrecht-form-field utrecht-form-field--text${error ? " utrecht-form-field--invalid" : ""}`}>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for="field-code">
          {ctx.t("budgeting.code.label")}
        </label>
      </div>
      <div class="utrecht-form-field-description" id="field-code-hint">
        {ctx.t("budgeting.code.hint")}
      </div>
      {error ? (
        <div class="utrecht-form-field-error-message" id="field-code-error">
          {ctx.t(error)}
        </div>
      ) : null}
      <div class="utrecht-form-field__input">
        <input
          class="utrecht-textbox"
          type="text"
          id="field-code"
          name="code"
          value={value}
          autocomplete="off"
          maxLength={20}
          aria-describedby={error ? "field-code-hint field-code-error" : "field-code-hint"}
          aria-invalid={error ? "true" : undefined}
        />
      </div>
    </div>
  );
}

function ApprovalField({
  ctx,
  project,
  checked,
  currency,
}: {
  ctx: PageContext;
  project: BudgetProject;
  checked: boolean;
  currency: string;
}) {
  const id = `project-${project.id}`;
  return (
    <div class="utrecht-form-field utrecht-form-field--checkbox">
      <div class="utrecht-form-field__input">
        <input
          class="utrecht-checkbox"
          type="checkbox"
          id={id}
          name="project"
          value={String(project.id)}
          checked={checked}
          data-cost={String(project.cost ?? 0)}
        />
      </div>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={id}>
          <UserText ctx={ctx}>{project.title}</UserText> — {formatMoneyFor(ctx, project.cost ?? 0, currency)}
          <Category ctx={ctx} category={project.category} />
        </label>
      </div>
      {project.description ? (
        <div class="utrecht-form-field-description" {...userLang(ctx)}>
          {project.description}
        </div>
      ) : null}
    </div>
  );
}

function PointsField({
  ctx,
  project,
  points,
  max,
  currency,
}: {
  ctx: PageContext;
  project: BudgetProject;
  points: number;
  max: number;
  currency: string;
}) {
  const id = `points-${project.id}`;
  return (
    <div class="utrecht-form-field utrecht-form-field--text">
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={id}>
          <UserText ctx={ctx}>{project.title}</UserText> — {formatMoneyFor(ctx, project.cost ?? 0, currency)}
          <Category ctx={ctx} category={project.category} />
        </label>
      </div>
      {project.description ? (
        <div class="utrecht-form-field-description" {...userLang(ctx)}>
          {project.description}
        </div>
      ) : null}
      <div class="utrecht-form-field__input">
        <input
          class="utrecht-textbox budget-points"
          type="number"
          inputMode="numeric"
          min="0"
          max={String(max)}
          step="1"
          id={id}
          name={id}
          value={String(points)}
          data-cost={String(project.cost ?? 0)}
        />
      </div>
    </div>
  );
}

/** Amounts in a refusal are money for the budget and amount messages, plain counts otherwise. */
function problemText(ctx: PageContext, settings: BudgetProcess, problem: BallotProblem): string {
  return ctx.t(
    problem.key,
    paramsFor(problem.key, problem.params, (n) => formatMoney(ctx.lang, n, settings.currency)),
  );
}

/** The project's category, for voters weighing a category limit. */
function Category({ ctx, category }: { ctx: PageContext; category: string }) {
  if (!category) return null;
  return (
    <>
      {" · "}
      {ctx.t("budgeting.pools.categoryLabel")}: <UserText ctx={ctx}>{category}</UserText>
    </>
  );
}

const formatMoneyFor = (ctx: PageContext, n: number, currency: string) => formatMoney(ctx.lang, n, currency);
