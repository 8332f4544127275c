// A real `inspraak serve` process on a fresh SQLite file, as an operator would run it: the browser
// journeys talk to it over HTTP, and its outbox worker sends mail to a real SMTP server.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export const repoRoot = path.resolve(import.meta.dirname, "../../..");

export interface RunningServer {
  /** http://localhost:<port>, the address mail links use for a site on host "localhost". */
  baseUrl: string;
  port: number;
  databaseFile: string;
  process: ChildProcess;
  /** What the server wrote to stderr, to explain a failure. */
  output(): string;
  stop(): Promise<void>;
}

export interface ServerOptions {
  databaseFile?: string;
  smtpUrl?: string;
  args?: string[];
  env?: Record<string, string>;
  /** How long start-up may take (seeding the demo takes a while on a busy machine). */
  readyTimeoutMs?: number;
  /** A port chosen beforehand (e.g. to register the redirect address at an identity provider). */
  port?: number;
}

/** Ports this process has handed out: a port closed after probing could be probed again. */
const handedOut = new Set<number>();

/**
 * A port free now. Another process may still take it before the caller listens (files run in
 * parallel): startServer tries again on another port when that happens.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => {
        if (handedOut.has(port)) resolve(freePort());
        else {
          handedOut.add(port);
          resolve(port);
        }
      });
    });
  });
}

export function tempDatabaseFile(prefix = "inspraak-e2e-"): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), prefix)), "inspraak.db");
}

/** Spawns `node bin/inspraak.js serve` and resolves once /readyz answers 200. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startServerOnce(options);
    } catch (error) {
      // Only a port of our choosing is tried again, and only when someone else took it first.
      const taken = error instanceof Error && error.message.includes("EADDRINUSE");
      if (options.port !== undefined || !taken || attempt === 3) throw error;
    }
  }
}

async function startServerOnce(options: ServerOptions): Promise<RunningServer> {
  const port = options.port ?? (await freePort());
  const databaseFile = options.databaseFile ?? tempDatabaseFile();
  // Only what the server needs: a developer's own DATABASE_URL or SMTP_URL must not leak in.
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? os.tmpdir(),
    DATABASE_URL: `sqlite:${databaseFile}`,
    PORT: String(port),
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
    // No journey may reach the internet: no address service, and map tiles from a path of our
    // own that does not exist (pages must stay complete when tiles do not load).
    ADDRESS_SEARCH_URL: "off",
    MAP_TILE_URL: "/geen-tegels/{z}/{x}/{y}.png",
    ...(options.smtpUrl ? { SMTP_URL: options.smtpUrl } : {}),
    ...options.env,
  };
  const child = spawn(process.execPath, ["bin/inspraak.js", "serve", ...(options.args ?? [])], {
    cwd: repoRoot,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr!.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const baseUrl = `http://localhost:${port}`;
  const server: RunningServer = {
    baseUrl,
    port,
    databaseFile,
    process: child,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const forced = setTimeout(() => child.kill("SIGKILL"), 10_000);
        await exited;
        clearTimeout(forced);
      }
    },
  };
  await waitUntilReady(`http://127.0.0.1:${port}/readyz`, exited, () => output, options.readyTimeoutMs);
  return server;
}

/** Polls until the URL answers 200; fails at once when the process exits first. */
export async function waitUntilReady(
  url: string,
  exited: Promise<number | null>,
  output: () => string,
  timeoutMs = 150_000,
): Promise<void> {
  let gone: number | null | undefined;
  void exited.then((code) => {
    gone = code;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gone !== undefined) throw new Error(`The server exited (code ${gone}) before it was ready:\n${output()}`);
    try {
      const res = await fetch(url);
      if (res.status === 200) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`The server was not ready within ${timeoutMs} ms:\n${output()}`);
}
