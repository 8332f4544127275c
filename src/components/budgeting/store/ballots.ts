// Ballots: one row per voter per process (unique voter_key) with its items. Saving replaces the
// items; the caller runs it inside one transaction, so a reader sees the old or the new ballot,
// never half of one.
import type { Executor } from "../../../core/db/database";
import { iso } from "../../../core/db/time";
import type { BallotSource } from "./tables";

export interface BallotItem {
  projectId: number;
  points: number;
}

export interface SaveBallot {
  processId: number;
  voterKey: string;
  source: BallotSource;
  userId?: number | null;
  enteredBy?: number | null;
  items: readonly BallotItem[];
  /** From a verified resident (or a voting code) at this moment. */
  verified?: boolean;
}

export async function saveBallot(trx: Executor, ballot: SaveBallot, now: Date): Promise<number> {
  const row = await trx
    .insertInto("budget_ballots")
    .values({
      process_id: ballot.processId,
      voter_key: ballot.voterKey,
      source: ballot.source,
      user_id: ballot.userId ?? null,
      entered_by: ballot.enteredBy ?? null,
      created_at: iso(now),
      updated_at: iso(now),
      verified: ballot.verified ? 1 : 0,
    })
    .onConflict((oc) =>
      oc.columns(["process_id", "voter_key"]).doUpdateSet({ updated_at: iso(now), verified: ballot.verified ? 1 : 0 }),
    )
    .returning("id")
    .executeTakeFirstOrThrow();
  await trx.deleteFrom("budget_ballot_items").where("ballot_id", "=", row.id).execute();
  if (ballot.items.length > 0) {
    await trx
      .insertInto("budget_ballot_items")
      .values(
        ballot.items.map((item, position) => ({
          ballot_id: row.id,
          project_id: item.projectId,
          points: item.points,
          position,
        })),
      )
      .execute();
  }
  return row.id;
}

/** The voter's current ballot as project id → points, or null when they have not voted. */
export async function findBallot(
  db: Executor,
  processId: number,
  voterKey: string,
): Promise<Map<number, number> | null> {
  const ballot = await db
    .selectFrom("budget_ballots")
    .select("id")
    .where("process_id", "=", processId)
    .where("voter_key", "=", voterKey)
    .executeTakeFirst();
  if (!ballot) return null;
  const items = await db
    .selectFrom("budget_ballot_items")
    .select(["project_id", "points"])
    .where("ballot_id", "=", ballot.id)
    .execute();
  return new Map(items.map((i) => [i.project_id, i.points]));
}

export interface StoredBallot {
  voterKey: string;
  source: BallotSource;
  items: { projectId: number; points: number }[];
}

/** All ballots of a process with their items in order (results, .pb export). */
export async function loadBallots(db: Executor, processId: number): Promise<StoredBallot[]> {
  const ballots = await db
    .selectFrom("budget_ballots")
    .select(["id", "voter_key", "source"])
    .where("process_id", "=", processId)
    .orderBy("id")
    .execute();
  const items = await db
    .selectFrom("budget_ballot_items")
    .innerJoin("budget_ballots", "budget_ballots.id", "budget_ballot_items.ballot_id")
    .select(["budget_ballot_items.ballot_id", "budget_ballot_items.project_id", "budget_ballot_items.points"])
    .where("budget_ballots.process_id", "=", processId)
    .orderBy("budget_ballot_items.ballot_id")
    .orderBy("budget_ballot_items.position")
    .execute();
  const byBallot = new Map<number, StoredBallot>();
  const out = ballots.map((b) => {
    const stored: StoredBallot = { voterKey: b.voter_key, source: b.source, items: [] };
    byBallot.set(b.id, stored);
    return stored;
  });
  for (const item of items)
    byBallot.get(item.ballot_id)?.items.push({ projectId: item.project_id, points: item.points });
  return out;
}

export async function countBallots(db: Executor, processId: number): Promise<Record<BallotSource, number>> {
  const rows = await db
    .selectFrom("budget_ballots")
    .select(["source", (eb) => eb.fn.countAll<number>().as("n")])
    .where("process_id", "=", processId)
    .groupBy("source")
    .execute();
  const counts: Record<BallotSource, number> = { online: 0, code: 0, paper: 0, import: 0 };
  for (const r of rows) counts[r.source] = Number(r.n);
  return counts;
}

/** Ballots of a process, and how many came from verified residents or voting codes (honest counts). */
export async function verifiedBallotCounts(
  db: Executor,
  processId: number,
): Promise<{ total: number; verified: number }> {
  const row = await db
    .selectFrom("budget_ballots")
    .select((eb) => [eb.fn.countAll<number>().as("total"), eb.fn.sum<number>("verified").as("verified")])
    .where("process_id", "=", processId)
    .executeTakeFirstOrThrow();
  return { total: Number(row.total), verified: Number(row.verified ?? 0) };
}
