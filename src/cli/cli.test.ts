// The `inspraak` command as an operator uses it: a real process, real exit codes.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const bin = path.join(root, "bin/inspraak.js");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "inspraak-cli-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, LOG_LEVEL: "silent", ...env },
    timeout: 60_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe("inspraak command", () => {
  it("prints help with every command and exits 0", () => {
    const r = run(["--help"]);
    expect(r.code).toBe(0);
    for (const command of ["serve", "migrate", "seed --demo", "admin create", "site create"])
      expect(r.out).toContain(command);
  });

  it("exits 2 on an unknown command and without a command", () => {
    expect(run(["frobnicate"]).code).toBe(2);
    expect(run([]).code).toBe(2);
  });

  it("exits 2 with one line naming a wrong option", () => {
    const cases: [string[], string][] = [
      [["serve", "--dmo"], "unknown option --dmo"],
      [["site", "create", "--slug", "noord", "--name", "Noord", "--colour", "red"], "unknown option --colour"],
      [["admin", "create", "--email"], "--email needs a value"],
    ];
    for (const [args, message] of cases) {
      const r = run(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.err.trim()).toBe(`${message}. Run "inspraak --help".`);
    }
  });

  it("exits 78 with one line naming a wrong variable", () => {
    const r = run(["migrate"], { PORT: "eighty" });
    expect(r.code).toBe(78);
    expect(r.err.trim()).toBe('Invalid PORT="eighty": expected a number');
  });

  // Nine processes in a row: generous on a busy 2-core machine (no timing is asserted).
  it("migrates, creates a site and an administrator, and refuses bad flags", { timeout: 240_000 }, () => {
    const env = { DATABASE_URL: `sqlite:${path.join(tmp, "cli.db")}` };
    expect(run(["migrate"], env).code).toBe(0);
    expect(run(["migrate"], env).out).toContain("up to date");
    const site = run(
      ["site", "create", "--slug", "noord", "--name", "Stadsdeel Noord", "--host", "noord.example.nl"],
      env,
    );
    expect(site.code).toBe(0);
    expect(site.out).toContain("Stadsdeel Noord");
    expect(run(["site", "create", "--slug", "noord", "--name", "Dubbel"], env).code).toBe(1);
    expect(run(["site", "create", "--slug", "Bad Slug!", "--name", "X"], env).code).toBe(2);
    const admin = run(["admin", "create", "--email", "beheer@example.nl"], env);
    expect(admin.code).toBe(0);
    expect(admin.out).toMatch(/Password: \S{12,}/);
    expect(run(["admin", "create", "--email", "geen-adres"], env).code).toBe(2);
    expect(run(["admin", "create", "--email", "x@example.nl", "--site", "bestaat-niet"], env).code).toBe(1);
    expect(run(["seed", "--demo"], env).code).toBe(1); // not empty
  });
});

describe("inspraak serve", () => {
  it("seeds the demo, becomes ready, and shuts down cleanly on SIGTERM", async () => {
    const port = 20000 + Math.floor(Math.random() * 20000);
    const child = spawn(process.execPath, [bin, "serve", "--demo"], {
      cwd: root,
      env: {
        ...process.env,
        LOG_LEVEL: "warn",
        PORT: String(port),
        DATABASE_URL: `sqlite:${path.join(tmp, "serve.db")}`,
      },
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    let ready = false;
    for (let i = 0; i < 150 && !ready; i++) {
      try {
        ready = (await fetch(`http://127.0.0.1:${port}/readyz`)).status === 200;
      } catch {
        /* not yet */
      }
      if (!ready) await new Promise((r) => setTimeout(r, 200));
    }
    expect(ready, output).toBe(true);
    expect(output).toContain("beheerder@example.org");
    expect(output).toContain("/account/post");
    const home = await fetch(`http://127.0.0.1:${port}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain("Stadsdeel West");
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });
});
