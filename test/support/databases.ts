// The databases every store, command and route test runs on: SQLite always, PostgreSQL too when
// TEST_DATABASE_URL is set. Each opened database is fresh (PostgreSQL: its own schema, in a
// database of the vitest worker's own; see workerPostgresUrl).
import crypto from "node:crypto";
import pg from "pg";
import { openDatabase, type Db, type DialectName } from "../../src/core/db/database";

export interface TestDatabase {
  name: DialectName;
  open(): Promise<Db>;
}

const pgUrl = process.env.TEST_DATABASE_URL;

export const testDatabases: TestDatabase[] = [
  { name: "sqlite", open: async () => openDatabase("sqlite::memory:") },
  ...(pgUrl ? [{ name: "postgres" as const, open: openFreshPostgres }] : []),
];

/** The database-name suffix of each vitest worker's database; test/global-setup.ts drops them. */
export const WORKER_DATABASE_SUFFIX = "_w";
let workerUrl: Promise<string> | undefined;

/**
 * The PostgreSQL database of this vitest worker, made on first use. Kysely's migrator lists the
 * tables of every schema it may use in the database; a schema another test drops at that moment
 * fails the listing ("schema … does not exist"). A worker runs one file at a time, so schemas in
 * its own database come and go only between its own tests.
 */
export function workerPostgresUrl(): Promise<string> {
  workerUrl ??= (async () => {
    const url = new URL(pgUrl!);
    const name = `${url.pathname.slice(1)}${WORKER_DATABASE_SUFFIX}${process.env.VITEST_POOL_ID ?? "0"}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    try {
      await admin.query(`create database ${name}`);
    } catch (error) {
      // 42P04: made by an earlier file in this worker slot.
      if ((error as { code?: string }).code !== "42P04") throw error;
    } finally {
      await admin.end();
    }
    url.pathname = `/${name}`;
    return url.toString();
  })();
  return workerUrl;
}

async function openFreshPostgres(): Promise<Db> {
  const url = await workerPostgresUrl();
  const schema = `t_${crypto.randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const db = openDatabase(url, { searchPath: schema, poolSize: 5 });
  const close = db.close;
  return {
    ...db,
    async close() {
      await close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}
