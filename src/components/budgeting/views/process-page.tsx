// A process for residents: what it is about, the budget, where it stands, what they can do now,
// the projects (with the public reason when one was found not feasible) and progress updates.
import type { VNode } from "preact";
import type { Area } from "../../../core/db/types";
import { formatDate } from "../../../core/i18n/catalog";
import type { PageContext } from "../../../core/views/context";
import { Layout } from "../../../core/views/layout";
import { Prose } from "../../../core/views/prose";
import { processClosed, resultsPublic, submissionsOpen, votingOpen } from "../domain/process-rules";
import type { RuleExplanation } from "../../../core/participation/explain";
import { RuleNotice } from "../../../core/views/participation-rule";
import { VERIFY_FIRST_KEYS } from "../participation";
import type { PhotoRef } from "../../../core/photos/store";
import { PhotoThumbnail } from "../../../core/photos/views";
import { projectUrl } from "../project-url";
import { type Pool, poolName, poolOf } from "../store/pools";
import type { BudgetProcess, BudgetProject, BudgetUpdate } from "../store/tables";
import { formatMoney } from "./format";
import { PhaseSteps } from "./phase-steps";
import { userLang, UserText } from "../../../core/views/user-text";

interface Props {
  ctx: PageContext;
  process: BudgetProcess;
  area: Area | null;
  projects: BudgetProject[];
  /** The process's pools; with more than one, the page names them and each project's pool. */
  pools?: Pool[];
  /** The first photo of each project that has one, by project id. */
  thumbnails: Map<number, PhotoRef>;
  updates: BudgetUpdate[];
  /** Who may propose and vote online, explained for this visitor; said before anyone starts. */
  rules: { propose: RuleExplanation; ballot: RuleExplanation };
  /** The time plan: whether proposals are taken now, and the countdown and follow button. */
  timing?: { proposalsAllowed: boolean; ballotsAllowed: boolean; panel: VNode };
}

export function ProcessPage({ ctx, process, area, projects, thumbnails, updates, rules, pools = [], timing }: Props) {
  const { t, lang } = ctx;
  const proposing = submissionsOpen(process) && (timing?.proposalsAllowed ?? true);
  const voting = votingOpen(process) && (timing?.ballotsAllowed ?? true);
  const money = (n: number) => formatMoney(lang, n, process.currency);
  const base = `/begroting/${process.id}`;
  const titleOf = new Map(projects.map((p) => [p.id, p.title]));
  return (
    <Layout ctx={ctx} title={process.title}>
      <h1 class="utrecht-heading-1" {...userLang(ctx)}>
        {process.title}
      </h1>
      <p class="utrecht-paragraph">
        {t("budgeting.process.budgetLine", {
          budget: money(process.budget),
          area: area?.name ?? t("budgeting.process.wholeSite"),
        })}
      </p>
      {pools.length > 1 ? (
        <ul class="utrecht-unordered-list budget-pools">
          {pools.map((pool) => (
            <li class="utrecht-unordered-list__item">
              {t("budgeting.pools.poolLine", {
                pool: poolName(t, pool),
                budget: formatMoney(ctx.lang, pool.settings.budget, process.currency),
              })}
            </li>
          ))}
        </ul>
      ) : null}
      <Prose text={process.description} {...userLang(ctx)} />
      <h2 class="utrecht-heading-2">{t("budgeting.process.phasesHeading")}</h2>
      <PhaseSteps ctx={ctx} phase={process.phase} />
      {timing?.panel}
      {proposing ? <RuleNotice ctx={ctx} e={rules.propose} verifyFirstKey={VERIFY_FIRST_KEYS.propose} /> : null}
      {processClosed(process) ? null : (
        <RuleNotice ctx={ctx} e={rules.ballot} verifyFirstKey={VERIFY_FIRST_KEYS.ballot} />
      )}
      <div class="utrecht-button-group">
        {proposing ? (
          <a class="utrecht-button utrecht-button--primary-action" href={`${base}/indienen`}>
            {t("budgeting.process.propose")}
          </a>
        ) : null}
        {voting ? (
          <a class="utrecht-button utrecht-button--primary-action" href={`${base}/stemmen`}>
            {t("budgeting.process.vote")}
          </a>
        ) : null}
        {voting ? (
          <a class="utrecht-button utrecht-button--secondary-action" href={`${base}/stemcode`}>
            {t("budgeting.process.voteWithCode")}
          </a>
        ) : null}
        {resultsPublic(process) ? (
          <a class="utrecht-button utrecht-button--primary-action" href={`${base}/uitslag`}>
            {t("budgeting.process.results")}
          </a>
        ) : null}
      </div>
      <h2 class="utrecht-heading-2">{t("budgeting.process.projectsHeading")}</h2>
      {projects.length === 0 ? (
        <p class="utrecht-paragraph">{t("budgeting.process.noProjects")}</p>
      ) : (
        <ul class="utrecht-unordered-list">
          {projects.map((p) => (
            <li class="utrecht-unordered-list__item budget-project">
              {thumbnails.has(p.id) ? (
                <PhotoThumbnail itemUrl={projectUrl(process.id, p.id)} photo={thumbnails.get(p.id)!} />
              ) : null}
              <strong>
                <a class="utrecht-link" href={projectUrl(process.id, p.id)} {...userLang(ctx)}>
                  {p.title}
                </a>
              </strong>
              {" — "}
              {p.cost === null ? t("budgeting.process.costUnknown") : money(p.cost)}
              {" · "}
              {t(`budgeting.projectStatus.${p.status}`)}
              {pools.length > 1
                ? ` · ${t("budgeting.pools.projectPool", { pool: poolName(t, poolOf(pools, p)) })}`
                : ""}
              {p.description ? (
                <p class="utrecht-paragraph" {...userLang(ctx)}>
                  {p.description}
                </p>
              ) : null}
              {p.status === "infeasible" && p.infeasible_reason ? (
                <p class="utrecht-paragraph">{t("budgeting.process.reason", { reason: p.infeasible_reason })}</p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {updates.length > 0 ? (
        <>
          <h2 class="utrecht-heading-2">{t("budgeting.process.updatesHeading")}</h2>
          <ul class="utrecht-unordered-list">
            {updates.map((u) => (
              <li class="utrecht-unordered-list__item">
                <strong>
                  {formatDate(lang, u.created_at)}
                  {u.project_id !== null && titleOf.has(u.project_id) ? (
                    <>
                      {" · "}
                      <UserText ctx={ctx}>{titleOf.get(u.project_id)}</UserText>
                    </>
                  ) : null}
                </strong>
                <Prose text={u.body} {...userLang(ctx)} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Layout>
  );
}
