import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config";

describe("configuration", () => {
  it("has working defaults for the demo", () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.databaseUrl).toBe("sqlite:./data/inspraak.db");
    expect(c.smtpUrl).toBeUndefined();
    expect(c.sessionIdleMinutes).toBe(120);
  });

  it.each([
    ["PORT", "abc", /^Invalid PORT="abc": expected a number/],
    ["PORT", "70000", /^Invalid PORT="70000": expected a number <=65535/],
    ["DATABASE_URL", "mysql://x", /^Invalid DATABASE_URL="mysql:\/\/x": expected a postgres/],
    ["LOG_LEVEL", "loud", /^Invalid LOG_LEVEL="loud": expected one of fatal, error/],
    ["TRUST_PROXY", "yes", /^Invalid TRUST_PROXY="yes": expected one of/],
    ["SMTP_URL", "mail.example.org", /^Invalid SMTP_URL=.*smtp:\/\//],
    ["PUBLIC_URL", "not a url", /^Invalid PUBLIC_URL=/],
    ["SESSION_IDLE_MINUTES", "0", /^Invalid SESSION_IDLE_MINUTES="0"/],
  ])("refuses %s=%s with one line naming the variable", (name, value, message) => {
    let error: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain("\n");
  });

  it("reads PostgreSQL URLs, https public URLs and booleans", () => {
    const c = loadConfig({
      DATABASE_URL: "postgres://u:p@db:5432/x",
      PUBLIC_URL: "https://inspraak.example.nl/",
      TRUST_PROXY: "true",
      RUN_WORKERS: "0",
    });
    expect(c.databaseUrl).toBe("postgres://u:p@db:5432/x");
    expect(c.publicUrl).toBe("https://inspraak.example.nl");
    expect(c.trustProxy).toBe(true);
    expect(c.runWorkers).toBe(false);
  });
});
