import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { components } from "../../components";
import { testDatabases } from "../../../test/support/databases";
import type { Db } from "./database";
import { forShare, forUpdate, forUpdateSkipLocked } from "./locks";
import { migrateToLatest } from "./migrate";

describe.each(testDatabases)("row locks on $name", (database) => {
  let db: Db;
  let siteId: number;
  beforeAll(async () => {
    db = await database.open();
    await migrateToLatest(db, components);
    const row = await db.kysely
      .insertInto("sites")
      .values({
        slug: "slot",
        name: "Slot",
        is_default: 0,
        languages: "nl",
        theme_class: "",
        council_name: "Raad",
        council_emails: "",
        accessibility_nl: "",
        accessibility_en: "",
        privacy_nl: "",
        privacy_en: "",
        created_at: new Date().toISOString(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    siteId = row.id;
  });
  afterAll(async () => {
    await db?.close();
  });

  const site = () => db.kysely.selectFrom("sites").select("id").where("id", "=", siteId);

  it("writes FOR UPDATE / FOR SHARE / SKIP LOCKED on PostgreSQL only, and runs on both", async () => {
    const postgres = database.name === "postgres";
    expect(forUpdate(db.kysely, site()).compile().sql.includes("for update")).toBe(postgres);
    expect(forShare(db.kysely, site()).compile().sql.includes("for share")).toBe(postgres);
    expect(forUpdateSkipLocked(db.kysely).compile(db.kysely).sql).toBe(postgres ? "for update skip locked" : "");
    await db.kysely.transaction().execute(async (trx) => {
      expect(
        await forUpdate(trx, trx.selectFrom("sites").select("id").where("id", "=", siteId)).execute(),
      ).toHaveLength(1);
      expect(await forShare(trx, trx.selectFrom("sites").select("id").where("id", "=", siteId)).execute()).toHaveLength(
        1,
      );
    });
  });

  // SQLite has no row locks to test: its one writer at a time is the lock.
  if (database.name !== "postgres") return;
  it("keeps a share-locked row from a writer until commit", async () => {
    await db.kysely.transaction().execute(async (holder) => {
      await forShare(holder, holder.selectFrom("sites").select("id").where("id", "=", siteId)).execute();
      // Another connection may not change the row meanwhile: it would wait, so it gives up at once.
      const writer = db.kysely.transaction().execute(async (other) => {
        await sql`set local lock_timeout = '50ms'`.execute(other);
        await other.updateTable("sites").set({ name: "Anders" }).where("id", "=", siteId).execute();
      });
      await expect(writer).rejects.toThrow(/lock timeout/);
    });
    const { name } = await db.kysely
      .selectFrom("sites")
      .select("name")
      .where("id", "=", siteId)
      .executeTakeFirstOrThrow();
    expect(name).toBe("Slot");
  });
});
