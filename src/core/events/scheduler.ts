// Runs each component's scheduled jobs (deadlines, reminders, digests) on their interval. Jobs are
// idempotent and every read also checks deadlines, so a missed or doubled run does no harm.
import type { Services } from "../services";

export function startScheduler(services: Services): { stop(): void } {
  const timers: NodeJS.Timeout[] = [];
  const running = new Set<string>();
  for (const component of services.components) {
    for (const job of component.jobs ?? []) {
      const tick = async () => {
        if (running.has(job.name)) return;
        running.add(job.name);
        try {
          await job.run(services, services.clock());
        } catch (error) {
          services.log.error(
            { job: job.name, err: error instanceof Error ? error.message : String(error) },
            "job failed",
          );
        } finally {
          running.delete(job.name);
        }
      };
      timers.push(setInterval(tick, job.everySeconds * 1000));
      setTimeout(tick, 500).unref();
    }
  }
  for (const t of timers) t.unref();
  return { stop: () => timers.forEach(clearInterval) };
}
