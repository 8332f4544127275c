// Opens the database named by DATABASE_URL: embedded SQLite (default) or PostgreSQL.
// Everything that differs between the two lives in this folder.
import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { createRequire } from "node:module";
import type PgModule from "pg";
import { Kysely, PostgresDialect, SqliteDialect, sql } from "kysely";
import type { Database } from "./types";

export type DialectName = "sqlite" | "postgres";

export interface Db {
  kysely: Kysely<Database>;
  dialect: DialectName;
  close(): Promise<void>;
  ping(): Promise<boolean>;
}

export type Executor = Kysely<Database>;

/** The embedded database is used by one process only, so what must be shared may live in its memory. */
export const isSingleProcess = (db: Db): boolean => db.dialect === "sqlite";

export interface OpenOptions {
  searchPath?: string;
  poolSize?: number;
}

export function openDatabase(url: string, options: OpenOptions = {}): Db {
  if (url.startsWith("postgres")) return openPostgres(url, options);
  return openSqlite(url.replace(/^sqlite:/, ""));
}

function openSqlite(file: string): Db {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const raw = new SQLite(file);
  raw.pragma("journal_mode = WAL");
  raw.pragma("foreign_keys = ON");
  raw.pragma("busy_timeout = 5000");
  raw.pragma("synchronous = NORMAL");
  // Kysely prepares every query anew; preparing costs more than running the small queries of a
  // busy request (a vote), so prepared statements are kept, up to a bound, by their SQL text.
  const statements = new Map<string, CachedStatement>();
  const database = {
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (statement && !statement.busy) return statement;
      statement = cachedStatement(raw.prepare(sql));
      if (statements.size < 1000) statements.set(sql, statement);
      return statement;
    },
    close: () => raw.close(),
  };
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return {
    kysely,
    dialect: "sqlite",
    close: () => kysely.destroy(),
    ping: async () => {
      try {
        raw.prepare("select 1").get();
        return true;
      } catch {
        return false;
      }
    },
  };
}

type CachedStatement = Pick<SQLite.Statement, "reader" | "busy" | "all" | "run" | "iterate">;

/**
 * A statement that reads returns its rows as arrays, which become objects through a function
 * made once per statement: better-sqlite3 builds each row object key by key, which cost a list
 * page of 20 ideas (34 columns) 2.5 times as long as reading the values (docs/benchmarks.md).
 * The objects are the same: the same keys in the same order, a later duplicate name winning.
 */
function cachedStatement(statement: SQLite.Statement): CachedStatement {
  if (!statement.reader) return statement;
  const names = statement.columns().map((c) => JSON.stringify(c.name));
  // The keys are the statement's own column names, quoted as JSON: no outside text becomes code.
  const toRow = new Function("r", `return {${names.map((n, i) => `${n}: r[${i}]`).join(", ")}};`) as (
    values: unknown[],
  ) => Record<string, unknown>;
  const rows = statement.raw(true);
  return {
    reader: true,
    get busy() {
      return rows.busy;
    },
    all: (...params: unknown[]) => (rows.all(...params) as unknown[][]).map(toRow),
    run: (...params: unknown[]) => rows.run(...params),
    *iterate(...params: unknown[]) {
      for (const values of rows.iterate(...params) as IterableIterator<unknown[]>) yield toRow(values);
    },
  } as CachedStatement;
}

// The PostgreSQL driver is loaded only when it is used: a small SQLite installation never pays
// for it in memory.
const require = createRequire(import.meta.url);
let pgModule: typeof PgModule | null = null;
function loadPg(): typeof PgModule {
  if (!pgModule) {
    pgModule = require("pg") as typeof PgModule;
    // pg returns int8 (bigint: counts, budget amounts) and numeric as strings. Here, and only
    // here, they become JS numbers, as SQLite gives them: amounts are capped at 10^12 and counts
    // are far smaller. A value no number can hold exactly is an error, never a silent rounding.
    pgModule.types.setTypeParser(20, exactNumber);
    pgModule.types.setTypeParser(1700, (v) => Number(v));
  }
  return pgModule;
}

export function exactNumber(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new RangeError(`integer ${text} is beyond what a JS number holds exactly`);
  return value;
}

function openPostgres(url: string, options: OpenOptions): Db {
  const pool = new (loadPg().Pool)({
    connectionString: url,
    max: options.poolSize ?? 10,
    // How long a request may wait for a free connection. A burst (hundreds of supports in the same
    // second) queues for the pool: it must wait its turn, not fail after 3 s on a busy machine.
    // A database that is down still fails at once (connection refused), and /readyz reports it.
    connectionTimeoutMillis: 15_000,
    ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
  });
  pool.on("error", () => {
    /* a broken idle connection is replaced on next use; /readyz reports outages */
  });
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    kysely,
    dialect: "postgres",
    close: () => kysely.destroy(),
    ping: async () => {
      try {
        await sql`select 1`.execute(kysely);
        return true;
      } catch {
        return false;
      }
    },
  };
}
