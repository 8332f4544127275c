// Every table in the database has exactly one owner that says what account deletion does to it,
// and docs/personal-data.md lists it with the same rule: a new table cannot be forgotten.
import fs from "node:fs";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app";
import { testDatabases } from "../../../test/support/databases";
import { components } from "../../components";
import { coreData } from "./core-data";
import type { ErasureRule } from "./types";

const MIGRATION_TABLES = new Set(["kysely_migration", "kysely_migration_lock"]);

async function tablesIn(t: TestApp): Promise<string[]> {
  const db = t.services.db.kysely;
  if (t.services.db.dialect === "postgres") {
    const rows = await sql<{ name: string }>`select table_name as name from information_schema.tables
      where table_schema = current_schema()`.execute(db);
    return rows.rows.map((r) => r.name).filter((n) => !MIGRATION_TABLES.has(n));
  }
  const rows = await sql<{ name: string; sql: string }>`select name, sql from sqlite_master
    where type = 'table' and name not like 'sqlite_%'`.execute(db);
  // A full-text index keeps its data in shadow tables named after it (ideas_fts_data, …).
  const virtual = rows.rows.filter((r) => r.sql.startsWith("CREATE VIRTUAL TABLE")).map((r) => r.name);
  return rows.rows
    .map((r) => r.name)
    .filter((n) => !MIGRATION_TABLES.has(n) && !virtual.some((v) => n.startsWith(`${v}_`)));
}

function declaredRules(): Map<string, ErasureRule> {
  const rules = new Map<string, ErasureRule>();
  for (const owner of [coreData, ...components.map((c) => c.personalData)]) {
    for (const [table, rule] of Object.entries(owner.tables)) {
      expect(rules.has(table), `${table} is listed twice`).toBe(false);
      rules.set(table, rule);
    }
  }
  return rules;
}

function documentedRules(): Map<string, string> {
  const doc = fs.readFileSync(path.join(import.meta.dirname, "../../../docs/personal-data.md"), "utf8");
  const rules = new Map<string, string>();
  for (const m of doc.matchAll(/^\| `([a-z_]+)` \| ([a-z ]+?) \|/gm)) rules.set(m[1]!, m[2]!);
  return rules;
}

describe.each(testDatabases)("personal data rules cover every table on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(database);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("has a rule for each table in the database, and none for a table that does not exist", async () => {
    const tables = await tablesIn(t);
    const declared = declaredRules();
    for (const table of tables) expect(declared.has(table), `no personal-data rule for ${table}`).toBe(true);
    const onlyOnSqlite = new Set(["ideas_fts"]);
    for (const table of declared.keys()) {
      if (t.services.db.dialect === "postgres" && onlyOnSqlite.has(table)) continue;
      expect(tables, `${table} is declared but not in the database`).toContain(table);
    }
  });

  it("documents each rule in docs/personal-data.md", () => {
    const documented = documentedRules();
    for (const [table, rule] of declaredRules()) expect(documented.get(table), table).toBe(rule);
    expect([...documented.keys()].sort()).toEqual([...declaredRules().keys()].sort());
  });
});
