import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "../../../test/support/databases";
import { createUser } from "../auth/users";
import type { Db } from "../db/database";
import { migrateToLatest } from "../db/migrate";
import { createSite } from "../sites/store";
import { countAuditEntries, listAuditEntries } from "./list";
import { audit } from "./log";

const now = new Date("2026-11-26T10:00:00Z");

describe.each(testDatabases)("audit log on $name", (database) => {
  let db: Db;
  beforeAll(async () => {
    db = await database.open();
    await migrateToLatest(db, []);
  });
  afterAll(async () => {
    await db?.close();
  });

  it("lists one site's entries newest first, with the actor's name and parsed details", async () => {
    const a = await createSite(db.kysely, { slug: "a", name: "A" }, now);
    const b = await createSite(db.kysely, { slug: "b", name: "B" }, now);
    const actor = await createUser(
      db.kysely,
      { siteId: a.id, email: "x@a.nl", password: "long enough password", displayName: "Beheerder A" },
      now,
    );
    await audit(
      db.kysely,
      { siteId: a.id, actorUserId: actor.id, action: "site.updated", subject: "site:1", details: { fields: ["name"] } },
      now,
    );
    await audit(
      db.kysely,
      { siteId: a.id, actorUserId: null, action: "user.roles.changed", subject: "user:7" },
      new Date("2026-11-27T10:00:00Z"),
    );
    await audit(db.kysely, { siteId: b.id, actorUserId: null, action: "site.updated", subject: "site:2" }, now);

    expect(await countAuditEntries(db.kysely, a.id)).toBe(2);
    const entries = await listAuditEntries(db.kysely, a.id, 10, 0);
    expect(entries.map((e) => e.action)).toEqual(["user.roles.changed", "site.updated"]);
    expect(entries[1]).toMatchObject({
      actorName: "Beheerder A",
      subject: "site:1",
      details: { fields: ["name"] },
      createdAt: now.toISOString(),
    });
    expect(entries[0]!.actorName).toBeNull();
    expect(await listAuditEntries(db.kysely, a.id, 1, 1)).toHaveLength(1);
  });

  it("writes nothing when the surrounding transaction rolls back", async () => {
    const site = await createSite(db.kysely, { slug: "c", name: "C" }, now);
    await db.kysely
      .transaction()
      .execute(async (trx) => {
        await audit(trx, { siteId: site.id, actorUserId: null, action: "x", subject: "y" }, now);
        throw new Error("rollback");
      })
      .catch(() => undefined);
    expect(await countAuditEntries(db.kysely, site.id)).toBe(0);
  });
});
