// The scheduled job that carries out each process's time plan: at every boundary that is due and
// not handled yet it moves the phase (closing the vote counts the ballots, as a change by hand
// does) and mails followers at an opening. Exactly once with any number of workers: per process
// one transaction locks the process row (FOR UPDATE on PostgreSQL; SQLite's writer is alone) and
// claims each boundary with a conditional update, so a second worker finds nothing left to do; a
// crash rolls the whole step back and the next run does it again. Never run from a page view.
import { audit } from "../../../core/audit/log";
import type { ScheduledJob } from "../../../core/components";
import { forUpdate } from "../../../core/db/locks";
import type { Services } from "../../../core/services";
import { computeAndStoreResult } from "../commands/process-results";
import { closesProcess } from "../domain/process-rules";
import { setPhase } from "../store/processes";
import { queueOpeningMails } from "./openings";
import { boundaryEffect, dueBoundaries, openingStillOpen, type Boundary } from "./rules";
import { claimBoundary, dueProcessIds, findPlan } from "./store";

export interface WindowStep {
  processId: number;
  boundary: Boundary;
  from: string;
  to: string | null;
  mails: number;
}

export async function runProcessWindows(services: Services, now: Date): Promise<WindowStep[]> {
  const db = services.db.kysely;
  const steps: WindowStep[] = [];
  for (const id of await dueProcessIds(db, now)) {
    const done = await db.transaction().execute(async (trx) => {
      const process = await forUpdate(
        trx,
        trx.selectFrom("budget_processes").selectAll().where("id", "=", id),
      ).executeTakeFirst();
      const plan = process ? await findPlan(trx, id) : null;
      if (!process || !plan) return [];
      const taken: WindowStep[] = [];
      let current = process;
      for (const boundary of dueBoundaries(plan, now)) {
        if (!(await claimBoundary(trx, id, boundary, now))) continue;
        // An imported process has no live phases; its plan is only marked.
        const effect = process.imported ? { to: null, opening: null } : boundaryEffect(boundary, current.phase);
        const from = current.phase;
        if (effect.to) {
          if (!(await setPhase(trx, current, from, effect.to, now))) throw new Error(`phase of process ${id} moved`);
          const moved = { ...current, phase: effect.to };
          if (closesProcess(current, effect.to)) await computeAndStoreResult(trx, moved, now);
          await audit(
            trx,
            {
              siteId: process.site_id,
              actorUserId: null,
              action: "budgeting.phase.scheduled",
              subject: `budget_process:${id}`,
              details: { from, to: effect.to },
            },
            now,
          );
          current = moved;
        }
        const mails =
          effect.opening && openingStillOpen(plan, effect.opening, now)
            ? await queueOpeningMails(trx, services, current, effect.opening, plan, now)
            : 0;
        taken.push({ processId: id, boundary, from, to: effect.to, mails });
      }
      return taken;
    });
    steps.push(...done);
  }
  if (steps.some((s) => s.mails > 0)) services.kickOutbox();
  return steps;
}

export const budgetingJobs: ScheduledJob[] = [
  {
    name: "budgeting.windows",
    // A minute at most between a boundary and the job; actions check a close themselves meanwhile.
    everySeconds: 60,
    run: (services, now) => runProcessWindows(services, now).then(() => {}),
  },
];
