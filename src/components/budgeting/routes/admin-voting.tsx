// Admin voting tools: paper ballots entered by officials, voting codes as a CSV download for the
// letters (shown once: only hashes are kept), and the .pb export of the ballots at any phase.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { badRequest, conflict } from "../../../core/http/errors";
import { redirectWithFlash, sendPage } from "../../../core/http/render";
import { parseFormWith } from "../../../core/http/validation";
import { poolAreasOf } from "../store/pools";
import { requireRole } from "../../../core/permissions/roles";
import { MANAGERS, REVIEWERS } from "../permissions";
import type { Services } from "../../../core/services";
import { siteBaseUrl } from "../../../core/sites/urls";
import { checkPaper, loadPaper } from "../commands/ballot-paper";
import type { PoolBallotCheck } from "../domain/pool-ballot";
import { enterPaperBallot } from "../commands/cast-ballot";
import { exportPb } from "../commands/export-pb";
import { generateCodes } from "../commands/generate-codes";
import { codesCsv } from "../codes/voting-codes-csv";
import { processClosed, votingOpen } from "../domain/process-rules";
import { countBallots } from "../store/ballots";
import { codeCounts } from "../store/codes";
import { listProjects } from "../store/projects";
import type { BudgetProcess } from "../store/tables";
import { AdminProcessPage } from "../views/admin-process";
import { allowMapTiles } from "../../../core/http/security-headers";
import { projectLocation } from "./location";
import { BallotPage } from "../views/ballot-page";
import { readBallotInput } from "./ballot-input";
import { loadProcess, loadProcessPool } from "./load";
import { sendPb } from "./public";
import { codesSchema } from "./schemas";
import { malformedCheck } from "./vote";

export function registerAdminVotingRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;

  const paperPage = async (
    request: FastifyRequest,
    process: BudgetProcess,
    choice: Map<number, number>,
    check: PoolBallotCheck | null,
  ) => (
    <BallotPage
      ctx={request.pageContext()}
      process={process}
      paper={await loadPaper(db, process)}
      choice={choice}
      check={check}
      mode="paper"
      action={`/admin/begroting/${process.id}/papier`}
      hasVoted={false}
      heading={request.t("budgeting.paper.heading", { title: process.title })}
      intro={request.t("budgeting.paper.intro")}
    />
  );

  async function paperProcess(request: FastifyRequest): Promise<BudgetProcess> {
    requireRole(request.user, ...REVIEWERS);
    const process = await loadProcess(services, request);
    if (!votingOpen(process)) throw conflict("budgeting.errors.voteClosed");
    return process;
  }

  app.get("/admin/begroting/:id/papier", async (request, reply) => {
    const process = await paperProcess(request);
    return sendPage(reply, await paperPage(request, process, new Map(), null));
  });

  app.post("/admin/begroting/:id/papier", async (request, reply) => {
    const process = await paperProcess(request);
    const input = readBallotInput(request.body);
    const paper = await loadPaper(db, process);
    if (input.malformed)
      return sendPage(reply, await paperPage(request, process, input.choice, malformedCheck(paper)), 400);
    if (input.action === "check")
      return sendPage(reply, await paperPage(request, process, input.choice, checkPaper(paper, input.choice)));
    const result = await enterPaperBallot(services, process, request.user!.id, input.choice);
    if (!result.ok)
      return sendPage(
        reply,
        await paperPage(request, process, input.choice, "check" in result ? result.check : null),
        400,
      );
    return redirectWithFlash(reply, `/admin/begroting/${process.id}/papier`, "budgeting.flash.paperSaved");
  });

  app.post("/admin/begroting/:id/stemcodes", async (request, reply) => {
    const user = requireRole(request.user, ...MANAGERS);
    const process = await loadProcess(services, request);
    if (processClosed(process)) throw badRequest("budgeting.errors.codesClosed");
    const poolAreas = await poolAreasOf(db, process);
    const parsed = parseFormWith(codesSchema, request.body, (values) =>
      values.areaId && !poolAreas.some((a) => String(a.id) === values.areaId)
        ? [{ field: "areaId", messageKey: "forms.errors.invalid" }]
        : [],
    );
    if (!parsed.ok) {
      const loc = await projectLocation(services, request);
      allowMapTiles(reply, loc.places.settings.tileOrigins);
      return sendPage(
        reply,
        <AdminProcessPage
          ctx={request.pageContext()}
          process={process}
          projects={await listProjects(db, process.id)}
          ballots={await countBallots(db, process.id)}
          codes={await codeCounts(db, process.id)}
          codesForm={parsed.form}
          location={loc.field()}
          poolAreas={poolAreas}
        />,
        400,
      );
    }
    const areaId = parsed.data.areaId === "" ? null : Number(parsed.data.areaId);
    const codes = await generateCodes(services, process, parsed.data.count, user.id, areaId);
    const url = `${await siteBaseUrl(db, services.config, request.site)}/begroting/${process.id}/stemcode`;
    // A download, not a page: the codes exist nowhere else, so they must not be cached.
    return reply
      .type("text/csv; charset=utf-8")
      .header("cache-control", "no-store")
      .header("content-disposition", `attachment; filename="stemcodes-${process.id}.csv"`)
      .send(codesCsv(process.title, url, codes));
  });

  app.get("/admin/begroting/:id/stemmen.pb", async (request, reply) => {
    requireRole(request.user, ...REVIEWERS);
    const process = await loadProcess(services, request);
    return sendPb(reply, process.id, await exportPb(services, process, request.site.name));
  });

  app.get("/admin/begroting/:id/potten/:poolId/stemmen.pb", async (request, reply) => {
    requireRole(request.user, ...REVIEWERS);
    const { process, poolId } = await loadProcessPool(services, request);
    return sendPb(reply, process.id, await exportPb(services, process, request.site.name, poolId), poolId);
  });
}
