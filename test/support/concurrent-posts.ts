// The same form post from many residents at the same moment, as the concurrency tests need it.
// SQLite (one process by design): all requests in-process at once. PostgreSQL: a fresh database
// and TWO `inspraak serve` processes on it, the requests alternating between them, so the rule
// under test must hold across processes, not only inside one.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";
import pg from "pg";
import { expect } from "vitest";
import { build } from "../../src/app";
import { components } from "../../src/components/index";
import { loadConfig } from "../../src/config";
import type { ComponentManifest } from "../../src/core/components";
import { openDatabase, type Db } from "../../src/core/db/database";
import { migrateToLatest, readSecret } from "../../src/core/db/migrate";
import { createSession } from "../../src/core/auth/sessions";
import { csrfTokenFor } from "../../src/core/http/csrf";
import { freePort } from "../e2e/support/server";
import type { TestDatabase } from "./databases";
import { capturingTransport } from "./mail";

const ROOT = path.resolve(import.meta.dirname, "../..");

export interface PreparedPosts<T> {
  /** Where every session posts its form (with its CSRF token). */
  path: string;
  sessions: { cookie: string; csrf: string }[];
  /** Whatever the check afterwards needs (the idea's or meeting's id). */
  subject: T;
}

export interface ConcurrentPosts<T> {
  database: TestDatabase;
  /** The component under test, for the in-process app on SQLite. */
  component: ComponentManifest;
  prepare(db: Db, now: Date): Promise<PreparedPosts<T>>;
  verify(db: Db, subject: T): Promise<void>;
  /** Run by the test's afterAll, in reverse order (servers, connections, the scratch database). */
  cleanups: (() => Promise<void>)[];
}

/** Posts from every session at once and expects each answer to be 303 before `verify` runs. */
export async function postAllAtOnce<T>(o: ConcurrentPosts<T>): Promise<void> {
  const now = new Date();
  if (o.database.name === "sqlite") {
    const db = await o.database.open();
    o.cleanups.push(() => db.close());
    const built = await build(loadConfig({ LOG_LEVEL: "silent" }), {
      db,
      workers: false,
      components: [o.component],
      mail: capturingTransport(),
    });
    o.cleanups.push(() => built.close());
    const { path: url, sessions, subject } = await o.prepare(db, now);
    const responses = await Promise.all(
      sessions.map((s) =>
        built.app.inject({
          method: "POST",
          url,
          headers: { host: "localhost", cookie: s.cookie, "content-type": "application/x-www-form-urlencoded" },
          payload: `_csrf=${s.csrf}`,
        }),
      ),
    );
    expect(responses.map((r) => r.statusCode).filter((c) => c !== 303)).toEqual([]);
    await o.verify(db, subject);
    return;
  }
  const { db, url } = await scratchPostgres(o.cleanups);
  // Migrate every registered component first, so the two servers start on an up-to-date schema.
  await migrateToLatest(db, components);
  const { path: formPath, sessions, subject } = await o.prepare(db, now);
  const { ports, stderr } = await twoServers(url, o.cleanups);
  const statuses = await Promise.all(
    sessions.map(async (s, i) => {
      const res = await fetch(`http://127.0.0.1:${ports[i % 2]}${formPath}`, {
        method: "POST",
        redirect: "manual",
        body: `_csrf=${encodeURIComponent(s.csrf)}`,
        headers: { cookie: s.cookie, "content-type": "application/x-www-form-urlencoded" },
      });
      return res.status;
    }),
  );
  expect(
    statuses.filter((c) => c !== 303),
    stderr.join(""),
  ).toEqual([]);
  await o.verify(db, subject);
}

async function scratchPostgres(cleanups: (() => Promise<void>)[]): Promise<{ db: Db; url: string }> {
  const base = process.env.TEST_DATABASE_URL!;
  const name = `inspraak_conc_${crypto.randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  cleanups.push(async () => {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });
  const url = new URL(base);
  url.pathname = `/${name}`;
  const db = openDatabase(url.toString(), { poolSize: 5 });
  cleanups.push(() => db.close());
  return { db, url: url.toString() };
}

/** Two `inspraak serve` processes on `databaseUrl`, without workers, ready when this returns. */
async function twoServers(databaseUrl: string, cleanups: (() => Promise<void>)[]) {
  const ports = [await freePort(), await freePort()];
  const children = ports.map((port) =>
    spawn(process.execPath, [path.join(ROOT, "bin/inspraak.js"), "serve"], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        HOST: "127.0.0.1",
        RUN_WORKERS: "false",
        LOG_LEVEL: "warn",
        SMTP_URL: "",
      },
      stdio: ["ignore", "ignore", "pipe"],
    }),
  );
  for (const child of children)
    cleanups.push(async () => {
      child.kill("SIGTERM");
    });
  const stderr: string[] = [];
  for (const child of children) child.stderr!.on("data", (d: Buffer) => stderr.push(d.toString()));
  for (const port of ports) {
    // Generous: two servers compile and start at once, on a CI machine that may be busy.
    const deadline = Date.now() + 150_000;
    for (;;) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
      } catch {
        /* still starting */
      }
      if (Date.now() > deadline) throw new Error(`server on ${port} did not start: ${stderr.join("")}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return { ports, stderr };
}

/** `count` confirmed residents c0@conc.example … with a session each (inserted in batches). */
export async function residentsWithSessions(
  db: Db,
  siteId: number,
  count: number,
  now: Date,
): Promise<PreparedPosts<unknown>["sessions"]> {
  const k = db.kysely;
  const rows = Array.from({ length: count }, (_, i) => ({
    site_id: siteId,
    email: `c${i}@conc.example`,
    email_verified_at: now.toISOString(),
    password_hash: null,
    display_name: `Bewoner ${i}`,
    language: "nl" as const,
    postcode: "1010 AB",
    notify_mode: "immediate" as const,
    unsubscribe_token: crypto.randomBytes(24).toString("base64url"),
    created_at: now.toISOString(),
    deleted_at: null,
  }));
  const users = [];
  for (let i = 0; i < count; i += 100)
    users.push(
      ...(await k
        .insertInto("users")
        .values(rows.slice(i, i + 100))
        .returning(["id"])
        .execute()),
    );
  const secret = await readSecret(db);
  return Promise.all(
    users.map(async (u) => {
      const token = await createSession(k, u.id, siteId, now, 24);
      return { cookie: `inspraak_session=${token}`, csrf: csrfTokenFor(secret, token) };
    }),
  );
}
