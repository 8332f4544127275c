import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { components } from "../../index";
import { openDatabase } from "../../../core/db/database";
import { migrateToLatest } from "../../../core/db/migrate";
import { createSite } from "../../../core/sites/store";
import { withServices } from "../../../cli/services";
import { loadConfig } from "../../../config";
import { runImportCli } from "./import-cli";

// The command opens the database named by DATABASE_URL, so this test uses an SQLite file; the
// import itself is tested on both databases through the admin page (routes/admin-import.test.ts).
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "opinions-cli-"));
const dbFile = path.join(dir, "cli.db");
const exportDir = path.join(dir, "export");

describe("inspraak opinions import", () => {
  const saved = process.env.DATABASE_URL;
  beforeAll(async () => {
    process.env.DATABASE_URL = `sqlite:${dbFile}`;
    const db = openDatabase(process.env.DATABASE_URL);
    await migrateToLatest(db, components);
    await createSite(db.kysely, { slug: "west", name: "West", hosts: ["west.example"] }, new Date());
    await db.close();
    fs.mkdirSync(exportDir);
    fs.writeFileSync(
      path.join(exportDir, "comments.csv"),
      "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n1,x,0,0,1,0,1,Stelling\n",
    );
    fs.writeFileSync(path.join(exportDir, "votes.csv"), "timestamp,datetime,comment-id,voter-id,vote\n2,x,0,5,1\n");
  });
  afterAll(() => {
    // Assigning undefined would store the text "undefined": test files share their worker.
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const run = async (argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runImportCli(
      argv,
      (s) => out.push(s),
      (s) => err.push(s),
      (fn) => withServices(loadConfig(), fn),
    );
    return { code, out: out.join("\n"), err: err.join("\n") };
  };

  it("imports a directory as a closed conversation on the named site", async () => {
    const res = await run([exportDir, "--site", "west", "--topic", "Van Pol.is"]);
    expect(res.err).toBe("");
    expect(res.code).toBe(0);
    expect(res.out).toContain('Imported "Van Pol.is"');
    const db = openDatabase(`sqlite:${dbFile}`);
    const row = await db.kysely.selectFrom("opinion_conversations").selectAll().executeTakeFirstOrThrow();
    await db.close();
    expect([row.topic, row.imported]).toEqual(["Van Pol.is", 1]);
  });

  it("reports wrong usage, an unknown site, a missing directory and a malformed file", async () => {
    expect(await run([exportDir])).toMatchObject({ code: 2, err: expect.stringMatching(/--site is required/) });
    expect(await run([exportDir, "--site"])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--site needs a value/),
    });
    const unknown = await run([exportDir, "--site", "west", "--frobnicate"]);
    expect(unknown).toMatchObject({ code: 2, out: "" });
    expect(unknown.err).toBe("inspraak opinions import: unknown option --frobnicate (try: inspraak opinions --help)");
    const site = await run([exportDir, "--site", "nowhere"]);
    expect([site.code, site.err]).toEqual([1, 'No site with slug "nowhere".']);
    expect((await run([path.join(dir, "missing"), "--site", "west"])).err).toContain("not found");
    fs.writeFileSync(path.join(exportDir, "votes.csv"), "timestamp,datetime,comment-id,voter-id,vote\n2,x,0,5,maybe\n");
    const bad = await run([exportDir, "--site", "west"]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/votes\.csv, line 2/);
  });

  it("names the file and line of a timestamp no date can hold, and of a vote on an unknown comment", async () => {
    const dir2 = path.join(dir, "bad-times");
    fs.mkdirSync(dir2);
    fs.copyFileSync(path.join(exportDir, "comments.csv"), path.join(dir2, "comments.csv"));
    const votes = path.join(dir2, "votes.csv");
    fs.writeFileSync(votes, "timestamp,datetime,comment-id,voter-id,vote\n2,x,0,5,1\n10000000000000000,x,0,6,1\n");
    const late = await run([dir2, "--site", "west"]);
    expect(late.code).toBe(1);
    expect(late.err).toContain(`${votes}, line 3: "timestamp" must be milliseconds since 1970`);
    fs.writeFileSync(votes, "timestamp,datetime,comment-id,voter-id,vote\n2,x,0,5,1\n3,x,9,6,1\n");
    const unknown = await run([dir2, "--site", "west"]);
    expect(unknown.err).toBe(`invalid export: ${votes}, line 3: comment-id 9 is not in comments.csv`);
  });

  it("imports 300,000 votes", { timeout: 300_000 }, async () => {
    const big = path.join(dir, "big");
    fs.mkdirSync(big);
    const statements = 100;
    const participants = 3000;
    let comments = "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n";
    for (let s = 0; s < statements; s++) comments += `${1_600_000_000_000 + s},x,${s},${s},0,0,1,Stelling ${s}\n`;
    fs.writeFileSync(path.join(big, "comments.csv"), comments);
    const votes = ["timestamp,datetime,comment-id,voter-id,vote"];
    for (let p = 0; p < participants; p++)
      for (let s = 0; s < statements; s++)
        votes.push(
          `${1_600_000_001_000 + p * statements + s},x,${s},${p},${((p % 2) * 2 - 1) * (s % 3 === 0 ? 1 : -1)}`,
        );
    fs.writeFileSync(path.join(big, "votes.csv"), `${votes.join("\n")}\n`);
    const res = await run([big, "--site", "west", "--topic", "Groot"]);
    expect(res.err).toBe("");
    expect(res.out).toContain("100 statements, 300000 vote rows");
    const db = openDatabase(`sqlite:${dbFile}`);
    const conversation = await db.kysely
      .selectFrom("opinion_conversations")
      .select(["id", "opens_at", "closes_at"])
      .where("topic", "=", "Groot")
      .executeTakeFirstOrThrow();
    const count = await db.kysely
      .selectFrom("opinion_votes")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("conversation_id", "=", conversation.id)
      .executeTakeFirstOrThrow();
    await db.close();
    expect(Number(count.n)).toBe(300_000);
    expect(conversation.opens_at).toBe(new Date(1_600_000_000_000).toISOString());
    expect(conversation.closes_at).toBe(new Date(1_600_000_001_000 + 299_999).toISOString());
  });
});
