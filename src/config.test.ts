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
    ["TRUST_PROXY", "yes", /^Invalid TRUST_PROXY="yes": expected a hop count/],
    // "true" trusted every hop, so a client's own X-Forwarded-For chose its address.
    ["TRUST_PROXY", "true", /^Invalid TRUST_PROXY="true": expected a hop count .* not "true"/],
    ["TRUST_PROXY", "-1", /^Invalid TRUST_PROXY="-1": expected a hop count/],
    ["TRUST_PROXY", "1.5", /^Invalid TRUST_PROXY="1.5": expected a hop count/],
    ["TRUST_PROXY", "127.0.0.1,10.0.0.0/33", /^Invalid TRUST_PROXY=.*expected a hop count/],
    ["TRUST_PROXY", "300.1.1.1", /^Invalid TRUST_PROXY=.*expected a hop count/],
    ["TRUST_PROXY", "127.0.0.1,,10.0.0.1", /^Invalid TRUST_PROXY=.*expected a hop count/],
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
      TRUST_PROXY: "1",
      RUN_WORKERS: "0",
    });
    expect(c.databaseUrl).toBe("postgres://u:p@db:5432/x");
    expect(c.publicUrl).toBe("https://inspraak.example.nl");
    expect(c.trustProxy).toBe(1);
    expect(c.runWorkers).toBe(false);
  });

  it("trusts a number of proxy hops or a list of proxy addresses, never every hop", () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "false" }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "0" }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "2" }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: " 127.0.0.1, 10.0.0.0/8 ,::1,fd00::/8,loopback" }).trustProxy).toEqual([
      "127.0.0.1",
      "10.0.0.0/8",
      "::1",
      "fd00::/8",
      "loopback",
    ]);
  });
});
