// Staff pages for pools (docs/budgeting.md, "Pools"): admins add a pool per area, set its budget,
// rule and ballot limits, and put projects in pools with a category. Every form checks the limits
// with the domain's one rule (domain/ballot-limits.ts); bad input is a 400 with the message beside
// the field, what was typed kept, and nothing saved. Only before the vote opens.
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Area } from "../../../core/db/types";
import type { FieldError } from "../../../core/http/errors";
import { conflict, notFound } from "../../../core/http/errors";
import { redirectWithFlash, sendPage } from "../../../core/http/render";
import { formValues, formWithErrors, parseForm } from "../../../core/http/validation";
import { requireRole } from "../../../core/permissions/roles";
import type { Services } from "../../../core/services";
import { listAreas } from "../../../core/sites/store";
import type { FormState } from "../../../core/views/forms";
import { assignProjectsCommand, changePool, createPool, poolsEditable } from "../commands/manage-pools";
import { methodOf, ruleOf } from "../commands/process-method";
import {
  type BallotLimits,
  categoryLimitsText,
  checkLimits,
  MAX_CATEGORY_LENGTH,
  parseCategoryLimits,
} from "../domain/ballot-limits";
import { MANAGERS } from "../permissions";
import { listPools, type Pool, type PoolSettings } from "../store/pools";
import { listProjects } from "../store/projects";
import type { BudgetProcess } from "../store/tables";
import { PoolEditPage, PoolsPage } from "../views/admin-pools";
import { loadProcess, loadProcessPool } from "./load";
import { mainPoolSchema, poolSchema } from "./schemas";

type LimitsData = {
  limitMinProjects: number | null;
  limitMaxProjects: number | null;
  limitMinCost: number | null;
  limitMaxCost: number | null;
  categoryLimits: string;
};

/** The limits from a parsed form, or the errors beside their fields (the domain's rule). */
export function limitsFromForm(data: LimitsData): { limits: BallotLimits } | { errors: FieldError[] } {
  const categories = parseCategoryLimits(data.categoryLimits);
  const limits: BallotLimits = {
    minProjects: data.limitMinProjects,
    maxProjects: data.limitMaxProjects,
    minCost: data.limitMinCost,
    maxCost: data.limitMaxCost,
    categories: categories.ok ? categories.limits : [],
  };
  const errors: FieldError[] = checkLimits(limits).map((e) => ({
    field: e.field,
    messageKey: e.key,
    params: e.params,
  }));
  if (!categories.ok)
    errors.push({ field: categories.error.field, messageKey: categories.error.key, params: categories.error.params });
  return errors.length > 0 ? { errors } : { limits };
}

function poolFormValues(pool: Pool): Record<string, string> {
  const s = pool.settings;
  const text = (n: number | null) => (n === null ? "" : String(n));
  return {
    title: pool.title,
    ...(pool.main
      ? {}
      : {
          areaId: text(pool.areaId),
          budget: String(s.budget),
          ballotType: s.ballot_type,
          minProjects: String(s.min_projects),
          maxProjects: text(s.max_projects),
          pointsTotal: String(s.points_total),
          pointsPerProject: String(s.points_per_project),
          method: methodOf(s),
          add1Stop: s.add1_stop,
          tieBreak: s.tie_break,
          minVotes: text(s.min_votes),
        }),
    limitMinProjects: text(pool.limits.minProjects),
    limitMaxProjects: text(pool.limits.maxProjects),
    limitMinCost: text(pool.limits.minCost),
    limitMaxCost: text(pool.limits.maxCost),
    categoryLimits: categoryLimitsText(pool.limits.categories),
  };
}

