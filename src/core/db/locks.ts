// Row locks, the one place where SQLite and PostgreSQL need different SQL. PostgreSQL locks rows
// until the transaction ends. SQLite has no FOR UPDATE and needs none: only one connection writes
// at a time, so a write transaction already excludes every other writer.
import { type RawBuilder, sql } from "kysely";
import type { Executor } from "./database";
import { dialectOf } from "./schema";

interface Lockable<Q> {
  forUpdate(): Q;
  forShare(): Q;
}

/** Locks the selected rows against changes by others until this transaction ends. */
export function forUpdate<Q extends Lockable<Q>>(db: Executor, query: Q): Q {
  return dialectOf(db) === "postgres" ? query.forUpdate() : query;
}

/** Locks the selected rows against changes, while others may still read and share-lock them. */
export function forShare<Q extends Lockable<Q>>(db: Executor, query: Q): Q {
  return dialectOf(db) === "postgres" ? query.forShare() : query;
}

/** For a claim in raw SQL: rows locked by another worker are skipped instead of waited for. */
export function forUpdateSkipLocked(db: Executor): RawBuilder<unknown> {
  return dialectOf(db) === "postgres" ? sql`for update skip locked` : sql``;
}
