import type { Generated, Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_PASSWORD, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import type { ComponentManifest } from "../../components";
import { dialectOf, withId } from "../../db/schema";
import { translator } from "../../i18n/catalog";
import { publicName } from "../display-name";
import { authTestApp, IpAgent, logInWithForm, snapshot, STRONG_PASSWORD, userRow } from "../test/helpers";

// A tiny component with contributions of its own, to see the hooks at work.
type NotesDb = Kysely<{ test_notes: { id: Generated<number>; user_id: number; text: string } }>;
const deletedUsers: number[] = [];
const notes: ComponentManifest = {
  name: "notes",
  migrations: {
    "2026-11-27-test-notes": {
      async up(db) {
        await withId(db.schema.createTable("test_notes"), dialectOf(db))
          .addColumn("user_id", "integer", (c) => c.notNull().references("users.id"))
          .addColumn("text", "text", (c) => c.notNull())
          .execute();
      },
    },
  },
  personalData: {
    tables: { test_notes: "kept" },
    async export(db, person) {
      const notes = db as unknown as NotesDb;
      return {
        notes: await notes.selectFrom("test_notes").select(["text"]).where("user_id", "=", person.id).execute(),
      };
    },
    async erase(_trx, person) {
      deletedUsers.push(person.id);
    },
  },
};

describe.each(testDatabases)("data download and account deletion on $name", (database) => {
  let t: TestApp;
  const notesDb = () => t.services.db.kysely as unknown as NotesDb;
  beforeAll(async () => {
    t = await authTestApp(database, [notes]);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("downloads the user's own data and contributions, and nobody else's", async () => {
    const user = await t.newUser({ postcode: "1015 XY", roles: ["moderator"] });
    const other = await t.newUser();
    await notesDb()
      .insertInto("test_notes")
      .values([
        { user_id: user.id, text: "mijn notitie" },
        { user_id: other.id, text: "andermans notitie" },
      ])
      .execute();
    const res = await (await t.agentFor(user)).get("/account/gegevens.json");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("application/json");
    expect(res.headers["content-disposition"]).toMatch(
      /^attachment; filename="mijn-gegevens-test-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const data = res.json();
    expect(data.account).toMatchObject({
      email: user.email,
      displayName: user.display_name,
      postcode: "1015 XY",
      roles: ["resident", "moderator"],
    });
    expect(data.sessions).toHaveLength(1);
    expect(data.mail).toEqual([]);
    expect(data.contributions.notes.notes).toEqual([{ text: "mijn notitie" }]);
    expect(res.body).not.toContain(other.email!);
    expect(res.body).not.toContain("andermans notitie");
    expect(res.body).not.toContain("argon2");
  });

  it("asks for the password on a confirmation page before deleting", async () => {
    const user = await t.newUser();
    const page = await (await t.agentFor(user)).get("/account/verwijderen");
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('action="/account/verwijderen"');
    expect(page.body).toContain('for="field-password"');
    expect(await userRow(t, user.id)).toEqual(user);
  });

  it.each([
    ["a wrong password", { password: "niet mijn wachtwoord hoor" }, "klopt niet"],
    ["no password", {}, "Vul dit veld in."],
    ["an oversized password", { password: "x".repeat(500) }, "hoogstens 200 tekens"],
  ])("refuses to delete with %s and changes nothing", async (_label, fields, message) => {
    const user = await t.newUser();
    const agent = await t.agentFor(user);
    const before = await snapshot(t);
    const res = await agent.post("/account/verwijderen", fields);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(message);
    expect(await snapshot(t)).toEqual(before);
  });

  it("deletes personal data, keeps contributions under 'former participant'; the account cannot log in", async () => {
    const user = await t.newUser({ roles: ["official"], postcode: "1010 AA", verified: false });
    await notesDb().insertInto("test_notes").values({ user_id: user.id, text: "blijft staan" }).execute();
    const agent = await t.agentFor(user);
    const elsewhere = await t.agentFor(user);
    await agent.post("/account/bevestigen/opnieuw");
    await agent.post("/wachtwoord-vergeten", { email: user.email! });
    await t.drainOutbox(); // sent mail stays in the outbox as a record, until the deletion
    await agent.post("/wachtwoord-vergeten", { email: user.email! }); // not sent yet: must never go out
    const mailed = (await agent.get("/account/gegevens.json")).json().mail;
    expect(mailed.map((m: { status: string }) => m.status).sort()).toEqual(["done", "done", "pending"]);
    const sentBefore = t.mail.sent.length;
    const res = await agent.post("/account/verwijderen", { password: TEST_PASSWORD });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe("/");
    const row = await userRow(t, user.id);
    expect(row).toMatchObject({
      email: null,
      password_hash: null,
      postcode: null,
      email_verified_at: null,
      display_name: "Oud-deelnemer",
    });
    expect(row.deleted_at).not.toBeNull();
    expect(row.unsubscribe_token).not.toBe(user.unsubscribe_token);
    expect(publicName(row, translator("nl"))).toBe("Oud-deelnemer");
    expect(publicName(row, translator("en"))).toBe("former participant");
    const db = t.services.db.kysely;
    expect(await db.selectFrom("sessions").select("id_hash").where("user_id", "=", user.id).execute()).toEqual([]);
    expect(await db.selectFrom("tokens").select("id").where("user_id", "=", user.id).execute()).toEqual([]);
    expect(await db.selectFrom("user_roles").select("role").where("user_id", "=", user.id).execute()).toEqual([]);
    expect(await notesDb().selectFrom("test_notes").select("text").where("user_id", "=", user.id).execute()).toEqual([
      { text: "blijft staan" },
    ]);
    expect(deletedUsers).toContain(user.id);
    const outbox = await db.selectFrom("outbox").select(["payload", "user_id"]).execute();
    for (const row of outbox) {
      expect(row.user_id).not.toBe(user.id);
      expect(row.payload).not.toContain(user.email!);
      expect(row.payload).not.toContain(user.display_name);
    }
    await t.drainOutbox();
    expect(t.mail.sent.slice(sentBefore).filter((m) => m.to === user.email)).toEqual([]);
    expect((await elsewhere.get("/account")).statusCode).toBe(303);
    expect((await logInWithForm(new IpAgent(t), user.email!, TEST_PASSWORD)).statusCode).toBe(400);
    // The address is free again for a new account.
    const again = await new IpAgent(t).post("/registreren", {
      email: user.email!,
      displayName: "Terug",
      password: STRONG_PASSWORD,
    });
    expect(again.statusCode).toBe(303);
    expect(await db.selectFrom("users").select("id").where("email", "=", user.email!).execute()).toHaveLength(1);
  });
});
