// A due date is the whole of that day in Europe/Amsterdam (docs/ideas.md, "The response clock"):
// `due_at` used to be forwarding + N × 24 h, so an answer showed as late during its own due day.
// This moves every stored due moment to the last millisecond of its local day. It uses core's
// calendar helpers (pure, like core/db for other migrations), never the ideas component's code.
import type { Kysely } from "kysely";
import { lastMomentOfLocalDay, localDate } from "../../../core/i18n/local-days";

export async function up(db: Kysely<any>): Promise<void> {
  const rows: { id: number; due_at: string }[] = await db
    .selectFrom("ideas")
    .select(["id", "due_at"])
    .where("due_at", "is not", null)
    .execute();
  for (const row of rows) {
    const due = lastMomentOfLocalDay(localDate(row.due_at));
    if (due !== row.due_at) await db.updateTable("ideas").set({ due_at: due }).where("id", "=", row.id).execute();
  }
}

export async function down(): Promise<void> {
  // The end of the day is as good a due moment for the old code: nothing to undo.
}
