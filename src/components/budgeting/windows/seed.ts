// The demo's time plans, relative to the moment the demo is seeded: the running vote closes on its
// own two weeks later at 20:00; the proposal round closes a week later at 17:00 and its vote opens
// the next morning at 9:00 and closes two weeks after (Amsterdam time). Boundaries already behind
// the start are marked handled, so the job does not mail about them.
import type { Executor } from "../../../core/db/database";
import { iso } from "../../../core/db/time";
import { addCalendarDays, localDate, localDateTimeToIso } from "../../../core/i18n/local-days";
import { savePlan } from "./store";

export async function seedDemoWindows(
  db: Executor,
  processes: { voting: number; proposing: number },
  now: Date,
): Promise<void> {
  const today = localDate(iso(now));
  const on = (days: number, time: string) => localDateTimeToIso(addCalendarDays(today, days), time);
  const started = (days: number) => iso(new Date(now.getTime() - days * 86_400_000));
  await savePlan(
    db,
    processes.voting,
    { proposalsOpenAt: null, proposalsCloseAt: null, votingOpenAt: started(1), votingCloseAt: on(14, "20:00") },
    now,
  );
  await savePlan(
    db,
    processes.proposing,
    {
      proposalsOpenAt: started(7),
      proposalsCloseAt: on(7, "17:00"),
      votingOpenAt: on(8, "09:00"),
      votingCloseAt: on(22, "17:00"),
    },
    now,
  );
  const handled = iso(now);
  await db
    .updateTable("budget_windows")
    .set({ voting_open_handled_at: handled })
    .where("process_id", "=", processes.voting)
    .execute();
  await db
    .updateTable("budget_windows")
    .set({ proposals_open_handled_at: handled })
    .where("process_id", "=", processes.proposing)
    .execute();
}
