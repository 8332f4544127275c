// Runs the core migrations and those of every component, in name (date) order, on either database.
import crypto from "node:crypto";
import { sql } from "kysely";
import { Migrator, type Migration, type MigrationProvider } from "kysely";
import type { ComponentManifest } from "../components";
import type { Db } from "./database";
import * as core from "./migrations/2026-11-26-core";
import * as corePersonalData from "./migrations/2026-12-01-core-personal-data";
import * as coreIdentities from "./migrations/2026-12-02-core-identities";
import * as coreLetterCodes from "./migrations/2026-12-02-core-letter-codes";
import * as corePlaces from "./migrations/2026-12-03-core-places";
import * as coreParticipationRules from "./migrations/2026-12-02-core-participation-rules";
import * as corePaper from "./migrations/2026-12-04-core-paper";

export function allMigrations(components: ComponentManifest[]): Record<string, Migration> {
  const all: Record<string, Migration> = {
    "2026-11-26-core": core,
    "2026-12-01-core-personal-data": corePersonalData,
    "2026-12-02-core-identities": coreIdentities,
    "2026-12-02-core-letter-codes": coreLetterCodes,
    "2026-12-03-core-places": corePlaces,
    "2026-12-02-core-participation-rules": coreParticipationRules,
    "2026-12-04-core-paper": corePaper,
  };
  for (const component of components) {
    for (const [name, migration] of Object.entries(component.migrations)) {
      if (all[name]) throw new Error(`Migration name ${name} is used twice (component ${component.name})`);
      all[name] = migration;
    }
  }
  return all;
}

export async function migrateToLatest(db: Db, components: ComponentManifest[]): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: async () => allMigrations(components) };
  // On PostgreSQL, Kysely looks for its bookkeeping tables in every schema; pin them to ours so a
  // database shared by several schemas (tests, or several installations) keeps them apart.
  const migrationTableSchema =
    db.dialect === "postgres"
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db.kysely)).rows[0]?.schema
      : undefined;
  const migrator = new Migrator({ db: db.kysely, provider, allowUnorderedMigrations: true, migrationTableSchema });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  await ensureSecret(db);
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}

/** The installation's secret (CSRF tokens) lives in the database so all app processes share it. */
async function ensureSecret(db: Db): Promise<void> {
  await db.kysely
    .insertInto("settings")
    .values({ key: "secret", value: crypto.randomBytes(32).toString("base64url") })
    .onConflict((oc) => oc.column("key").doNothing())
    .execute();
}

export async function readSecret(db: Db): Promise<string> {
  const row = await db.kysely
    .selectFrom("settings")
    .select("value")
    .where("key", "=", "secret")
    .executeTakeFirstOrThrow();
  return row.value;
}