export function registerAdminPoolRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;
  const admin = (request: FastifyRequest) => requireRole(request.user, ...MANAGERS);

  const listPage = async (
    request: FastifyRequest,
    process: BudgetProcess,
    forms: { poolForm?: FormState; assignForm?: FormState } = {},
  ) => (
    <PoolsPage
      ctx={request.pageContext()}
      process={process}
      pools={await listPools(db, process)}
      projects={await listProjects(db, process.id)}
      areas={await listAreas(db, request.site.id)}
      editable={poolsEditable(process)}
      {...forms}
    />
  );

  /** A pool's area: one of this site's areas, not the process's own and not another pool's. */
  const areaError = (areaId: number, areas: Area[], process: BudgetProcess, pools: Pool[], self?: Pool) => {
    if (!areas.some((a) => a.id === areaId)) return "forms.errors.invalid";
    if (areaId === process.area_id || pools.some((p) => p !== self && !p.main && p.areaId === areaId))
      return "budgeting.pools.errors.areaTaken";
    return null;
  };

  /** Reads the pool form: settings and limits, or the form again with every error beside its field. */
  const readPoolForm = async (
    request: FastifyRequest,
    process: BudgetProcess,
    self: Pool | undefined,
  ): Promise<{ settings: PoolSettings; limits: BallotLimits } | { form: FormState }> => {
    const main = self?.main === true;
    const mainParsed = main ? parseForm(mainPoolSchema, request.body) : null;
    const poolParsed = main ? null : parseForm(poolSchema, request.body);
    const parsed = (mainParsed ?? poolParsed)!;
    // The limits are checked even when another field is wrong, so every message shows at once.
    const limitsParsed = mainParsed ?? parseForm(mainPoolSchema, request.body);
    const limits = limitsParsed.ok ? limitsFromForm(limitsParsed.data) : null;
    const errors: FieldError[] = parsed.ok ? [] : [...parsed.form.errors];
    if (limits && "errors" in limits) errors.push(...limits.errors);
    const pools = await listPools(db, process);
    let settings: PoolSettings | null = null;
    if (mainParsed?.ok) {
      settings = { ...settingsOfMain(self!), title: mainParsed.data.title };
    } else if (poolParsed?.ok) {
      const d = poolParsed.data;
      const areaId = Number(d.areaId);
      const problem = areaError(areaId, await listAreas(db, request.site.id), process, pools, self);
      if (problem) errors.push({ field: "areaId", messageKey: problem });
      settings = {
        title: d.title,
        areaId,
        budget: d.budget,
        ballotType: d.ballotType,
        minProjects: d.minProjects,
        maxProjects: d.maxProjects,
        pointsTotal: d.pointsTotal,
        pointsPerProject: d.pointsPerProject,
        ...ruleOf(d.method),
        add1Stop: d.add1Stop,
        tieBreak: d.tieBreak,
        minVotes: d.minVotes,
      };
    }
    if (errors.length > 0 || !settings || !limits || "errors" in limits)
      return { form: formWithErrors(request.body, dedupe(errors)) };
    return { settings, limits: limits.limits };
  };

  app.get("/admin/begroting/:id/potten", async (request, reply) => {
    admin(request);
    const process = await loadProcess(services, request);
    return sendPage(reply, await listPage(request, process));
  });

  app.post("/admin/begroting/:id/potten", async (request, reply) => {
    const user = admin(request);
    const process = await loadProcess(services, request);
    if (!poolsEditable(process)) throw conflict("budgeting.pools.errors.locked");
    const read = await readPoolForm(request, process, undefined);
    if ("form" in read) return sendPage(reply, await listPage(request, process, { poolForm: read.form }), 400);
    await createPool(services, process, read.settings, read.limits, user.id);
    return redirectWithFlash(reply, `/admin/begroting/${process.id}/potten`, "budgeting.pools.flash.created");
  });

  app.post("/admin/begroting/:id/potten/projecten", async (request, reply) => {
    const user = admin(request);
    const process = await loadProcess(services, request);
    if (!poolsEditable(process)) throw conflict("budgeting.pools.errors.locked");
    const [pools, projects] = await Promise.all([listPools(db, process), listProjects(db, process.id)]);
    const values = formValues(request.body);
    const errors: FieldError[] = [];
    const assignments = projects.map((p) => {
      const poolText = values[`pool-${p.id}`] ?? "";
      const pool = pools.find((x) => String(x.id) === poolText);
      if (!pool) errors.push({ field: `pool-${p.id}`, messageKey: "forms.errors.invalid" });
      const category = (values[`category-${p.id}`] ?? "").trim();
      if (category.length > MAX_CATEGORY_LENGTH || /[\r\n]/.test(category))
        errors.push({ field: `category-${p.id}`, messageKey: "budgeting.pools.errors.category" });
      return { projectId: p.id, poolId: pool && !pool.main ? pool.id : null, category };
    });
    if (errors.length > 0)
      return sendPage(
        reply,
        await listPage(request, process, { assignForm: formWithErrors(request.body, errors) }),
        400,
      );
    await assignProjectsCommand(services, process, assignments, user.id);
    return redirectWithFlash(reply, `/admin/begroting/${process.id}/potten`, "budgeting.pools.flash.assigned");
  });

  const poolOfRequest = async (request: FastifyRequest) => {
    const { process, poolId } = await loadProcessPool(services, request);
    const pool = (await listPools(db, process)).find((p) => p.id === poolId);
    if (!pool) throw notFound();
    return { process, pool };
  };

  const editPage = async (request: FastifyRequest, process: BudgetProcess, pool: Pool, form: FormState) => (
    <PoolEditPage
      ctx={request.pageContext()}
      process={process}
      pool={pool}
      areas={await listAreas(db, request.site.id)}
      editable={poolsEditable(process)}
      form={form}
    />
  );

  app.get("/admin/begroting/:id/potten/:poolId", async (request, reply) => {
    admin(request);
    const { process, pool } = await poolOfRequest(request);
    return sendPage(reply, await editPage(request, process, pool, { values: poolFormValues(pool), errors: [] }));
  });

  app.post("/admin/begroting/:id/potten/:poolId", async (request, reply) => {
    const user = admin(request);
    const { process, pool } = await poolOfRequest(request);
    if (!poolsEditable(process)) throw conflict("budgeting.pools.errors.locked");
    const read = await readPoolForm(request, process, pool);
    if ("form" in read) return sendPage(reply, await editPage(request, process, pool, read.form), 400);
    await changePool(services, process, pool, read.settings, read.limits, user.id);
    return redirectWithFlash(reply, `/admin/begroting/${process.id}/potten`, "budgeting.pools.flash.updated");
  });
}

/** The main pool keeps the process's budget and rule; only its title and limits change here. */
function settingsOfMain(pool: Pool): PoolSettings {
  const s = pool.settings;
  return {
    title: pool.title,
    areaId: null,
    budget: s.budget,
    ballotType: s.ballot_type,
    minProjects: s.min_projects,
    maxProjects: s.max_projects,
    pointsTotal: s.points_total,
    pointsPerProject: s.points_per_project,
    rule: s.rule,
    completion: s.completion,
    add1Stop: s.add1_stop,
    tieBreak: s.tie_break,
    minVotes: s.min_votes,
  };
}

/** One message per field: the first (the schema's) wins. */
function dedupe(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((e) => !seen.has(e.field) && seen.add(e.field));
}
