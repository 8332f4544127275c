// Public pages: the list of processes, one process, proposing a project, results and the .pb
// download of the ballots once the results are public.
import type { FastifyInstance } from "fastify";
import { conflict, notFound } from "../../../core/http/errors";
import { redirectWithFlash, sendPage } from "../../../core/http/render";
import { formWithErrors, parseFormWith } from "../../../core/http/validation";
import { requireUser } from "../../../core/permissions/roles";
import type { Services } from "../../../core/services";
import { exportPb } from "../commands/export-pb";
import { submitProject } from "../commands/manage-projects";
import { resultsPublic, submissionsOpen } from "../domain/process-rules";
import { budgetRule, VERIFY_FIRST_KEYS } from "../participation";
import { requireRule } from "../../../core/participation/refusal-error";
import { listProcesses } from "../store/processes";
import { listProjects } from "../store/projects";
import { listPools } from "../store/pools";
import { listUpdates } from "../store/updates";
import { firstPhotos } from "../../../core/photos/store";
import { PROJECT_PHOTO_TABLES } from "../photos/tables";
import { ProcessListPage } from "../views/process-list";
import { ProcessPage } from "../views/process-page";
import { ProposePage } from "../views/propose-page";
import { allowMapTiles } from "../../../core/http/security-headers";
import { projectLocation } from "./location";
import { ResultsPage } from "../views/results-page";
import { loadArea, loadProcess, loadProcessPool } from "./load";
import { loadPoolResults } from "./results-data";
import { proposeSchema } from "./schemas";
import { countdownLines } from "../windows/countdown";
import { isFollowing } from "../windows/follows";
import { ballotsAllowed, proposalsAllowed } from "../windows/rules";
import { findPlan } from "../windows/store";
import { WindowsPanel } from "../windows/views";

export function registerPublicRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;

  app.get("/begroting", async (request, reply) => {
    const processes = await listProcesses(db, request.site.id);
    return sendPage(reply, <ProcessListPage ctx={request.pageContext()} processes={processes} />);
  });

  app.get("/begroting/:id", async (request, reply) => {
    const process = await loadProcess(services, request);
    const [area, projects, updates, pools] = await Promise.all([
      loadArea(services, process),
      listProjects(db, process.id),
      listUpdates(db, process.id),
      listPools(db, process),
    ]);
    const thumbnails = await firstPhotos(
      db,
      PROJECT_PHOTO_TABLES,
      projects.map((p) => p.id),
    );
    const [propose, ballot] = await Promise.all(
      (["propose", "ballot"] as const).map((a) => budgetRule(services, request.site, request.user, process, a)),
    );
    const now = services.clock();
    const plan = await findPlan(db, process.id);
    const following = request.user ? await isFollowing(db, process.id, request.user.id) : null;
    return sendPage(
      reply,
      <ProcessPage
        ctx={request.pageContext()}
        process={process}
        area={area}
        projects={projects}
        thumbnails={thumbnails}
        updates={updates}
        rules={{ propose: propose!, ballot: ballot! }}
        pools={pools}
        timing={{
          proposalsAllowed: proposalsAllowed(plan, now),
          ballotsAllowed: ballotsAllowed(plan, now),
          panel: (
            <WindowsPanel
              ctx={request.pageContext()}
              processId={process.id}
              lines={countdownLines(plan, process.phase, now)}
              following={following}
              now={now}
            />
          ),
        }}
      />,
    );
  });

  app.get("/begroting/:id/indienen", async (request, reply) => {
    const process = await loadProcess(services, request);
    const user = requireUser(request.user);
    if (!submissionsOpen(process) || !proposalsAllowed(await findPlan(db, process.id), services.clock()))
      throw conflict("budgeting.errors.submissionsClosed");
    requireRule(await budgetRule(services, request.site, user, process, "propose"), VERIFY_FIRST_KEYS.propose);
    const loc = await projectLocation(services, request);
    allowMapTiles(reply, loc.places.settings.tileOrigins);
    return sendPage(reply, <ProposePage ctx={request.pageContext()} process={process} location={loc.field()} />);
  });

  app.post("/begroting/:id/indienen", async (request, reply) => {
    const process = await loadProcess(services, request);
    const user = requireUser(request.user);
    if (!submissionsOpen(process) || !proposalsAllowed(await findPlan(db, process.id), services.clock()))
      throw conflict("budgeting.errors.submissionsClosed");
    requireRule(await budgetRule(services, request.site, user, process, "propose"), VERIFY_FIRST_KEYS.propose);
    const loc = await projectLocation(services, request, request.body);
    const place = loc.verdict!;
    const parsed = parseFormWith(proposeSchema, request.body, () => (place.ok ? [] : place.errors));
    if (!parsed.ok || !place.ok) {
      const form = parsed.ok ? formWithErrors(request.body, place.ok ? [] : place.errors) : parsed.form;
      allowMapTiles(reply, loc.places.settings.tileOrigins);
      return sendPage(
        reply,
        <ProposePage ctx={request.pageContext()} process={process} form={form} location={loc.field(form)} />,
        400,
      );
    }
    await submitProject(services, process, user.id, { ...parsed.data, place: place.place });
    return redirectWithFlash(reply, `/begroting/${process.id}`, "budgeting.flash.proposed");
  });

  app.get("/begroting/:id/uitslag", async (request, reply) => {
    const process = await loadProcess(services, request);
    if (!resultsPublic(process)) throw notFound("budgeting.errors.noResultsYet");
    const { parts, ballots } = await loadPoolResults(db, process);
    if (parts.length === 0) throw notFound("budgeting.errors.noResultsYet");
    return sendPage(
      reply,
      <ResultsPage ctx={request.pageContext()} process={process} parts={parts} ballots={ballots} />,
    );
  });

  app.get("/begroting/:id/stemmen.pb", async (request, reply) => {
    const process = await loadProcess(services, request);
    if (!resultsPublic(process)) throw notFound("budgeting.errors.noResultsYet");
    return sendPb(reply, process.id, await exportPb(services, process, request.site.name));
  });

  // One .pb file per pool (META district names the pool's area).
  app.get("/begroting/:id/potten/:poolId/stemmen.pb", async (request, reply) => {
    const { process, poolId } = await loadProcessPool(services, request);
    if (!resultsPublic(process)) throw notFound("budgeting.errors.noResultsYet");
    return sendPb(reply, process.id, await exportPb(services, process, request.site.name, poolId), poolId);
  });
}

export function sendPb(reply: import("fastify").FastifyReply, processId: number, text: string | null, poolId?: number) {
  if (text === null) throw notFound();
  const name = poolId === undefined ? `begroting-${processId}.pb` : `begroting-${processId}-pot-${poolId}.pb`;
  return reply
    .type("text/plain; charset=utf-8")
    .header("content-disposition", `attachment; filename="${name}"`)
    .send(text);
}
