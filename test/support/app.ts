// A complete app on a fresh database for route tests: a default site with areas, one account
// per role, a hand-moved clock, captured mail, and agents that keep cookies like a browser.
import type { InjectOptions, LightMyRequestResponse } from "fastify";
import { build, type Built } from "../../src/app";
import { loadConfig } from "../../src/config";
import type { ComponentManifest } from "../../src/core/components";
import { createSession } from "../../src/core/auth/sessions";
import { hashPassword } from "../../src/core/auth/passwords";
import { createUser } from "../../src/core/auth/users";
import { csrfTokenFor } from "../../src/core/http/csrf";
import { missingKeys } from "../../src/core/i18n/catalog";
import { checkHtml } from "../e2e/support/html-check";
import { punctuationProblems } from "../e2e/support/text-check";
import { processOutboxOnce } from "../../src/core/events/outbox-worker";
import type { Role, Site, User } from "../../src/core/db/types";
import { addArea, createSite } from "../../src/core/sites/store";
import type { MailTransport } from "../../src/core/mail/transport";
import { testClock, type TestClock } from "./clock";
import type { TestDatabase } from "./databases";
import { capturingTransport, type CapturedMail } from "./mail";

export const TEST_PASSWORD = "correct horse battery staple";
let testPasswordHashing: Promise<string> | undefined;
/** TEST_PASSWORD hashed once per test process (every test account has it; see createUser). */
export const testPasswordHash = (): Promise<string> => (testPasswordHashing ??= hashPassword(TEST_PASSWORD));

export interface TestApp extends Built {
  clock: TestClock;
  mail: CapturedMail;
  site: Site;
  users: Record<Role, User>;
  agent(): Agent;
  /** An agent logged in as `user` (session created directly; the log-in form has its own tests). */
  agentFor(user: User): Promise<Agent>;
  newUser(
    overrides?: Partial<{
      email: string;
      name: string;
      roles: Role[];
      verified: boolean;
      postcode: string;
      siteId: number;
    }>,
  ): Promise<User>;
  drainOutbox(): Promise<void>;
}

let counter = 0;

export async function createTestApp(
  database: TestDatabase,
  options: {
    components?: ComponentManifest[];
    mail?: MailTransport;
    env?: Record<string, string>;
    logStream?: NodeJS.WritableStream;
    /** Build as `serve --demo` (without SMTP: the demo mailbox instead of captured mail). */
    demo?: boolean;
  } = {},
): Promise<TestApp> {
  const db = await database.open();
  const clock = testClock();
  const mail = capturingTransport();
  // No test may reach the internet: no address service and no tiles unless a test brings its own.
  const config = loadConfig({
    LOG_LEVEL: "silent",
    ADDRESS_SEARCH_URL: "off",
    MAP_TILE_URL: "/geen-tegels/{z}/{x}/{y}.png",
    ...options.env,
  });
  const built = await build(config, {
    db,
    clock,
    mail: options.demo ? undefined : (options.mail ?? mail),
    demo: options.demo,
    workers: false,
    components: options.components,
    logStream: options.logStream,
  });
  const kysely = built.services.db.kysely;
  const site = await createSite(
    kysely,
    {
      slug: "test",
      name: "Teststad",
      hosts: ["localhost"],
      isDefault: true,
      councilName: "Raad van Teststad",
      councilEmails: ["raad@teststad.example"],
    },
    clock(),
  );
  await addArea(kysely, site.id, "Noord", "1000-1019");
  await addArea(kysely, site.id, "Zuid", "1020-1039");
  const newUser: TestApp["newUser"] = async (o = {}) => {
    counter++;
    return createUser(
      kysely,
      {
        siteId: o.siteId ?? site.id,
        email: o.email ?? `user${counter}-${Date.now()}@example.org`,
        passwordHash: await testPasswordHash(),
        displayName: o.name ?? `Bewoner ${counter}`,
        verified: o.verified ?? true,
        roles: o.roles ?? [],
        postcode: o.postcode ?? "1010 AB",
      },
      clock(),
    );
  };
  const users = {} as Record<Role, User>;
  for (const role of ["resident", "moderator", "official", "council", "admin"] as Role[]) {
    users[role] = await newUser({ email: `${role}@teststad.example`, name: `Test ${role}`, roles: [role] });
  }
  const app: TestApp = {
    ...built,
    clock,
    mail,
    site,
    users,
    agent: () => new Agent(built),
    async agentFor(user) {
      const agent = new Agent(built);
      const token = await createSession(kysely, user.id, user.site_id, clock(), config.sessionMaxHours);
      agent.cookies.set("inspraak_session", token);
      return agent;
    },
    newUser,
    async drainOutbox() {
      while ((await processOutboxOnce(built.services)) > 0) {
        /* until empty */
      }
    },
    async close() {
      await built.close();
      await db.close();
      const invalid = [...invalidPages];
      invalidPages.clear();
      if (invalid.length) throw new Error(`Pages with invalid HTML:\n${invalid.join("\n")}`);
      const shown = [...missingKeys];
      missingKeys.clear();
      if (shown.length)
        throw new Error(`Pages showed raw catalog keys (add them to locales/nl and locales/en): ${shown.join(", ")}`);
    },
  };
  return app;
}

