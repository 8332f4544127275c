// Upgrading an installation: mail already in the outbox gets its recipient's account, and a sent
// or failed mail loses its working link; a pending mail keeps it, so it can still be delivered.
import { type Kysely, Migrator, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "../../../test/support/databases";
import { components } from "../../components";
import type { Db } from "./database";
import { allMigrations, migrateToLatest } from "./migrate";

const BEFORE = "2026-11-28-opinions-001";

describe.each(testDatabases)("the personal-data migration on $name", (database) => {
  let db: Db;
  beforeAll(async () => {
    db = await database.open();
    const migrator = new Migrator({
      db: db.kysely,
      provider: { getMigrations: async () => allMigrations(components) },
      allowUnorderedMigrations: true,
      migrationTableSchema:
        db.dialect === "postgres"
          ? (await sql<{ s: string }>`select current_schema() as s`.execute(db.kysely)).rows[0]!.s
          : undefined,
    });
    const { error } = await migrator.migrateTo(BEFORE);
    if (error) throw error;
  });
  afterAll(async () => {
    await db?.close();
  });

  it("files existing mail under its account and hides the links of mail that was sent", async () => {
    // Rows as an older version wrote them, before the new columns existed.
    // biome-ignore lint/suspicious/noExplicitAny: rows of an older schema, which the types no longer describe.
    const k = db.kysely as unknown as Kysely<any>;
    const now = "2026-11-30T10:00:00.000Z";
    const site = await k
      .insertInto("sites")
      .values({ slug: "oud", name: "Oudstad", created_at: now })
      .returning("id")
      .executeTakeFirstOrThrow();
    const user = await k
      .insertInto("users")
      .values({
        site_id: site.id,
        email: "oud@example.org",
        display_name: "Oud Lid",
        unsubscribe_token: "u".repeat(43),
        created_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const token = "A".repeat(43);
    const mail = (to: string) =>
      JSON.stringify({ to, subject: "Herstel", text: `Link: http://x/wachtwoord-herstellen?token=${token}`, html: "" });
    for (const [to, status] of [
      ["oud@example.org", "done"],
      ["oud@example.org", "pending"],
      ["raad@example.org", "failed"],
    ] as const) {
      await k
        .insertInto("outbox")
        .values({ site_id: site.id, kind: "mail", payload: mail(to), status, next_attempt_at: now, created_at: now })
        .execute();
    }
    await migrateToLatest(db, components);
    const rows = await k.selectFrom("outbox").select(["user_id", "status", "payload"]).orderBy("id").execute();
    expect(rows.map((r: { user_id: number | null }) => r.user_id)).toEqual([user.id, user.id, null]);
    const texts = rows.map((r: { payload: string }) => JSON.parse(r.payload).text as string);
    expect(texts[0]).not.toContain(token);
    expect(texts[1]).toContain(token);
    expect(texts[2]).not.toContain(token);
  });
});
