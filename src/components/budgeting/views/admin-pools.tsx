// Staff pages for pools (docs/budgeting.md, "Pools"): the pools of a process with their budget and
// limits, a form for a new pool per area, which pool and category each project has, and the edit
// page of one pool. Forms only before the vote opens (poolsEditable).
import type { Area } from "../../../core/db/types";
import type { PageContext } from "../../../core/views/context";
import { Field, Form, type FormState, SelectField } from "../../../core/views/forms";
import { Layout } from "../../../core/views/layout";
import { TableScroll } from "../../../core/views/table-scroll";
import { UserText } from "../../../core/views/user-text";
import { METHODS } from "../commands/process-method";
import { limitSentences } from "../domain/ballot-limits";
import { BALLOT_TYPES } from "../domain/ballot-rules";
import { type Pool, poolName, poolOf } from "../store/pools";
import type { BudgetProcess, BudgetProject } from "../store/tables";
import { formatMoney } from "./format";

export function PoolsPage(props: {
  ctx: PageContext;
  process: BudgetProcess;
  pools: Pool[];
  projects: BudgetProject[];
  areas: Area[];
  editable: boolean;
  poolForm?: FormState;
  assignForm?: FormState;
}) {
  const { ctx, process, pools, projects } = props;
  const { t } = ctx;
  const heading = t("budgeting.pools.admin.heading", { title: process.title });
  const money = (n: number) => formatMoney(ctx.lang, n, process.currency);
  const assignForm: FormState = props.assignForm ?? {
    values: Object.fromEntries(
      projects.flatMap((p) => [
        [`pool-${p.id}`, String(poolOf(pools, p).id)],
        [`category-${p.id}`, p.category],
      ]),
    ),
    errors: [],
  };
  return (
    <Layout ctx={ctx} title={heading}>
      <h1 class="utrecht-heading-1">{heading}</h1>
      <p class="utrecht-paragraph">{t("budgeting.pools.admin.intro")}</p>
      <TableScroll label={t("budgeting.pools.admin.tableCaption")}>
        <table class="utrecht-table data-table">
          <caption class="utrecht-table__caption">{t("budgeting.pools.admin.tableCaption")}</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">
                {t("budgeting.pools.admin.pool")}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {t("budgeting.admin.fields.budget")}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {t("budgeting.pools.admin.projects")}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {t("budgeting.pools.admin.limits")}
              </th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {pools.map((pool) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row">
                  <a class="utrecht-link" href={`/admin/begroting/${process.id}/potten/${pool.id}`}>
                    <UserText ctx={ctx}>{poolName(t, pool)}</UserText>
                  </a>
                  {pool.main ? ` (${t("budgeting.pools.admin.main")})` : ""}
                </th>
                <td class="utrecht-table__cell data-table__number">{money(pool.settings.budget)}</td>
                <td class="utrecht-table__cell data-table__number">
                  {projects.filter((p) => poolOf(pools, p).id === pool.id).length}
                </td>
                <td class="utrecht-table__cell">
                  {limitSentences(pool.limits)
                    .map((s) => t(s.key, limitParams(s.key, s.params, money)))
                    .join(" ") || t("budgeting.pools.admin.noLimits")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {props.editable ? (
        <>
          <h2 class="utrecht-heading-2">{t("budgeting.pools.admin.assignHeading")}</h2>
          {projects.length === 0 ? (
            <p class="utrecht-paragraph">{t("budgeting.pools.admin.noProjects")}</p>
          ) : (
            <Form
              ctx={ctx}
              action={`/admin/begroting/${process.id}/potten/projecten`}
              form={assignForm}
              submitLabel={t("budgeting.pools.admin.assignSave")}
            >
              {projects.map((p) => (
                <fieldset class="utrecht-form-fieldset">
                  <legend class="utrecht-form-fieldset__legend">
                    <UserText ctx={ctx}>{p.title}</UserText>
                  </legend>
                  <SelectField
                    ctx={ctx}
                    form={assignForm}
                    name={`pool-${p.id}`}
                    label={t("budgeting.pools.admin.poolOf", { project: p.title })}
                    options={pools.map((pool) => ({ value: String(pool.id), label: poolName(t, pool) }))}
                  />
                  <Field
                    ctx={ctx}
                    form={assignForm}
                    name={`category-${p.id}`}
                    label={t("budgeting.pools.admin.categoryOf", { project: p.title })}
                    maxLength={60}
                  />
                </fieldset>
              ))}
            </Form>
          )}
          <h2 class="utrecht-heading-2">{t("budgeting.pools.admin.newHeading")}</h2>
          <p class="utrecht-paragraph">{t("budgeting.pools.admin.newIntro")}</p>
          <PoolForm
            ctx={ctx}
            action={`/admin/begroting/${process.id}/potten`}
            form={props.poolForm ?? { values: newPoolValues(process), errors: [] }}
            areas={props.areas}
            main={false}
            submitLabel={t("budgeting.pools.admin.create")}
          />
        </>
      ) : (
        <p class="utrecht-paragraph">{t("budgeting.pools.errors.locked")}</p>
      )}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/admin/begroting/${process.id}`}>
          {t("budgeting.pools.admin.back")}
        </a>
      </p>
    </Layout>
  );
}

export function PoolEditPage(props: {
  ctx: PageContext;
  process: BudgetProcess;
  pool: Pool;
  areas: Area[];
  editable: boolean;
  form: FormState;
}) {
  const { ctx, process, pool } = props;
  const { t } = ctx;
  const heading = t("budgeting.pools.admin.editHeading", { pool: poolName(t, pool) });
  return (
    <Layout ctx={ctx} title={heading}>
      <h1 class="utrecht-heading-1">
        <UserText ctx={ctx}>{heading}</UserText>
      </h1>
      {pool.main ? <p class="utrecht-paragraph">{t("budgeting.pools.admin.mainIntro")}</p> : null}
      {props.editable ? (
        <PoolForm
          ctx={ctx}
          action={`/admin/begroting/${process.id}/potten/${pool.id}`}
          form={props.form}
          areas={props.areas}
          main={pool.main}
          submitLabel={t("budgeting.admin.save")}
        />
      ) : (
        <p class="utrecht-paragraph">{t("budgeting.pools.errors.locked")}</p>
      )}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/admin/begroting/${process.id}/potten`}>
          {t("budgeting.pools.admin.backToPools")}
        </a>
      </p>
    </Layout>
  );
}

function PoolForm(props: {
  ctx: PageContext;
  action: string;
  form: FormState;
  areas: Area[];
  main: boolean;
  submitLabel: string;
}) {
  const { ctx, form } = props;
  const { t } = ctx;
  const opts = (values: readonly string[], prefix: string) =>
    values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }));
  return (
    <Form ctx={ctx} action={props.action} form={form} submitLabel={props.submitLabel}>
      <Field
        ctx={ctx}
        form={form}
        name="title"
        label={t("budgeting.pools.fields.title")}
        hint={t("budgeting.pools.fields.titleHint")}
        maxLength={120}
      />
      {props.main ? null : (
        <>
          <SelectField
            ctx={ctx}
            form={form}
            name="areaId"
            label={t("budgeting.pools.fields.area")}
            hint={t("budgeting.pools.fields.areaHint")}
            options={[
              { value: "", label: t("budgeting.pools.fields.chooseArea") },
              ...props.areas.map((a) => ({ value: String(a.id), label: a.name })),
            ]}
          />
          <Field
            ctx={ctx}
            form={form}
            name="budget"
            label={t("budgeting.admin.fields.budget")}
            hint={t("amounts.hints.budget")}
            inputMode="numeric"
            required
          />
          <SelectField
            ctx={ctx}
            form={form}
            name="ballotType"
            label={t("budgeting.admin.fields.ballotType")}
            options={opts(BALLOT_TYPES, "budgeting.ballotType")}
          />
          <Field
            ctx={ctx}
            form={form}
            name="minProjects"
            label={t("budgeting.admin.fields.minProjects")}
            hint={t("budgeting.admin.fields.minmaxHint")}
            inputMode="numeric"
          />
          <Field
            ctx={ctx}
            form={form}
            name="maxProjects"
            label={t("budgeting.admin.fields.maxProjects")}
            hint={t("budgeting.admin.fields.minmaxHint")}
            inputMode="numeric"
          />
          <Field
            ctx={ctx}
            form={form}
            name="pointsTotal"
            label={t("budgeting.admin.fields.pointsTotal")}
            hint={t("budgeting.admin.fields.pointsHint")}
            inputMode="numeric"
          />
          <Field
            ctx={ctx}
            form={form}
            name="pointsPerProject"
            label={t("budgeting.admin.fields.pointsPerProject")}
            hint={t("budgeting.admin.fields.pointsHint")}
            inputMode="numeric"
          />
          <SelectField
            ctx={ctx}
            form={form}
            name="method"
            label={t("budgeting.admin.fields.method")}
            hint={t("budgeting.admin.fields.methodHint")}
            options={opts(METHODS, "budgeting.method.name")}
          />
          <SelectField
            ctx={ctx}
            form={form}
            name="add1Stop"
            label={t("budgeting.admin.fields.add1Stop")}
            options={opts(["exhaustive", "overspend"], "budgeting.add1Stop")}
          />
          <SelectField
            ctx={ctx}
            form={form}
            name="tieBreak"
            label={t("budgeting.admin.fields.tieBreak")}
            options={opts(["votes", "id"], "budgeting.tieBreak")}
          />
          <Field
            ctx={ctx}
            form={form}
            name="minVotes"
            label={t("budgeting.admin.fields.minVotes")}
            hint={t("budgeting.admin.fields.minVotesHint")}
            inputMode="numeric"
          />
        </>
      )}
      <Field
        ctx={ctx}
        form={form}
        name="limitMinProjects"
        label={t("budgeting.pools.fields.limitMinProjects")}
        hint={t("budgeting.pools.fields.limitHint")}
        inputMode="numeric"
      />
      <Field
        ctx={ctx}
        form={form}
        name="limitMaxProjects"
        label={t("budgeting.pools.fields.limitMaxProjects")}
        hint={t("budgeting.pools.fields.limitHint")}
        inputMode="numeric"
      />
      <Field
        ctx={ctx}
        form={form}
        name="limitMinCost"
        label={t("budgeting.pools.fields.limitMinCost")}
        hint={t("budgeting.pools.fields.limitHint")}
        inputMode="numeric"
      />
      <Field
        ctx={ctx}
        form={form}
        name="limitMaxCost"
        label={t("budgeting.pools.fields.limitMaxCost")}
        hint={t("budgeting.pools.fields.limitHint")}
        inputMode="numeric"
      />
      <Field
        ctx={ctx}
        form={form}
        name="categoryLimits"
        label={t("budgeting.pools.fields.categoryLimits")}
        hint={t("budgeting.pools.fields.categoryLimitsHint")}
        multiline
        maxLength={5000}
      />
    </Form>
  );
}

function newPoolValues(process: BudgetProcess): Record<string, string> {
  return {
    currency: process.currency,
    ballotType: "approval",
    method: "mes-add1",
    add1Stop: "exhaustive",
    tieBreak: "votes",
    minProjects: "0",
    pointsTotal: "10",
    pointsPerProject: "3",
  };
}

const COST_LIMIT_KEYS = new Set(["budgeting.limits.text.costMin", "budgeting.limits.text.costMax"]);
function limitParams(key: string, params: Record<string, number | string>, money: (n: number) => string) {
  if (!COST_LIMIT_KEYS.has(key)) return params;
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === "number" ? money(v) : v]));
}
