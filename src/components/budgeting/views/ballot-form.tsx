// The ballot: one form for residents, code holders and officials entering paper ballots.
// Without JavaScript the "check" button asks the server for the running total; with it, the
// total updates live (ballot-total-client.ts reads the data-* attributes rendered here).
import { messagePattern } from "../../../core/i18n/catalog";
import type { PageContext } from "../../../core/views/context";
import { labelledMessage } from "../../../core/views/field-labels";
import { CsrfField } from "../../../core/views/forms";
import type { BallotCheck, BallotProblem, Choice } from "../domain/ballot-rules";
import type { BudgetProcess, BudgetProject } from "../store/tables";
import { BallotRulesText, RunningTotal } from "./ballot-parts";
import { formatMoney } from "./format";
import { userLang, UserText } from "../../../core/views/user-text";

export type BallotMode = "resident" | "code" | "paper";

export interface BallotFormProps {
  ctx: PageContext;
  process: BudgetProcess;
  projects: BudgetProject[];
  choice: Choice;
  check: BallotCheck | null;
  mode: BallotMode;
  action: string;
  codeError?: string | null;
  codeValue?: string;
}

export function BallotForm(props: BallotFormProps) {
  const { ctx, process, projects, choice, check, mode } = props;
  const { t } = ctx;
  const cumulative = process.ballot_type === "cumulative";
  const problems = check?.problems ?? [];
  const projectsLegend = t(cumulative ? "budgeting.ballot.legendPoints" : "budgeting.ballot.legend");
  const summary = [
    ...(props.codeError
      ? [{ href: "#field-code", text: labelledMessage(t("budgeting.code.label"), t(props.codeError)) }]
      : []),
    ...problems.map((p) => ({
      href: "#ballot-projects",
      text: labelledMessage(projectsLegend, problemText(ctx, process, p)),
    })),
  ];
  return (
    <form
      method="post"
      action={props.action}
      class="site-form budget-ballot"
      novalidate
      data-ballot={process.ballot_type}
      data-budget={String(process.budget)}
      data-currency={process.currency}
      data-lang={ctx.lang}
      data-points-total={String(process.points_total)}
      data-template-cost={messagePattern(ctx.lang, "budgeting.ballot.totalCost")}
      data-template-points={messagePattern(ctx.lang, "budgeting.ballot.totalPoints")}
      data-template-count={messagePattern(ctx.lang, "budgeting.ballot.totalCount")}
      data-template-over={messagePattern(ctx.lang, "ballotTotals.over")}
    >
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
      <BallotRulesText ctx={ctx} process={process} />
      <fieldset class="utrecht-form-fieldset" id="ballot-projects" tabIndex={-1} aria-describedby="ballot-rules">
        <legend class="utrecht-form-fieldset__legend">{projectsLegend}</legend>
        {projects.map((p) =>
          cumulative ? (
            <PointsField
              ctx={ctx}
              project={p}
              points={choice.get(p.id) ?? 0}
              max={process.points_per_project}
              currency={process.currency}
            />
          ) : (
            <ApprovalField ctx={ctx} project={p} checked={(choice.get(p.id) ?? 0) > 0} currency={process.currency} />
          ),
        )}
      </fieldset>
      <RunningTotal ctx={ctx} process={process} projects={projects} choice={choice} />
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

/** Amounts in a refusal are money for the over-budget message, plain counts otherwise. */
function problemText(ctx: PageContext, process: BudgetProcess, problem: BallotProblem): string {
  if (problem.key !== "budgeting.ballot.errors.overBudget") return ctx.t(problem.key, problem.params);
  const money = (n: number | undefined) => formatMoney(ctx.lang, n ?? 0, process.currency);
  return ctx.t(problem.key, {
    total: money(problem.params.total),
    budget: money(problem.params.budget),
    over: money(problem.params.over),
  });
}

const formatMoneyFor = (ctx: PageContext, n: number, currency: string) => formatMoney(ctx.lang, n, currency);