/** Every HTML page any route test receives is checked strictly; test apps fail on close when one was invalid. */
const invalidPages = new Set<string>();

function checkPage(url: string, response: LightMyRequestResponse): void {
  if (!String(response.headers["content-type"] ?? "").startsWith("text/html") || !response.body.startsWith("<!DOCTYPE"))
    return;
  const problems = [...checkHtml(response.body), ...punctuationProblems(response.body)];
  if (problems.length)
    invalidPages.add(`${url.split("?")[0]} (${response.statusCode}): ${problems.slice(0, 3).join("; ")}`);
}

/** One part of a multipart form: a text field, or a file with the name and type the client claims. */
export interface MultipartPart {
  name: string;
  value?: string | null;
  file?: { filename: string; contentType: string; bytes: Buffer };
}

/** Keeps cookies between requests and fills in the CSRF token, like a browser with a form. */
export class Agent {
  readonly cookies = new Map<string, string>();
  host = "localhost";
  constructor(private readonly built: Built) {}

  csrfToken(): string {
    let binding = this.cookies.get("inspraak_session");
    if (!binding) {
      binding = this.cookies.get("inspraak_csrf") ?? `anon-${Math.random().toString(36).slice(2)}-${Date.now()}`;
      this.cookies.set("inspraak_csrf", binding);
    }
    return csrfTokenFor(this.built.services.secret, binding);
  }

  async request(options: InjectOptions): Promise<LightMyRequestResponse> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const response = await this.built.app.inject({
      ...options,
      headers: { host: this.host, ...(cookie ? { cookie } : {}), ...(options.headers ?? {}) },
    });
    checkPage(String(options.url ?? ""), response);
    for (const c of response.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const expired = c.maxAge === 0 || (c.expires && c.expires.getTime() <= Date.now()) || c.value === "";
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return response;
  }

  get(url: string, headers: Record<string, string> = {}) {
    return this.request({ method: "GET", url, headers });
  }

  /** A form post with a valid CSRF token (unless `_csrf` is given, e.g. "" to test refusal). */
  post(url: string, form: Record<string, string | string[] | undefined> = {}, headers: Record<string, string> = {}) {
    const body = new URLSearchParams();
    const fields = { _csrf: this.csrfToken(), ...form };
    for (const [k, v] of Object.entries(fields)) {
      if (v === undefined) continue;
      for (const item of Array.isArray(v) ? v : [v]) body.append(k, item);
    }
    return this.request({
      method: "POST",
      url,
      payload: body.toString(),
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    });
  }

  /**
   * A multipart form post, as a browser sends a form with a file: parts in the given order, with
   * this agent's CSRF token first unless `_csrf` is among the parts (null leaves it out).
   */
  postMultipart(url: string, parts: MultipartPart[], headers: Record<string, string> = {}) {
    const boundary = `----inspraak${Math.random().toString(36).slice(2)}`;
    const all: MultipartPart[] = parts.some((p) => p.name === "_csrf")
      ? parts.filter((p) => p.value !== null)
      : [{ name: "_csrf", value: this.csrfToken() }, ...parts];
    const chunks: Buffer[] = [];
    for (const part of all) {
      const file = part.file;
      const disposition = file
        ? `form-data; name="${part.name}"; filename="${file.filename}"\r\nContent-Type: ${file.contentType}`
        : `form-data; name="${part.name}"`;
      chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n\r\n`));
      chunks.push(file ? file.bytes : Buffer.from(part.value ?? ""));
      chunks.push(Buffer.from("\r\n"));
    }
    chunks.push(Buffer.from(`--${boundary}--\r\n`));
    return this.request({
      method: "POST",
      url,
      payload: Buffer.concat(chunks),
      headers: { "content-type": `multipart/form-data; boundary=${boundary}`, ...headers },
    });
  }

  postJson(url: string, json: unknown, headers: Record<string, string> = {}) {
    return this.request({
      method: "POST",
      url,
      payload: JSON.stringify(json),
      headers: { "content-type": "application/json", "x-csrf-token": this.csrfToken(), ...headers },
    });
  }
}
