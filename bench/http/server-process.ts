// The server as an operator starts it (`inspraak serve --demo` on a fresh SQLite file): how long
// from spawning the process until /readyz answers 200, and how much memory it holds when idle.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const repoRoot = path.resolve(import.meta.dirname, "../..");

export interface StartedProcess {
  child: ChildProcess;
  baseUrl: string;
  readyMs: number;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export function freshDatabaseFile(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), "inspraak-bench-")), "inspraak.db");
}

/** Spawns `inspraak serve --demo` on an SQLite file and waits until /readyz says 200. */
export function startServerProcess(databaseFile: string): Promise<StartedProcess> {
  return spawnServer({ DATABASE_URL: `sqlite:${databaseFile}` }, true);
}

/** Spawns the server with these settings and waits (polling every 10 ms) until /readyz says 200. */
export async function spawnServer(env: Record<string, string>, demo: boolean): Promise<StartedProcess> {
  const port = await freePort();
  const started = performance.now();
  // Started as `npm start` starts it (same Node flags).
  const args = ["--max-semi-space-size=4", "bin/inspraak.js", "serve", ...(demo ? ["--demo"] : [])];
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? os.tmpdir(),
      PORT: String(port),
      LOG_LEVEL: "warn",
      ...env,
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const baseUrl = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited before it was ready:\n${stderr}`);
    // Generous: on a shared, loaded machine a first start (migrations, demo seed) took over 60 s.
    if (performance.now() - started > 180_000) {
      child.kill("SIGKILL");
      throw new Error(`The server was not ready within 180 s:\n${stderr}`);
    }
    const ok = await fetch(`${baseUrl}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const readyMs = Math.round(performance.now() - started);
  return {
    child,
    baseUrl,
    readyMs,
    async stop() {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await exited;
      }
    },
  };
}

/** Resident memory of a process in MB (Linux /proc, else `ps`). */
export function residentMegabytes(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    if (kb) return Math.round(kb / 1024);
  } catch {
    /* not Linux */
  }
  return Math.round(
    Number(
      execFileSync("ps", ["-o", "rss=", "-p", String(pid)])
        .toString()
        .trim(),
    ) / 1024,
  );
}

export interface StartupFigures {
  firstStartMs: number;
  readyMs: number;
  idleRssMB: number;
}

/**
 * First start (migrations and the demo seed included), then restarts on the same file: the
 * median restart is the "ready" figure. Idle memory is read after a few page views and a pause.
 */
export async function measureStartup(restarts = 3): Promise<StartupFigures> {
  const file = freshDatabaseFile();
  const first = await startServerProcess(file);
  await first.stop();
  const times: number[] = [];
  let idleRssMB = 0;
  for (let i = 0; i < restarts; i++) {
    const server = await startServerProcess(file);
    times.push(server.readyMs);
    if (i === restarts - 1) {
      for (const page of ["/", "/inloggen", "/privacy", "/", "/inloggen"])
        await fetch(`${server.baseUrl}${page}`).then((r) => r.text());
      await new Promise((resolve) => setTimeout(resolve, 2000));
      idleRssMB = residentMegabytes(server.child.pid!);
    }
    await server.stop();
  }
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  times.sort((a, b) => a - b);
  return { firstStartMs: first.readyMs, readyMs: times[Math.floor(times.length / 2)]!, idleRssMB };
}
