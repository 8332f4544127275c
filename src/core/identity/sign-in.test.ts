// Sign-in through OpenID Connect against a real provider (oidc-provider) on localhost: the flow,
// linking, log-out at the provider, and every failure, each of which must create nothing.
import net from "node:net";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, createTestApp, type TestApp } from "../../../test/support/app";
import { testDatabases } from "../../../test/support/databases";
import { signInAtProvider, startTestProvider, type TestProvider } from "../../../test/support/oidc-provider";
import { hashToken } from "../auth/tokens";
import { iso } from "../db/time";
import { linkInMail, tokenOf } from "../auth/test/helpers";
import { subjectHash } from "./subject-hash";

const SITE_URL = "http://localhost:3000";
const CLIENT = {
  clientId: "inspraak-test",
  clientSecret: "a-long-test-client-secret-of-the-site",
  redirectUri: `${SITE_URL}/inloggen/oidc/terug`,
  postLogoutRedirectUri: `${SITE_URL}/`,
};

describe.each(testDatabases)("sign-in through OpenID Connect on $name", (database) => {
  let provider: TestProvider;
  let t: TestApp;
  let hanging: net.Server;
  const logLines: string[] = [];

  beforeAll(async () => {
    provider = await startTestProvider([CLIENT], {
      anna: { name: "Anna de Vries", birthdate: "1990-04-12", postcode: "1012ab" },
      bram: { name: "Bram", birthdate: "2012-01-01" },
      carla: {},
      daan: {},
      eva: {},
      gijs: {},
      hanna: { postcode: "1020 AA", birthdate: "1950-02-03" },
    });
    // A provider that accepts connections and never answers: the time-out.
    hanging = net.createServer(() => {});
    await new Promise<void>((resolve) => hanging.listen(0, "127.0.0.1", () => resolve()));
    const stream = new PassThrough();
    stream.on("data", (chunk: Buffer) => logLines.push(...chunk.toString("utf8").split("\n").filter(Boolean)));
    t = await createTestApp(database, {
      env: {
        LOG_LEVEL: "info",
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: CLIENT.clientId,
        OIDC_CLIENT_SECRET: CLIENT.clientSecret,
        OIDC_LABEL: "Inloggen met TestID",
        OIDC_SCOPES: "openid profile address",
        OIDC_ACR_VALUES: "midden hoog",
        // Long enough for the real provider on a busy machine (files run in parallel; at 1 s its
        // answers timed out under load), short enough for the test of the one that never answers.
        OIDC_TIMEOUT_SECONDS: "5",
      },
      logStream: stream,
    });
    const now = iso(t.clock());
    const extra = (slug: string, issuer: string, secret = CLIENT.clientSecret) => ({
      site_id: t.site.id,
      slug,
      label: `Test ${slug}`,
      issuer,
      client_id: CLIENT.clientId,
      client_secret: secret,
      client_auth: "client_secret_basic" as const,
      scopes: "openid",
      acr_values: "",
      claim_postcode: "",
      claim_birthdate: "",
      claim_display_name: "",
      created_at: now,
      updated_at: now,
    });
    await t.services.db.kysely
      .insertInto("identity_providers")
      .values([
        extra("stil", `http://127.0.0.1:${(hanging.address() as net.AddressInfo).port}`),
        extra("dicht", "http://127.0.0.1:9"),
        extra("fout-geheim", provider.issuer, "not-the-secret"),
        extra("fout-issuer", `${provider.issuer}/anders`),
      ])
      .execute();
  });
  afterAll(async () => {
    await t?.close();
    await provider?.close();
    hanging?.close();
  });

  const db = () => t.services.db.kysely;
  const counts = async () => ({
    users: (await db().selectFrom("users").select("id").execute()).length,
    identities: (await db().selectFrom("user_identities").select("id").execute()).length,
    sessions: (await db().selectFrom("sessions").select("id_hash").execute()).length,
  });

  /** Starts at our site and returns the provider's authorization URL. */
  async function start(agent: Agent, path = "/inloggen/oidc?provider=standaard"): Promise<string> {
    const res = await agent.get(path);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(303);
    return String(res.headers.location);
  }

  /** The browser coming back from the provider to our callback. */
  function back(agent: Agent, callback: URL) {
    expect(callback.origin).toBe(SITE_URL);
    return agent.get(`${callback.pathname}${callback.search}`);
  }

  /** The provider address on the page a form answers with (it goes on by itself in a browser). */
  function continueUrl(res: { statusCode: number; body: string }): string {
    expect(res.statusCode).toBe(200);
    const href = /<a class="utrecht-link" href="([^"]+)" data-continue/.exec(res.body)?.[1];
    expect(res.body).toContain('http-equiv="refresh"');
    return href!.replace(/&amp;/g, "&");
  }

  async function signIn(agent: Agent, account: string, acr = "midden") {
    return back(agent, await signInAtProvider(await start(agent), { account, acr }));
  }

  it("sends the browser to the provider with code flow, PKCE S256, state, nonce and the levels", async () => {
    const url = new URL(await start(t.agent()));
    expect(url.origin).toBe(provider.issuer);
    const p = url.searchParams;
    expect(p.get("response_type")).toBe("code");
    expect(p.get("client_id")).toBe(CLIENT.clientId);
    expect(p.get("redirect_uri")).toBe(CLIENT.redirectUri);
    expect(p.get("code_challenge_method")).toBe("S256");
    expect(p.get("code_challenge")).toMatch(/^[\w-]{43}$/);
    expect(p.get("state")).toMatch(/^[\w-]{20,}$/);
    expect(p.get("nonce")).toMatch(/^[\w-]{20,}$/);
    expect(p.get("acr_values")).toBe("midden hoog");
    expect(p.get("scope")).toBe("openid profile address");
  });

  it("shows the provider's button on the log-in page", async () => {
    const page = await t.agent().get("/inloggen?terug=%2Fprivacy");
    expect(page.body).toContain("Inloggen met TestID");
    expect(page.body).toContain('href="/inloggen/oidc?provider=standaard&amp;terug=%2Fprivacy"');
  });

  it("makes an account at the first sign-in, keeps only a keyed hash, and finds it again", async () => {
    const before = await counts();
    const agent = t.agent();
    const res = await signIn(agent, "anna");
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe("/account");
    const after = await counts();
    expect(after.users).toBe(before.users + 1);
    expect(after.identities).toBe(before.identities + 1);
    const identity = await db()
      .selectFrom("user_identities")
      .selectAll()
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(identity.issuer).toBe(provider.issuer);
    expect(identity.subject_hash).toBe(subjectHash(t.services.secret, provider.issuer, "anna"));
    expect(JSON.stringify(identity)).not.toContain("anna");
    const user = await db()
      .selectFrom("users")
      .selectAll()
      .where("id", "=", identity.user_id)
      .executeTakeFirstOrThrow();
    expect(user).toMatchObject({
      email: null,
      password_hash: null,
      display_name: "Anna de Vries",
      verified_postcode: "1012 AB",
      verified_birthdate: "1990-04-12",
    });
    expect(user.identity_verified_at).not.toBeNull();
    const account = await agent.get("/account");
    expect(account.statusCode).toBe(200);
    expect(account.body).toContain("Inloggen met TestID: gekoppeld op");
    expect(account.body).toContain("Postcode volgens het inlogmiddel: 1012 AB. Geboortedatum: 12 april 1990.");

    // Again, in another browser: the same account, no new one.
    const again = t.agent();
    const second = await signIn(again, "anna");
    expect(second.statusCode).toBe(303);
    expect(second.headers.location).toBe("/");
    expect((await counts()).users).toBe(after.users);
    expect((await again.get("/account")).body).toContain("Anna de Vries");
  });

  it("returns to the page the person came from", async () => {
    const agent = t.agent();
    const url = await start(agent, "/inloggen/oidc?provider=standaard&terug=%2Fprivacy");
    const res = await back(agent, await signInAtProvider(url, { account: "carla" }));
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe("/account"); // first time: the account page asks for an address
    const again = t.agent();
    const url2 = await start(again, "/inloggen/oidc?provider=standaard&terug=%2Fprivacy");
    const res2 = await back(again, await signInAtProvider(url2, { account: "carla" }));
    expect(res2.headers.location).toBe("/privacy");
  });

  it("links the identity to the account that is signed in (a POST with CSRF token)", async () => {
    const user = await t.newUser();
    const agent = await t.agentFor(user);
    const page = await agent.get("/account");
    expect(page.body).toContain("Koppel Inloggen met TestID");
    const res = await agent.post("/inloggen/oidc/koppelen", { provider: "standaard" });
    const done = await back(agent, await signInAtProvider(continueUrl(res), { account: "daan" }));
    expect(done.headers.location).toBe("/account");
    const links = await db().selectFrom("user_identities").selectAll().where("user_id", "=", user.id).execute();
    expect(links).toHaveLength(1);
    // Signing in with the identity now opens that same account.
    const other = t.agent();
    await signIn(other, "daan");
    expect((await other.get("/account")).body).toContain(user.email!);
  });

  it("refuses to link an identity that belongs to another account, and creates nothing", async () => {
    const user = await t.newUser();
    const agent = await t.agentFor(user);
    await signIn(t.agent(), "eva"); // eva has her own account now
    const before = await counts();
    const res = await agent.post("/inloggen/oidc/koppelen", { provider: "standaard" });
    const done = await back(agent, await signInAtProvider(continueUrl(res), { account: "eva" }));
    expect(done.statusCode).toBe(409);
    expect(done.body).toContain("al aan een ander account gekoppeld");
    const after = await counts();
    expect(after.users).toBe(before.users);
    expect(after.identities).toBe(before.identities);
  });

  it("refuses linking to an outsider and without CSRF token", async () => {
    const anonymous = await t.agent().post("/inloggen/oidc/koppelen", { provider: "standaard" });
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toMatch(/^\/inloggen/);
    const agent = await t.agentFor(await t.newUser());
    const noToken = await agent.post("/inloggen/oidc/koppelen", { provider: "standaard", _csrf: "" });
    expect(noToken.statusCode).toBe(403);
  });

  it("log-out also ends the session at the provider", async () => {
    const agent = t.agent();
    await signIn(agent, "anna");
    const res = await agent.post("/uitloggen");
    const url = new URL(continueUrl(res));
    expect(`${url.origin}${url.pathname}`).toBe(`${provider.issuer}/session/end`);
    expect(url.searchParams.get("client_id")).toBe(CLIENT.clientId);
    expect(url.searchParams.get("post_logout_redirect_uri")).toBe(`${SITE_URL}/`);
    expect((await agent.get("/account")).statusCode).toBe(303);
    // A password log-out stays on the site.
    const plain = await t.agentFor(await t.newUser());
    expect((await plain.post("/uitloggen")).headers.location).toBe("/");
  });

  it("an account made through a provider adds an address without a password", async () => {
    const agent = t.agent();
    await signIn(agent, "gijs");
    const page = await agent.get("/account");
    expect(page.body).toContain("Vul dan hieronder uw e-mailadres in");
    expect(page.body).not.toContain('name="emailPassword"');
    expect(page.body).not.toContain('name="currentPassword"'); // no password to change
    const res = await agent.post("/account/e-mailadres", { newEmail: "gijs@example.org" });
    expect(res.statusCode).toBe(303);
    await t.drainOutbox();
    const link = linkInMail(t, "gijs@example.org", "/account/e-mailadres-bevestigen?token=");
    const confirmed = await agent.post("/account/e-mailadres-bevestigen", { token: tokenOf(link) });
    expect(confirmed.statusCode).toBe(303);
    const user = await db().selectFrom("users").selectAll().where("email", "=", "gijs@example.org").executeTakeFirst();
    expect(user?.email_verified_at).not.toBeNull();
  });

  it("the data download lists linked identities with issuer and dates, not the hash", async () => {
    const agent = t.agent();
    await signIn(agent, "anna");
    const res = await agent.get("/account/gegevens.json");
    const data = JSON.parse(res.body);
    expect(data.account).toMatchObject({
      verificationLevel: "identity",
      verifiedPostcode: "1012 AB",
      verifiedBirthdate: "1990-04-12",
    });
    expect(data.linkedIdentities).toEqual([
      { issuer: provider.issuer, linkedAt: expect.any(String), lastUsedAt: expect.any(String) },
    ]);
    expect(res.body).not.toContain(subjectHash(t.services.secret, provider.issuer, "anna"));
  });

  it("deleting an account made through a provider (the button confirms) deletes its links", async () => {
    const agent = t.agent();
    await signIn(agent, "hanna");
    const hash = subjectHash(t.services.secret, provider.issuer, "hanna");
    const link = await db()
      .selectFrom("user_identities")
      .selectAll()
      .where("subject_hash", "=", hash)
      .executeTakeFirstOrThrow();
    const page = await agent.get("/account/verwijderen");
    expect(page.body).not.toContain('name="password"');
    const res = await agent.post("/account/verwijderen", {});
    expect(res.statusCode).toBe(303);
    expect(await db().selectFrom("user_identities").selectAll().where("user_id", "=", link.user_id).execute()).toEqual(
      [],
    );
    const gone = await db().selectFrom("users").selectAll().where("id", "=", link.user_id).executeTakeFirstOrThrow();
    expect(gone).toMatchObject({ verified_postcode: null, verified_birthdate: null, identity_verified_at: null });
    expect(gone.deleted_at).not.toBeNull();
    // The same person signing in again gets a new account.
    await signIn(t.agent(), "hanna");
    const again = await db()
      .selectFrom("user_identities")
      .selectAll()
      .where("subject_hash", "=", hash)
      .executeTakeFirstOrThrow();
    expect(again.user_id).not.toBe(link.user_id);
  });

  describe("failures: a page that explains, and nothing created", () => {
    async function expectFailure(res: { statusCode: number; body: string }, status: number, text: string) {
      expect(res.statusCode).toBe(status);
      expect(res.body).toContain("Inloggen is niet gelukt");
      expect(res.body).toContain(text);
      expect(res.body).toContain("Er is niets veranderd");
    }

    it("a cancelled log-in", async () => {
      const before = await counts();
      const agent = t.agent();
      const callback = await signInAtProvider(await start(agent), { account: "x", cancel: true });
      expect(callback.searchParams.get("error")).toBe("access_denied");
      await expectFailure(await back(agent, callback), 400, "afgebroken");
      expect(await counts()).toEqual(before);
    });

    it("a wrong state, a replayed callback, and a callback in another browser", async () => {
      const agent = t.agent();
      const callback = await signInAtProvider(await start(agent), { account: "anna" });
      const before = await counts();
      const wrong = new URL(callback);
      wrong.searchParams.set("state", "not-the-state");
      await expectFailure(await back(agent, wrong), 400, "verlopen of al gebruikt");
      // The wrong attempt did not use up the sign-in? It did clear the cookie: start again.
      const fresh = t.agent();
      const ok = await signInAtProvider(await start(fresh), { account: "anna" });
      const stolen = t.agent(); // another browser with the same callback URL: no cookie
      await expectFailure(await back(stolen, ok), 400, "verlopen of al gebruikt");
      expect((await back(fresh, ok)).statusCode).toBe(303);
      const sessions = (await counts()).sessions;
      // Replay in the same browser: the state is used up.
      const replay = await back(fresh, ok);
      await expectFailure(replay, 400, "verlopen of al gebruikt");
      expect((await counts()).sessions).toBe(sessions);
      expect((await counts()).users).toBe(before.users);
    });

    it("an expired or used code", async () => {
      const agent = t.agent();
      const callback = await signInAtProvider(await start(agent), { account: "bram" });
      // Someone (or a slow network) used the code first: the provider refuses it now.
      const login = await db()
        .selectFrom("oidc_logins")
        .selectAll()
        .where("state_hash", "=", hashToken(callback.searchParams.get("state")!))
        .executeTakeFirstOrThrow();
      const used = await fetch(`${provider.issuer}/token`, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          authorization: `Basic ${Buffer.from(`${CLIENT.clientId}:${CLIENT.clientSecret}`).toString("base64")}`,
        },
        body: new URLSearchParams({
          grant_type: "authorization_code",
          code: callback.searchParams.get("code")!,
          redirect_uri: CLIENT.redirectUri,
          code_verifier: login.code_verifier,
        }),
      });
      expect(used.status).toBe(200);
      const before = await counts();
      const page = await back(agent, callback);
      await expectFailure(page, 400, "inlogcode");
      // The page does not repeat the code (in its language link, for instance).
      expect(page.body).not.toContain(callback.searchParams.get("code")!);
      expect(await counts()).toEqual(before);
    });

    it("an assurance level that is too low", async () => {
      const before = await counts();
      const res = await signIn(t.agent(), "bram", "laag");
      await expectFailure(res, 403, "te laag niveau");
      expect(await counts()).toEqual(before);
    });

    it("a provider that does not answer in time, or not at all", async () => {
      await expectFailure(await t.agent().get("/inloggen/oidc?provider=stil"), 502, "antwoordt nu niet");
      await expectFailure(await t.agent().get("/inloggen/oidc?provider=dicht"), 502, "antwoordt nu niet");
    });

    it("a misconfigured provider: wrong issuer, wrong client secret", async () => {
      await expectFailure(await t.agent().get("/inloggen/oidc?provider=fout-issuer"), 502, "instellingen");
      const before = await counts();
      const agent = t.agent();
      const callback = await signInAtProvider(await start(agent, "/inloggen/oidc?provider=fout-geheim"), {
        account: "anna",
      });
      await expectFailure(await back(agent, callback), 502, "instellingen");
      expect(await counts()).toEqual(before);
    });

    it("an unknown provider, and a choice needed when there are several", async () => {
      await expectFailure(await t.agent().get("/inloggen/oidc?provider=bestaat-niet"), 404, "bestaat niet");
      await expectFailure(await t.agent().get("/inloggen/oidc"), 404, "bestaat niet");
    });

    it("logs each failure with its reason, never a code, token or subject", async () => {
      const failures = logLines.filter((l) => l.includes("sign-in through a provider failed"));
      const reasons = new Set(failures.map((l) => JSON.parse(l).reason));
      for (const reason of ["cancelled", "state", "code", "assurance", "unreachable", "misconfigured"])
        expect(reasons, reason).toContain(reason);
      const all = logLines.join("\n");
      expect(all).not.toMatch(/eyJ[\w-]+\.eyJ/); // no JWT
      expect(all).toMatch(/terug\?code=\[redacted\]&state=\[redacted\]/);
      expect(all).not.toMatch(/[?&](code|state)=(?!\[redacted\])/);
      expect(all).not.toContain(CLIENT.clientSecret);
    });
  });
});
