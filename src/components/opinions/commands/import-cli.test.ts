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
    process.env.DATABASE_URL = saved;
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
    expect((await run([exportDir])).code).toBe(2);
    expect((await run([exportDir, "--site"])).code).toBe(2);
    expect((await run([exportDir, "--site", "west", "--frobnicate"])).code).toBe(2);
    const site = await run([exportDir, "--site", "nowhere"]);
    expect([site.code, site.err]).toEqual([1, 'No site with slug "nowhere".']);
    expect((await run([path.join(dir, "missing"), "--site", "west"])).err).toContain("not found");
    fs.writeFileSync(path.join(exportDir, "votes.csv"), "timestamp,datetime,comment-id,voter-id,vote\n2,x,0,5,maybe\n");
    const bad = await run([exportDir, "--site", "west"]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/votes\.csv, line 2/);
  });
});
