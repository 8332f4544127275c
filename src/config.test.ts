import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config";

describe("configuration", () => {
  it("has working defaults for the demo", () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.databaseUrl).toBe("sqlite:./data/inspraak.db");
    expect(c.smtpUrl).toBeUndefined();
    expect(c.sessionIdleMinutes).toBe(120);
    expect(c.databasePoolSize).toBe(10);
  });

  it.each([
    ["PORT", "abc", /^Invalid PORT="abc": expected a number/],
    ["PORT", "70000", /^Invalid PORT="70000": expected a number <=65535/],
    ["DATABASE_URL", "mysql://x", /^Invalid DATABASE_URL="mysql:\/\/x": expected a postgres/],
    ["DATABASE_POOL_SIZE", "0", /^Invalid DATABASE_POOL_SIZE="0": expected a number >0/],
    ["DATABASE_POOL_SIZE", "500", /^Invalid DATABASE_POOL_SIZE="500": expected a number <=200/],
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
    ["OIDC_ISSUER", "ftp://idp.example", /^Invalid OIDC_ISSUER=/],
    ["OIDC_CLIENT_ID", "inspraak", /^Invalid OIDC_CLIENT_ID: OIDC_ISSUER is not set/],
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

  describe("the default site's identity provider", () => {
    const base = { OIDC_ISSUER: "https://broker.example/realms/gemeente", OIDC_CLIENT_ID: "inspraak" };

    it("reads OIDC_* with defaults for label, scopes and claims", () => {
      const c = loadConfig({ ...base, OIDC_CLIENT_SECRET: "s3cret", OIDC_ACR_VALUES: "midden hoog" });
      expect(c.oidc).toEqual({
        issuer: "https://broker.example/realms/gemeente",
        clientId: "inspraak",
        clientSecret: "s3cret",
        label: "Inloggen met DigiD",
        scopes: "openid profile",
        acrValues: "midden hoog",
        claims: { postcode: "address.postal_code", birthdate: "birthdate", displayName: "name" },
      });
      expect(loadConfig({}).oidc).toBeUndefined();
    });

    it.each([
      [{ ...base }, /^Missing OIDC_CLIENT_SECRET: required when OIDC_ISSUER is set$/],
      [{ ...base, OIDC_CLIENT_SECRET: "x", OIDC_SCOPES: "profile email" }, /^Invalid OIDC_SCOPES=.*include openid/],
      [{ ...base, OIDC_CLIENT_SECRET: "x", OIDC_ACR_VALUES: "midden  hoog" }, /^Invalid OIDC_ACR_VALUES=/],
      // A secret is never repeated in the message (it would end up in a log).
      [{ ...base, OIDC_CLIENT_SECRET: "x".repeat(501) }, /^Invalid OIDC_CLIENT_SECRET=\(hidden\): expected/],
    ])("refuses an incomplete or wrong set with one line (%#)", (env, message) => {
      expect(() => loadConfig(env)).toThrow(message);
    });
  });
});
