// Shared by the account route tests: agents with their own client address (rate limits count per
// address), links read from captured mail, and a snapshot to prove a refused request changed nothing.
import type { InjectOptions } from "fastify";
import { expect } from "vitest";
import { Agent, createTestApp, type TestApp } from "../../../../test/support/app";
import type { TestDatabase } from "../../../../test/support/databases";
import type { ComponentManifest } from "../../components";

let addresses = 0;

/** An agent whose requests come from its own IP address (the app trusts X-Forwarded-For here). */
export class IpAgent extends Agent {
  readonly ip: string;
  constructor(t: TestApp, ip?: string) {
    super(t);
    addresses++;
    this.ip = ip ?? `10.${(addresses >> 16) & 255}.${(addresses >> 8) & 255}.${addresses & 255}`;
  }
  override request(options: InjectOptions) {
    return super.request({ ...options, headers: { "x-forwarded-for": this.ip, ...(options.headers ?? {}) } });
  }
}

export function authTestApp(database: TestDatabase, components?: ComponentManifest[]): Promise<TestApp> {
  return createTestApp(database, { env: { TRUST_PROXY: "1" }, components });
}

/** The local path (with token) of the last mail to `to` whose link contains `path`. */
export function linkInMail(t: TestApp, to: string, path: string): string {
  const mail = [...t.mail.sent].reverse().find((m) => m.to === to && m.text.includes(path));
  expect(mail, `a mail to ${to} with a link to ${path}`).toBeDefined();
  const url = new RegExp(`https?://[^\\s/]+(${path.replace(/[?]/g, "\\?")}[^\\s]*)`).exec(mail!.text);
  expect(url).not.toBeNull();
  return url![1]!;
}

export const tokenOf = (link: string): string => new URL(link, "http://x").searchParams.get("token") ?? "";

export function mailsTo(t: TestApp, to: string) {
  return t.mail.sent.filter((m) => m.to === to);
}

/** Everything a refused account request must leave alone. */
export async function snapshot(t: TestApp) {
  const db = t.services.db.kysely;
  return {
    users: await db.selectFrom("users").selectAll().orderBy("id").execute(),
    roles: await db.selectFrom("user_roles").selectAll().orderBy("user_id").orderBy("role").execute(),
    sessions: await db.selectFrom("sessions").select(["id_hash", "user_id", "expires_at"]).orderBy("id_hash").execute(),
    tokens: await db.selectFrom("tokens").selectAll().orderBy("id").execute(),
    outbox: await db.selectFrom("outbox").select(["id", "kind", "payload"]).orderBy("id").execute(),
  };
}

export async function userRow(t: TestApp, id: number) {
  return t.services.db.kysely.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
}

export async function sessionCount(t: TestApp, userId: number): Promise<number> {
  const rows = await t.services.db.kysely
    .selectFrom("sessions")
    .select("id_hash")
    .where("user_id", "=", userId)
    .execute();
  return rows.length;
}

/** Logs in through the form; returns the response. */
export function logInWithForm(agent: Agent, email: string, password: string, extra: Record<string, string> = {}) {
  return agent.post("/inloggen", { email, password, ...extra });
}

export const STRONG_PASSWORD = "paarse olifant fietst snel";
