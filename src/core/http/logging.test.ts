// The logs must help an operator without exposing anyone: request ids, no passwords, tokens,
// cookies, e-mail addresses or names — not even percent-encoded in URLs, nor in the demo's mail log.
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createTestApp } from "../../../test/support/app";
import { testDatabases } from "../../../test/support/databases";
import pino from "pino";
import { queueMail } from "../mail/queue";
import { createMailTransport } from "../mail/transport";
import { maskUrl } from "./logging";

describe("masking URLs for the log", () => {
  it("hides tokens and e-mail addresses but keeps the path readable", () => {
    expect(maskUrl("/account/bevestigen?token=Abcdefghijklmnopqrstuvwxyz0123456789_-x")).toBe(
      "/account/bevestigen?token=[redacted]",
    );
    expect(maskUrl("/admin/gebruikers?q=jan@example.org")).toBe("/admin/gebruikers?q=[email]");
    expect(maskUrl("/ideeen/12")).toBe("/ideeen/12");
    expect(maskUrl("/inloggen/oidc/terug?code=short1&state=s2&iss=x")).toBe(
      "/inloggen/oidc/terug?code=[redacted]&state=[redacted]&iss=x",
    );
  });

  it.each([
    ["/account?email=a%40b.nl", "/account?email=[email]"],
    ["/account?email=A%40B.NL&x=1", "/account?email=[email]&x=1"],
    ["/account?email=jan%2540example.org", "/account?email=[email]"],
    ["/zoek?q=jan.de.vries%40example.org", "/zoek?q=[email]"],
    ["/zoek?q=jan%2Ede%40example%2Eorg", "/zoek?q=[email]"],
  ])("hides percent-encoded e-mail addresses too: %s", (url, masked) => {
    expect(maskUrl(url)).toBe(masked);
  });
});

describe("the demo's mail log (no SMTP_URL)", () => {
  it("names the mail by its subject only (no address, name, text or link) and points to /admin/outbox", async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const transport = createMailTransport(undefined, "x@example.org", pino({ level: "info" }, stream));
    const token = `Zx9_${"k".repeat(40)}`;
    await transport.send({
      to: "Iemand Geheim <iemand@example.org>",
      subject: "Bevestig uw adres",
      text: `Beste Iemand Geheim,\n\nKlik: http://localhost:3000/account/bevestigen?token=${token}`,
      html: "",
    });
    const log = lines.join("");
    expect(log).toContain("Bevestig uw adres");
    expect(log).toContain("/admin/outbox");
    expect(log).not.toContain(token);
    expect(log).not.toContain("iemand@example.org");
    // The recipient's name (in the greeting, or in the address) is personal data too.
    expect(log).not.toContain("Geheim");
  });
});

describe.each(testDatabases.slice(0, 1))("log lines of account flows on $name", (database) => {
  it("carry request ids and never a password, token, cookie or e-mail address", async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const t = await createTestApp(database, { env: { LOG_LEVEL: "trace" }, logStream: stream });
    const email = "geheim.adres@example.org";
    const password = "een-heel-lang-wachtwoord-9271";
    const agent = t.agent();
    await agent.post("/registreren", { email, displayName: "Geheim", password });
    await t.drainOutbox();
    const link = t.mail.sent.find((m) => m.to === email)?.text.match(/token=([\w-]+)/)?.[1];
    expect(link, "the verification mail has a token").toBeTruthy();
    await agent.get(`/account/bevestigen?token=${link}`);
    await agent.post("/account/bevestigen", { token: link! });
    await agent.post("/inloggen", { email, password: "verkeerd-wachtwoord-12345" });
    await agent.post("/inloggen", { email, password });
    await agent.post("/wachtwoord-vergeten", { email });
    await agent.get(`/admin/gebruikers?q=${encodeURIComponent(email)}`, { "x-request-id": "trace-me-123" });
    await agent.get(`/wachtwoord-vergeten?email=${encodeURIComponent(email)}`);
    await agent.get(`/wachtwoord-vergeten?email=${encodeURIComponent(encodeURIComponent(email))}`);
    await t.close();

    const log = lines.join("");
    expect(lines.length).toBeGreaterThan(10);
    expect(log).toContain('"reqId":"trace-me-123"');
    const session = agent.cookies.get("inspraak_session")!;
    for (const secret of [
      email,
      encodeURIComponent(email),
      "geheim.adres%2540example.org",
      password,
      "verkeerd-wachtwoord-12345",
      link!,
      session,
      agent.cookies.get("inspraak_csrf") ?? session,
    ]) {
      expect(log).not.toContain(secret);
    }
  });
});

describe.each(testDatabases.slice(0, 1))("log lines of failed mail on $name", (database) => {
  it("do not repeat the address the mail server names in its refusal", async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const refusing = {
      kind: "smtp" as const,
      async send() {
        throw new Error("550 5.1.1 <jan.jansen@example.org>: Recipient address rejected");
      },
      close() {},
    };
    const t = await createTestApp(database, { env: { LOG_LEVEL: "info" }, logStream: stream, mail: refusing });
    await queueMail(
      t.services.db.kysely,
      t.site.id,
      { to: "jan.jansen@example.org", subject: "Onderwerp", text: "Beste Jan,", html: "" },
      t.clock(),
    );
    await t.drainOutbox();
    await t.close();
    const log = lines.join("");
    expect(log).toContain("outbox item failed");
    expect(log).toContain("Recipient address rejected");
    expect(log).not.toContain("jan.jansen@example.org");
  });
});
