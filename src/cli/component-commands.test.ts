// A component's command that needs the database gets it from main.ts (io.withServices), not by
// importing the app itself: run through the real `inspraak` binary, it reaches the database.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "inspraak-component-cli-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function run(args: string[]) {
  const result = spawnSync(process.execPath, [path.join(root, "bin/inspraak.js"), ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, LOG_LEVEL: "silent", DATABASE_URL: `sqlite:${path.join(tmp, "cli.db")}` },
    timeout: 60_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe("component commands", () => {
  it("opens the database for `pb codes` and `opinions import` through main", { timeout: 180_000 }, () => {
    const codes = run(["pb", "codes", "--process", "424242", "--count", "1"]);
    expect(codes.err.trim()).toBe("No budget process with id 424242.");
    expect(codes.code).toBe(1);
    fs.mkdirSync(path.join(tmp, "export"));
    fs.writeFileSync(
      path.join(tmp, "export", "comments.csv"),
      "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n1,x,0,0,1,0,1,Stelling\n",
    );
    fs.writeFileSync(path.join(tmp, "export", "votes.csv"), "timestamp,datetime,comment-id,voter-id,vote\n2,x,0,5,1\n");
    const imported = run(["opinions", "import", path.join(tmp, "export"), "--site", "nergens"]);
    expect(imported.err.trim()).toBe('No site with slug "nergens".');
    expect(imported.code).toBe(1);
  });
});
