// The waiting list under real concurrency: 50 people register at the same moment for the last 20
// places. PostgreSQL: through TWO app processes (`inspraak serve`) on one database. SQLite (one
// process by design): 50 concurrent requests in-process. Either way: exactly 20 get a place, 30
// wait, the counter equals the rows, and each person gets exactly one mail saying which.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { build } from "../../../app";
import { loadConfig } from "../../../config";
import { createSession } from "../../../core/auth/sessions";
import { openDatabase, type Db } from "../../../core/db/database";
import { migrateToLatest, readSecret } from "../../../core/db/migrate";
import { csrfTokenFor } from "../../../core/http/csrf";
import { createSite } from "../../../core/sites/store";
import { capturingTransport } from "../../../../test/support/mail";
import { testDatabases } from "../../../../test/support/databases";
import { components } from "../../index";
import { meetingsComponent } from "../manifest";
import { meetingInput } from "../test/factories";

const ROOT = path.resolve(import.meta.dirname, "../../../..");
const N = 50;
const CAPACITY = 25;
const TAKEN = 5; // so 20 places are left

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

/** A site, a meeting with 25 places of which 5 are taken, and 50 residents with sessions. */
async function prepare(db: Db, now: Date) {
  const k = db.kysely;
  const site = await createSite(
    k,
    {
      slug: "conc",
      name: "Gelijktijdig",
      hosts: ["127.0.0.1", "localhost"],
      isDefault: true,
      councilName: "Raad",
      councilEmails: [],
    },
    now,
  );
  const m = meetingInput({
    capacity: CAPACITY,
    startsAt: new Date(now.getTime() + 7 * 86_400_000).toISOString(),
    endsAt: new Date(now.getTime() + 7 * 86_400_000 + 7_200_000).toISOString(),
  });
  const meeting = await k
    .insertInto("meetings")
    .values({
      site_id: site.id,
      area_id: null,
      uid: `${crypto.randomUUID()}@inspraak`,
      sequence: 0,
      status: "scheduled",
      title: m.title,
      description: m.description,
      kind: m.kind,
      starts_at: m.startsAt,
      ends_at: m.endsAt,
      place: m.place,
      online_url: null,
      wheelchair: 1,
      hearing_loop: 0,
      sign_language: 0,
      organiser: m.organiser,
      related_url: null,
      related_label: null,
      registration: "required",
      capacity: CAPACITY,
      guests_allowed: 1,
      confirmed_count: TAKEN,
      minutes: null,
      attendees: null,
      created_by: null,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
      cancelled_at: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await k
    .insertInto("meeting_registrations")
    .values(
      Array.from({ length: TAKEN }, (_, i) => ({
        meeting_id: meeting.id,
        user_id: null,
        name: `Eerder ${i}`,
        email: `eerder${i}@conc.example`,
        language: "nl" as const,
        status: "confirmed" as const,
        dietary: "",
        interpreter: 0,
        remarks: "",
        link_seed: `seed${i}`,
        created_at: now.toISOString(),
        placed_at: now.toISOString(),
      })),
    )
    .execute();
  const users = await k
    .insertInto("users")
    .values(
      Array.from({ length: N }, (_, i) => ({
        site_id: site.id,
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
      })),
    )
    .returning(["id", "site_id"])
    .execute();
  const secret = await readSecret(db);
  const sessions = await Promise.all(
    users.map(async (u) => {
      const token = await createSession(k, u.id, u.site_id, now, 24);
      return { cookie: `inspraak_session=${token}`, csrf: csrfTokenFor(secret, token) };
    }),
  );
  return { id: meeting.id, sessions };
}

async function verify(db: Db, id: number): Promise<void> {
  const k = db.kysely;
  const rows = await k
    .selectFrom("meeting_registrations")
    .select(["email", "status"])
    .where("meeting_id", "=", id)
    .execute();
  const fresh = rows.filter((r) => r.email.startsWith("c"));
  expect(fresh.filter((r) => r.status === "confirmed")).toHaveLength(CAPACITY - TAKEN);
  expect(fresh.filter((r) => r.status === "waiting")).toHaveLength(N - (CAPACITY - TAKEN));
  const meeting = await k
    .selectFrom("meetings")
    .select("confirmed_count")
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  expect(meeting.confirmed_count).toBe(CAPACITY);
  expect(rows.filter((r) => r.status === "confirmed")).toHaveLength(CAPACITY);
  // One mail per person, saying what they got.
  const mails = (await k.selectFrom("outbox").select("payload").where("kind", "=", "mail").execute()).map(
    (r) => JSON.parse(r.payload) as { to: string; subject: string },
  );
  expect(mails).toHaveLength(N);
  for (const r of fresh) {
    const own = mails.filter((m) => m.to === r.email);
    expect(own).toHaveLength(1);
    expect(own[0]!.subject.startsWith(r.status === "confirmed" ? "Aangemeld" : "Wachtlijst")).toBe(true);
  }
}

describe.each(testDatabases)("50 people register at once for the last 20 places on $name", (database) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c().catch(() => {});
  });

  it("gives exactly 20 places and puts 30 on the waiting list", async () => {
    const now = new Date();
    if (database.name === "sqlite") {
      const db = await database.open();
      cleanups.push(() => db.close());
      const built = await build(loadConfig({ LOG_LEVEL: "silent" }), {
        db,
        workers: false,
        components: [meetingsComponent],
        mail: capturingTransport(),
      });
      cleanups.push(() => built.close());
      const { id, sessions } = await prepare(db, now);
      const responses = await Promise.all(
        sessions.map((s) =>
          built.app.inject({
            method: "POST",
            url: `/bijeenkomsten/${id}/aanmelden`,
            headers: { host: "localhost", cookie: s.cookie, "content-type": "application/x-www-form-urlencoded" },
            payload: `_csrf=${s.csrf}`,
          }),
        ),
      );
      expect(responses.map((r) => r.statusCode).filter((c) => c !== 303)).toEqual([]);
      await verify(db, id);
      return;
    }
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
    await migrateToLatest(db, components);
    const { id, sessions } = await prepare(db, now);

    const ports = [await freePort(), await freePort()];
    const children: ChildProcess[] = ports.map((port) =>
      spawn(process.execPath, [path.join(ROOT, "bin/inspraak.js"), "serve"], {
        cwd: ROOT,
        env: {
          ...process.env,
          DATABASE_URL: url.toString(),
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
    const statuses = await Promise.all(
      sessions.map(async (s, i) => {
        const res = await fetch(`http://127.0.0.1:${ports[i % 2]}/bijeenkomsten/${id}/aanmelden`, {
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
    await verify(db, id);
  }, 600_000);
});
