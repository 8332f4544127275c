import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../test/support/app";
import { testDatabases } from "../../../test/support/databases";
import type { Language } from "../db/types";
import { issueToken } from "./account-tokens";
import { queueAccountMail, type AccountMailKind } from "./mail/account-mails";
import { authTestApp, IpAgent } from "./test/helpers";

const root = path.resolve(import.meta.dirname, "../../../locales");
const keysOf = (node: Record<string, unknown>, prefix = ""): string[] =>
  Object.entries(node).flatMap(([k, v]) =>
    typeof v === "string" ? [`${prefix}${k}`] : keysOf(v as Record<string, unknown>, `${prefix}${k}.`),
  );
const read = (lang: Language) =>
  JSON.parse(fs.readFileSync(path.join(root, lang, "auth.json"), "utf8")) as Record<string, unknown>;

describe("the auth catalogs", () => {
  it("have the same keys in Dutch and English, none empty", () => {
    const nl = keysOf(read("nl")).sort();
    expect(keysOf(read("en")).sort()).toEqual(nl);
    expect(nl.length).toBeGreaterThan(100);
  });
});

describe.each(testDatabases)("account pages and mails show no raw message keys on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await authTestApp(database);
  });
  afterAll(async () => {
    await t?.close();
  });

  it.each(["nl", "en"] as const)(
    "renders every account page in %s with one heading and translated text",
    async (lang) => {
      const user = await t.newUser({ verified: false });
      const db = t.services.db.kysely;
      const verify = await issueToken(db, user.id, "verify", t.clock());
      const reset = await issueToken(db, user.id, "reset", t.clock());
      const email = await issueToken(db, user.id, "email", t.clock(), "nieuw@example.org");
      const anonymous = new IpAgent(t);
      const member = await t.agentFor(user);
      for (const agent of [anonymous, member]) await agent.get(`/taal/${lang}`);
      const pages: [IpAgent | typeof member, string][] = [
        [anonymous, "/registreren"],
        [anonymous, "/registreren/verstuurd"],
        [anonymous, "/inloggen"],
        [anonymous, "/wachtwoord-vergeten"],
        [anonymous, "/wachtwoord-vergeten/verstuurd"],
        [anonymous, `/account/bevestigen?token=${verify}`],
        [anonymous, `/wachtwoord-herstellen?token=${reset}`],
        [anonymous, `/account/e-mailadres-bevestigen?token=${email}`],
        [anonymous, "/account/bevestigen?token=onbekend"],
        [member, "/account"],
        [member, "/account/verwijderen"],
      ];
      for (const [agent, url] of pages) {
        const res = await agent.get(url);
        expect(res.body, url).toContain(`<html lang="${lang}"`);
        expect(res.body.match(/<h1/g), url).toHaveLength(1);
        expect(res.body, url).not.toMatch(/(auth|forms|errors)\.[a-zA-Z]+\.[a-zA-Z]/);
      }
    },
  );

  it.each(["nl", "en"] as const)("renders every account mail in %s as text and HTML", async (lang) => {
    const kinds: AccountMailKind[] = ["verify", "alreadyRegistered", "reset", "confirmEmail", "passwordChanged"];
    for (const kind of kinds) {
      await queueAccountMail(
        t.services.db.kysely,
        t.services,
        t.site,
        {
          kind,
          to: `${kind}-${lang}@example.org`,
          userId: t.users.resident.id,
          lang,
          name: "Sam",
          path: "/pad?token=abc",
        },
        t.clock(),
      );
    }
    await t.drainOutbox();
    for (const kind of kinds) {
      const mail = t.mail.sent.find((m) => m.to === `${kind}-${lang}@example.org`)!;
      expect(mail.subject).toContain("Teststad");
      expect(mail.text).toContain(lang === "nl" ? "Beste Sam," : "Dear Sam,");
      expect(mail.text).toContain("http://localhost:3000/pad?token=abc");
      expect(mail.html).toContain(`<html lang="${lang}">`);
      expect(`${mail.subject}\n${mail.text}`).not.toMatch(/auth\.mail/);
    }
  });
});
