// The databases every store, command and route test runs on: SQLite always, PostgreSQL too when
// TEST_DATABASE_URL is set. Each opened database is fresh (PostgreSQL: its own schema).
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
  ...(pgUrl ? [{ name: "postgres" as const, open: () => openFreshPostgres(pgUrl) }] : []),
];

async function openFreshPostgres(url: string): Promise<Db> {
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
