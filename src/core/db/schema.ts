// Column helpers for migrations, so one migration file serves SQLite and PostgreSQL.
import type { CreateTableBuilder, Kysely } from "kysely";
import type { DialectName } from "./database";

/** Adds an integer primary key that the database generates. */
export function withId<T extends string>(table: CreateTableBuilder<T, never>, dialect: DialectName) {
  return dialect === "postgres"
    ? table.addColumn("id", "integer", (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn("id", "integer", (c) => c.primaryKey().autoIncrement());
}

/** Which database a migration runs on; read from a marker the runner sets. */
export function dialectOf<DB>(db: Kysely<DB>): DialectName {
  const adapter = db.getExecutor().adapter.constructor.name;
  return adapter.startsWith("Postgres") ? "postgres" : "sqlite";
}
