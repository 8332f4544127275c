// Once per test run, in vitest's main process: a broker for one shared Chromium. The first browser
// journey that asks (test/e2e/support/browser.ts, launchBrowser) makes it start Chromium as a
// Playwright browser server in a process of its own (test/e2e/support/shared-chromium.mjs); every
// journey file, in any worker, then connects to that one browser and works in contexts of its own
// (own cookies and storage, as before). A run without journeys never starts Chromium. Should the
// browser process die, the next journey to ask starts a new one.
import { type ChildProcess, spawn } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import readline from "node:readline";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { CHROMIUM_ARGS, chromiumPath } from "./e2e/support/chromium";
import { buildServer } from "../scripts/build-server.mjs";
import { WORKER_DATABASE_SUFFIX } from "./support/databases";

declare module "vitest" {
  export interface ProvidedContext {
    /** GET answers the WebSocket address of the shared Chromium, starting it if need be. */
    chromiumBroker: string;
  }
}

/** The per-worker PostgreSQL databases of this run (test/support/databases.ts, workerPostgresUrl). */
async function dropWorkerDatabases(): Promise<void> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) return;
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    const prefix = `${new URL(base).pathname.slice(1)}${WORKER_DATABASE_SUFFIX}`;
    const { rows } = await client.query<{ name: string }>(
      "select datname as name from pg_database where left(datname, length($1)) = $1",
      [prefix],
    );
    for (const { name } of rows) await client.query(`drop database if exists "${name}" with (force)`);
  } finally {
    await client.end();
  }
}

const HELPER = path.join(import.meta.dirname, "e2e/support/shared-chromium.mjs");

export default async function setup(project: TestProject) {
  // The journeys and CLI tests start `inspraak` as an operator does: from the bundle, built once
  // here for the run's sources (bin/inspraak.js falls back to tsx if a source changes meanwhile).
  await buildServer();
  let child: ChildProcess | undefined;
  let endpoint: Promise<string> | undefined;

  const start = (): Promise<string> => {
    child = spawn(process.execPath, [HELPER, chromiumPath, ...CHROMIUM_ARGS], { stdio: ["pipe", "pipe", "pipe"] });
    const started = child;
    let errors = "";
    started.stderr!.on("data", (chunk: Buffer) => {
      errors += chunk.toString();
    });
    return new Promise<string>((resolve, reject) => {
      readline.createInterface({ input: started.stdout! }).once("line", resolve);
      started.once("exit", (code) => reject(new Error(`Chromium did not start (exit ${code}):\n${errors}`)));
    });
  };

  const broker = http.createServer((_req, res) => {
    if (!endpoint || child?.exitCode !== null || child?.signalCode !== null) endpoint = start();
    endpoint.then(
      (address) => res.end(address),
      (error: Error) => {
        endpoint = undefined;
        res.statusCode = 500;
        res.end(error.message);
      },
    );
  });
  await new Promise<void>((resolve) => broker.listen(0, "127.0.0.1", resolve));
  project.provide("chromiumBroker", `http://127.0.0.1:${(broker.address() as AddressInfo).port}/`);

  return async () => {
    broker.close();
    await dropWorkerDatabases();
    const running = child;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise((resolve) => running.once("exit", resolve));
    running.stdin!.end();
    const forced = setTimeout(() => running.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(forced);
  };
}
