// Admin pages for processes: list, create, settings and phase (admins); the management page,
// project review and updates (officials too).
import { type ProcessRef, registerRuleSettings } from "../../../core/participation/settings-route";
import { type BudgetAction, budgetActionKey, budgetRuleDefaults } from "../participation";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { allowMapTiles } from "../../../core/http/security-headers";
import { storedLocationValues } from "../../../core/places/location-input";
import { formWithErrors } from "../../../core/http/validation";
import { projectLocation } from "./location";
import { badRequest } from "../../../core/http/errors";
import { redirectWithFlash, sendPage } from "../../../core/http/render";
import { formValues, parseForm, parseFormWith } from "../../../core/http/validation";
import { requireRole } from "../../../core/permissions/roles";
import { MANAGERS, REVIEWERS } from "../permissions";
import { editable, processClosed } from "../domain/process-rules";
import type { Services } from "../../../core/services";
import { listAreas } from "../../../core/sites/store";
import type { FormState } from "../../../core/views/forms";
import { changePhase, createProcess, updateProcess } from "../commands/manage-process";
import { addReadyProject, postUpdate, reviewProjectCommand } from "../commands/manage-projects";
import { countBallots } from "../store/ballots";
import { codeCounts } from "../store/codes";
import { poolAreasOf } from "../store/pools";
import { listProcesses } from "../store/processes";
import { listProjects } from "../store/projects";
import type { BudgetProcess } from "../store/tables";
import { AdminListPage, ReviewPage } from "../views/admin-pages";
import { AdminProcessPage } from "../views/admin-process";
import { SettingsPage } from "../views/admin-settings";
import { loadProcess, loadProcessProject } from "./load";
import { addProjectSchema, phaseSchema, reviewSchema, settingsSchema, updateSchema } from "./schemas";
import { settingsFormValues, toSettings } from "./settings-form";
import { phaseReasonError } from "../windows/phase-reason";
import { findPlan } from "../windows/store";

