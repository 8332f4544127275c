// Under https every cookie we set or clear is Secure, HttpOnly, SameSite=Lax and for path "/",
// because they all come from one function (cookies.ts).
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, TEST_PASSWORD, type TestApp } from "../../../test/support/app";
import { testDatabases } from "../../../test/support/databases";
import { csrfTokenFor } from "./csrf";

describe.each(testDatabases)("cookies under https on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(database, { env: { PUBLIC_URL: "https://inspraak.teststad.example" } });
  });
  afterAll(async () => {
    await t?.close();
  });

  const setCookies = (res: LightMyRequestResponse): string[] =>
    ([] as string[]).concat(res.headers["set-cookie"] ?? []);

  it("marks every cookie Secure, HttpOnly and SameSite=Lax: CSRF, session, flash, language", async () => {
    const seen: string[] = [];
    const jar = new Map<string, string>();
    const send = async (method: "GET" | "POST", url: string, form?: Record<string, string>) => {
      const res = await t.app.inject({
        method,
        url,
        headers: {
          host: "localhost",
          cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
          ...(form ? { "content-type": "application/x-www-form-urlencoded" } : {}),
        },
        payload: form ? new URLSearchParams(form).toString() : undefined,
      });
      for (const header of setCookies(res)) {
        seen.push(header);
        const [pair = ""] = header.split(";");
        const [name = "", value = ""] = pair.split("=");
        if (value) jar.set(name, value);
        else jar.delete(name);
      }
      return res;
    };
    const token = () =>
      csrfTokenFor(t.services.secret, jar.get("__Host-inspraak_session") ?? jar.get("__Host-inspraak_csrf")!);

    await send("GET", "/inloggen");
    expect(jar.has("__Host-inspraak_csrf")).toBe(true);
    const login = await send("POST", "/inloggen", {
      _csrf: token(),
      email: t.users.resident.email!,
      password: TEST_PASSWORD,
    });
    expect(login.statusCode).toBe(303);
    expect(jar.has("inspraak_flash")).toBe(true);
    await send("GET", "/"); // shows the message once and clears its cookie
    expect(jar.has("inspraak_flash")).toBe(false);
    await send("GET", "/taal/en?terug=/");
    await send("POST", "/uitloggen", { _csrf: token() });

    const names = new Set(seen.map((h) => h.split("=")[0]));
    expect([...names].sort()).toEqual(
      ["__Host-inspraak_csrf", "__Host-inspraak_session", "inspraak_flash", "inspraak_lang"].sort(),
    );
    for (const header of seen) {
      expect(header, header).toMatch(/; Secure(;|$)/);
      expect(header, header).toMatch(/; HttpOnly(;|$)/);
      expect(header, header).toMatch(/; SameSite=Lax(;|$)/);
      expect(header, header).toMatch(/; Path=\/(;|$)/);
    }
  });
});
