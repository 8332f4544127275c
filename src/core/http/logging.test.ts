// The logs must help an operator without exposing anyone: request ids, no passwords, tokens,
// cookies or e-mail addresses — not even in URLs or in the mail the demo prints.
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createTestApp } from "../../../test/support/app";
import { testDatabases } from "../../../test/support/databases";
import pino from "pino";
import { createMailTransport } from "../mail/transport";
import { maskUrl } from "./logging";

describe("masking URLs for the log", () => {
  it("hides tokens and e-mail addresses but keeps the path readable", () => {
    expect(maskUrl("/account/bevestigen?token=Abcdefghijklmnopqrstuvwxyz0123456789_-x")).toBe(
      "/account/bevestigen?token=[redacted]",
    );
    expect(maskUrl("/admin/gebruikers?q=jan@example.org")).toBe("/admin/gebruikers?q=[email]");
    expect(maskUrl("/ideeen/12")).toBe("/ideeen/12");
  });
});

describe("the demo's mail log (no SMTP_URL)", () => {
  it("prints the mail with its link masked and points to /admin/outbox", async () => {
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
      to: "iemand@example.org",
      subject: "Bevestig uw adres",
      text: `Klik: http://localhost:3000/account/bevestigen?token=${token}`,
      html: "",
    });
    const log = lines.join("");
    expect(log).toContain("Bevestig uw adres");
    expect(log).toContain("/admin/outbox");
    expect(log).not.toContain(token);
    expect(log).not.toContain("iemand@example.org");
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
    await t.close();

    const log = lines.join("");
    expect(lines.length).toBeGreaterThan(10);
    expect(log).toContain('"reqId":"trace-me-123"');
    const session = agent.cookies.get("inspraak_session")!;
    for (const secret of [
      email,
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
