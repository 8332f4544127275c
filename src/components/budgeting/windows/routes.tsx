// The time plan's routes: staff set the proposal and voting windows (/admin/begroting/:id/planning,
// admins only, like the phase), and residents follow a process to be mailed at each opening.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { audit } from "../../../core/audit/log";
import { badRequest } from "../../../core/http/errors";
import { redirectWithFlash, sendPage } from "../../../core/http/render";
import { formValues, formWithErrors } from "../../../core/http/validation";
import { requireRole, requireUser } from "../../../core/permissions/roles";
import type { Services } from "../../../core/services";
import { processClosed } from "../domain/process-rules";
import { MANAGERS } from "../permissions";
import { loadProcess } from "../routes/load";
import type { BudgetProcess } from "../store/tables";
import { setFollowing } from "./follows";
import { parseWindows, windowValues } from "./form";
import { findPlan, savePlan } from "./store";
import { PlanPage } from "./views";

export function registerWindowRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;
  const load = async (request: FastifyRequest): Promise<BudgetProcess> => {
    requireRole(request.user, ...MANAGERS);
    const process = await loadProcess(services, request);
    if (processClosed(process)) throw badRequest("budgeting.windows.errors.processClosed");
    return process;
  };

  app.get("/admin/begroting/:id/planning", async (request, reply) => {
    const process = await load(request);
    const values = windowValues(await findPlan(db, process.id));
    return sendPage(reply, <PlanPage ctx={request.pageContext()} process={process} form={{ values, errors: [] }} />);
  });

  app.post("/admin/begroting/:id/planning", async (request, reply) => {
    const process = await load(request);
    const user = request.user!;
    const now = services.clock();
    const stored = await findPlan(db, process.id);
    // Every value must match a date or time pattern, so no other text rule is needed here.
    const parsed = parseWindows(formValues(request.body), stored, now);
    if (!parsed.ok) {
      const form = formWithErrors(request.body, parsed.errors);
      return sendPage(reply, <PlanPage ctx={request.pageContext()} process={process} form={form} />, 400);
    }
    const w = parsed.windows;
    await db.transaction().execute(async (trx) => {
      await savePlan(trx, process.id, w, now);
      await audit(
        trx,
        {
          siteId: process.site_id,
          actorUserId: user.id,
          action: "budgeting.windows.saved",
          subject: `budget_process:${process.id}`,
          details: {
            proposalsOpenAt: w.proposalsOpenAt,
            proposalsCloseAt: w.proposalsCloseAt,
            votingOpenAt: w.votingOpenAt,
            votingCloseAt: w.votingCloseAt,
          },
        },
        now,
      );
    });
    return redirectWithFlash(reply, `/admin/begroting/${process.id}`, "budgeting.windows.flash.saved");
  });

  for (const [path, follow] of [
    ["volgen", true],
    ["ontvolgen", false],
  ] as const) {
    app.post(`/begroting/:id/${path}`, async (request, reply) => {
      const user = requireUser(request.user);
      const process = await loadProcess(services, request);
      await setFollowing(db, process.id, user.id, follow, services.clock());
      const flash = follow ? "budgeting.windows.flash.following" : "budgeting.windows.flash.unfollowed";
      return redirectWithFlash(reply, `/begroting/${process.id}`, flash);
    });
  }
}