export function registerAdminRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;
  const admin = (request: FastifyRequest) => requireRole(request.user, ...MANAGERS);
  const staff = (request: FastifyRequest) => requireRole(request.user, ...REVIEWERS);

  // Who may propose and vote online: the core participation rules' settings page.
  registerRuleSettings<BudgetAction, BudgetProcess & ProcessRef>(app, services, {
    component: "budgeting",
    defaults: budgetRuleDefaults,
    actionKey: budgetActionKey,
    levels: ["email", "identity"],
    path: "/admin/begroting/:id/deelname",
    authorize: (request) => admin(request).id,
    loadProcess: async (request) => {
      const process = await loadProcess(services, request);
      return { ...process, back: `/admin/begroting/${process.id}` };
    },
  });

  const processPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    process: BudgetProcess,
    forms: { projectForm?: FormState; updateForm?: FormState; codesForm?: FormState; phaseForm?: FormState } = {},
  ) => {
    const loc = await projectLocation(services, request);
    allowMapTiles(reply, loc.places.settings.tileOrigins);
    return (
      <AdminProcessPage
        ctx={request.pageContext()}
        process={process}
        projects={await listProjects(db, process.id)}
        ballots={await countBallots(db, process.id)}
        codes={await codeCounts(db, process.id)}
        location={loc.field(forms.projectForm)}
        poolAreas={await poolAreasOf(db, process)}
        plan={await findPlan(db, process.id)}
        {...forms}
      />
    );
  };

  /** The review page with the location field: staff may set or correct a project's place. */
  const reviewPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    process: BudgetProcess,
    project: Parameters<typeof ReviewPage>[0]["project"],
    form: FormState,
  ) => {
    const loc = await projectLocation(services, request);
    allowMapTiles(reply, loc.places.settings.tileOrigins);
    return (
      <ReviewPage
        ctx={request.pageContext()}
        process={process}
        project={project}
        form={form}
        location={loc.field(form)}
      />
    );
  };

  const settingsPage = async (request: FastifyRequest, process: BudgetProcess | null, form: FormState) => (
    <SettingsPage
      ctx={request.pageContext()}
      areas={await listAreas(db, request.site.id)}
      form={form}
      action={process ? `/admin/begroting/${process.id}/instellingen` : "/admin/begroting/nieuw"}
      heading={
        process
          ? request.t("budgeting.admin.settingsTitle", { title: process.title })
          : request.t("budgeting.admin.new")
      }
    />
  );

  async function saveSettings(
    request: FastifyRequest,
    process: BudgetProcess | null,
  ): Promise<{ form: FormState } | { id: number }> {
    const parsed = parseForm(settingsSchema, request.body);
    if (!parsed.ok) return { form: parsed.form };
    const converted = toSettings(parsed.data, await listAreas(db, request.site.id));
    if ("error" in converted) return { form: { values: formValues(request.body), errors: [converted.error] } };
    if (process) {
      await updateProcess(services, process, converted.settings, request.user!.id);
      return { id: process.id };
    }
    return { id: (await createProcess(services, request.site.id, converted.settings, request.user!.id)).id };
  }

  app.get("/admin/begroting", async (request, reply) => {
    staff(request);
    return sendPage(
      reply,
      <AdminListPage ctx={request.pageContext()} processes={await listProcesses(db, request.site.id)} />,
    );
  });

  app.get("/admin/begroting/nieuw", async (request, reply) => {
    admin(request);
    return sendPage(reply, await settingsPage(request, null, { values: settingsFormValues(null), errors: [] }));
  });

  app.post("/admin/begroting/nieuw", async (request, reply) => {
    admin(request);
    const saved = await saveSettings(request, null);
    if ("form" in saved) return sendPage(reply, await settingsPage(request, null, saved.form), 400);
    return redirectWithFlash(reply, `/admin/begroting/${saved.id}`, "budgeting.flash.created");
  });

  app.get("/admin/begroting/:id", async (request, reply) => {
    staff(request);
    return sendPage(reply, await processPage(request, reply, await loadProcess(services, request)));
  });

  app.get("/admin/begroting/:id/instellingen", async (request, reply) => {
    admin(request);
    const process = await loadProcess(services, request);
    return sendPage(reply, await settingsPage(request, process, { values: settingsFormValues(process), errors: [] }));
  });

  app.post("/admin/begroting/:id/instellingen", async (request, reply) => {
    admin(request);
    const process = await loadProcess(services, request);
    if (!editable(process)) throw badRequest("budgeting.errors.importedFixed");
    const saved = await saveSettings(request, process);
    if ("form" in saved) return sendPage(reply, await settingsPage(request, process, saved.form), 400);
    return redirectWithFlash(reply, `/admin/begroting/${process.id}`, "budgeting.flash.saved");
  });

  app.post("/admin/begroting/:id/fase", async (request, reply) => {
    const user = admin(request);
    const process = await loadProcess(services, request);
    const parsed = phaseSchema.safeParse(formValues(request.body));
    if (!parsed.success) throw badRequest();
    const reasonError = await phaseReasonError(db, process.id, parsed.data.reason);
    if (reasonError) {
      const phaseForm = formWithErrors(request.body, [reasonError]);
      return sendPage(reply, await processPage(request, reply, process, { phaseForm }), 400);
    }
    await changePhase(services, process, parsed.data.phase, user.id, parsed.data.reason);
    return redirectWithFlash(reply, `/admin/begroting/${process.id}`, "budgeting.flash.phaseChanged");
  });

  app.post("/admin/begroting/:id/projecten", async (request, reply) => {
    const user = admin(request);
    const process = await loadProcess(services, request);
    if (!editable(process)) throw badRequest("budgeting.errors.importedFixed");
    const place = (await projectLocation(services, request, request.body)).verdict!;
    const parsed = parseFormWith(addProjectSchema, request.body, () => (place.ok ? [] : place.errors));
    if (!parsed.ok || !place.ok) {
      const projectForm = parsed.ok ? formWithErrors(request.body, place.ok ? [] : place.errors) : parsed.form;
      return sendPage(reply, await processPage(request, reply, process, { projectForm }), 400);
    }
    await addReadyProject(services, process, user.id, { ...parsed.data, cost: parsed.data.cost, place: place.place });
    return redirectWithFlash(reply, `/admin/begroting/${process.id}`, "budgeting.flash.projectAdded");
  });

  app.get("/admin/begroting/:id/projecten/:projectId", async (request, reply) => {
    staff(request);
    const { process, project } = await loadProcessProject(services, request);
    const values = {
      cost: project.cost === null ? "" : String(project.cost),
      status: project.status === "infeasible" ? "infeasible" : "feasible",
      reason: project.infeasible_reason,
      ...storedLocationValues(project),
    };
    return sendPage(reply, await reviewPage(request, reply, process, project, { values, errors: [] }));
  });

  app.post("/admin/begroting/:id/projecten/:projectId", async (request, reply) => {
    const user = staff(request);
    const { process, project } = await loadProcessProject(services, request);
    if (processClosed(process)) throw badRequest("budgeting.errors.reviewClosed");
    const place = (await projectLocation(services, request, request.body)).verdict!;
    const parsed = parseFormWith(reviewSchema, request.body, () => (place.ok ? [] : place.errors));
    if (!parsed.ok || !place.ok) {
      const form = parsed.ok ? formWithErrors(request.body, place.ok ? [] : place.errors) : parsed.form;
      return sendPage(reply, await reviewPage(request, reply, process, project, form), 400);
    }
    await reviewProjectCommand(services, process, project, user.id, { ...parsed.data, place: place.place });
    return redirectWithFlash(reply, `/admin/begroting/${process.id}`, "budgeting.flash.reviewed");
  });

  app.post("/admin/begroting/:id/updates", async (request, reply) => {
    const user = staff(request);
    const process = await loadProcess(services, request);
    const parsed = parseForm(updateSchema, request.body);
    if (!parsed.ok)
      return sendPage(reply, await processPage(request, reply, process, { updateForm: parsed.form }), 400);
    const projectId = parsed.data.projectId === "" ? null : Number(parsed.data.projectId);
    if (projectId !== null && !(await listProjects(db, process.id)).some((p) => p.id === projectId)) {
      return sendPage(
        reply,
        await processPage(request, reply, process, {
          updateForm: {
            values: formValues(request.body),
            errors: [{ field: "projectId", messageKey: "forms.errors.invalid" }],
          },
        }),
        400,
      );
    }
    await postUpdate(services, process, user.id, { projectId, body: parsed.data.body });
    return redirectWithFlash(reply, `/admin/begroting/${process.id}`, "budgeting.flash.updatePosted");
  });
}
