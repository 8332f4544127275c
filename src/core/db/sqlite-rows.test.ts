// SQLite rows come back as arrays and become objects through one function per statement
// (database.ts): the objects must be what better-sqlite3 itself would have made.
import SQLite from "better-sqlite3";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "./database";

describe("rows read from SQLite", () => {
  const db = openDatabase("sqlite::memory:");
  afterAll(() => db.close());

  it("have the keys, order and values better-sqlite3 gives, a later duplicate name winning", async () => {
    const query = `select 1 as id, 'a"b' as "we""ird", null as empty, 2.5 as half, x'00ff' as bytes, 3 as id`;
    const { rows } = await sql.raw(query).execute(db.kysely);
    const plain = new SQLite(":memory:");
    const expected = plain.prepare(query).all();
    plain.close();
    expect(rows).toEqual(expected);
    expect(Object.keys(rows[0] as object)).toEqual(Object.keys(expected[0] as object));
    expect(rows[0]).toMatchObject({ id: 3, 'we"ird': 'a"b', empty: null, half: 2.5 });
  });

  it("work for writes that return rows, and for a statement run again with other values", async () => {
    await sql`create table t (id integer primary key, name text)`.execute(db.kysely);
    const insert = (name: string) =>
      sql<{ id: number; name: string }>`insert into t (name) values (${name}) returning id, name`;
    expect((await insert("een").execute(db.kysely)).rows).toEqual([{ id: 1, name: "een" }]);
    expect((await insert("twee").execute(db.kysely)).rows).toEqual([{ id: 2, name: "twee" }]);
    const { rows } = await sql`select name from t where id > ${0} order by id`.execute(db.kysely);
    expect(rows).toEqual([{ name: "een" }, { name: "twee" }]);
  });
});
