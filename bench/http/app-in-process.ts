// The real app, built in this process (like the ceiling, so both share the load generator's CPU
// the same way), on a fresh SQLite file with the demo seed. Logs at "warn": request logging is
// an operator's choice and would otherwise flood the report.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { build, type Built } from "../../src/app";
import { loadConfig } from "../../src/config";
import { DEMO_PASSWORD, seedDemo } from "../../src/core/sites/demo";

export interface AppUnderTest {
  built: Built;
  baseUrl: string;
  directory: string;
  close(): Promise<void>;
}

export async function startAppInProcess(env: Record<string, string> = {}): Promise<AppUnderTest> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "inspraak-bench-"));
  const config = loadConfig({
    LOG_LEVEL: "warn",
    DATABASE_URL: `sqlite:${path.join(directory, "inspraak.db")}`,
    PORT: "0",
    ...env,
  });
  const built = await build(config, { workers: false });
  await seedDemo(built.services);
  const address = await built.app.listen({ port: 0, host: "127.0.0.1" });
  return {
    built,
    baseUrl: address,
    directory,
    async close() {
      await built.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** Logs in through the real form (GET for the CSRF token, POST with it) and returns the cookie header. */
export async function logInThroughForm(
  baseUrl: string,
  email = "bewoner@example.org",
  password = DEMO_PASSWORD,
): Promise<string> {
  const form = await fetch(`${baseUrl}/inloggen`);
  const html = await form.text();
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  const csrfCookie = form.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .join("; ");
  if (!token || !csrfCookie) throw new Error("The log-in page has no CSRF token or cookie");
  const response = await fetch(`${baseUrl}/inloggen`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ _csrf: token, email, password }).toString(),
  });
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => /session=/.test(c));
  if (response.status !== 303 || !session) throw new Error(`Logging in failed with status ${response.status}`);
  return session;
}
