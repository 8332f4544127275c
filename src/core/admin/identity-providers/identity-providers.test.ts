// /admin/inloggen: admins configure identity providers; the secret is stored and never shown again;
// a provider added here works for sign-in at once (against a real oidc-provider).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { signInAtProvider, startTestProvider, type TestProvider } from "../../../../test/support/oidc-provider";
import { createOtherSite, expectAdminOnly, type OtherSite } from "../test/fixtures";

const SECRET = "the-brokers-secret-for-this-site-123";

describe.each(testDatabases)("admin identity providers on $name", (database) => {
  let t: TestApp;
  let other: OtherSite;
  let provider: TestProvider;
  beforeAll(async () => {
    provider = await startTestProvider(
      [
        {
          clientId: "gemeente",
          clientSecret: SECRET,
          redirectUri: "http://localhost:3000/inloggen/oidc/terug",
          postLogoutRedirectUri: "http://localhost:3000/",
        },
      ],
      { fenna: { name: "Fenna", postcode: "1011 AA" } },
    );
    t = await createTestApp(database);
    other = await createOtherSite(t);
  });
  afterAll(async () => {
    await t?.close();
    await provider?.close();
  });

  const rows = () => t.services.db.kysely.selectFrom("identity_providers").selectAll().orderBy("id").execute();
  const admin = () => t.agentFor(t.users.admin);
  const valid = () => ({
    label: "Inloggen met DigiD",
    slug: "digid",
    issuer: `${provider.issuer}/`,
    clientId: "gemeente",
    clientSecret: SECRET,
    clientAuth: "client_secret_basic",
    scopes: "openid  profile address",
    acrValues: "midden hoog",
    claimPostcode: "address.postal_code",
    claimBirthdate: "birthdate",
    claimDisplayName: "name",
  });

  it("is for admins only, with a CSRF token", async () => {
    await expectAdminOnly(t, "GET", "/admin/inloggen");
    await expectAdminOnly(t, "POST", "/admin/inloggen", valid());
    expect(await rows()).toEqual([]);
  });

  it("refuses bad input with a message per field and stores nothing", async () => {
    const agent = await admin();
    const cases: [Record<string, string>, string][] = [
      [{ issuer: "http://broker.example" }, "Vul een adres in dat met https:// begint."],
      [{ issuer: "geen adres" }, "Vul een adres in dat met https:// begint."],
      [{ scopes: "profile" }, "met openid erbij"],
      [{ clientSecret: "" }, "Vul het client secret in."],
      [{ slug: "DigiD!" }, "alleen kleine letters"],
      [{ slug: "standaard" }, "omgevingsvariabelen"],
      [{ claimPostcode: "address postal" }, "zoals address.postal_code"],
      [{ clientAuth: "tls_client_auth" }, "Kies een manier van aanmelden."],
      [{ label: "" }, "Vul de tekst op de knop in"],
    ];
    for (const [change, message] of cases) {
      const res = await agent.post("/admin/inloggen", { ...valid(), ...change });
      expect(res.statusCode, JSON.stringify(change)).toBe(400);
      expect(res.body).toContain(message);
      expect(res.body).not.toContain(SECRET);
    }
    expect(await rows()).toEqual([]);
  });

  it("adds a provider, tidies it, never shows the secret again, and audits without it", async () => {
    const agent = await admin();
    const res = await agent.post("/admin/inloggen", valid());
    expect(res.statusCode).toBe(303);
    const [row] = await rows();
    expect(row).toMatchObject({
      site_id: t.site.id,
      slug: "digid",
      issuer: provider.issuer,
      client_secret: SECRET,
      scopes: "openid profile address",
      acr_values: "midden hoog",
    });
    const list = await agent.get("/admin/inloggen");
    expect(list.body).toContain("Inloggen met DigiD");
    expect(list.body).toContain("http://localhost:3000/inloggen/oidc/terug");
    const edit = await agent.get(`/admin/inloggen/${row!.id}`);
    expect(edit.statusCode).toBe(200);
    expect(edit.body).toContain('value="gemeente"');
    for (const page of [list.body, edit.body]) expect(page).not.toContain(SECRET);
    const audit = await t.services.db.kysely.selectFrom("audit_log").selectAll().execute();
    expect(JSON.stringify(audit)).not.toContain(SECRET);
    expect(audit.some((a) => a.action === "identityProvider.added")).toBe(true);
    expect((await agent.post("/admin/inloggen", valid())).statusCode).toBe(409);
  });

  it("keeps the saved secret when the field stays empty, and replaces it when filled", async () => {
    const agent = await admin();
    const [row] = await rows();
    await agent.post(`/admin/inloggen/${row!.id}`, { ...valid(), clientSecret: "", acrValues: "" });
    expect((await rows())[0]).toMatchObject({ client_secret: SECRET, acr_values: "" });
    await agent.post(`/admin/inloggen/${row!.id}`, { ...valid(), clientSecret: "new-secret" });
    expect((await rows())[0]!.client_secret).toBe("new-secret");
    await agent.post(`/admin/inloggen/${row!.id}`, { ...valid(), clientSecret: SECRET });
  });

  it("a provider added here is a button on the log-in page and signs people in", async () => {
    const login = await t.agent().get("/inloggen");
    expect(login.body).toContain("Inloggen met DigiD");
    const person = t.agent();
    const start = await person.get("/inloggen/oidc?provider=digid");
    const callback = await signInAtProvider(String(start.headers.location), { account: "fenna", acr: "hoog" });
    const done = await person.get(`${callback.pathname}${callback.search}`);
    expect(done.statusCode).toBe(303);
    const user = await t.services.db.kysely
      .selectFrom("users")
      .selectAll()
      .where("display_name", "=", "Fenna")
      .executeTakeFirstOrThrow();
    expect(user.verified_postcode).toBe("1011 AA");
  });

  it("private_key_jwt: the site makes a key pair, publishes its public half, and signs in with it", async () => {
    const agent = await admin();
    const res = await agent.post("/admin/inloggen", {
      ...valid(),
      slug: "sleutel",
      label: "Inloggen met sleutel",
      clientAuth: "private_key_jwt",
      clientSecret: "",
    });
    expect(res.statusCode).toBe(303);
    const row = (await rows()).find((r) => r.slug === "sleutel")!;
    expect(row.client_secret).toBe("");
    const jwks = await t.agent().get("/inloggen/oidc/sleutel/jwks.json");
    expect(jwks.statusCode).toBe(200);
    const published = JSON.parse(jwks.body) as { keys: Record<string, string>[] };
    expect(published.keys).toHaveLength(1);
    expect(published.keys[0]).toMatchObject({ kty: "RSA", alg: "RS256", use: "sig" });
    expect(published.keys[0]!.d).toBeUndefined(); // never the private half
    expect(jwks.body).not.toContain(JSON.parse(row.private_jwk!).d);
    const edit = await agent.get(`/admin/inloggen/${row.id}`);
    expect(edit.body).toContain("http://localhost:3000/inloggen/oidc/sleutel/jwks.json");
    expect(edit.body).not.toContain(JSON.parse(row.private_jwk!).d);
    expect((await t.agent().get("/inloggen/oidc/digid/jwks.json")).statusCode).toBe(404);

    // A broker that knows only this public key (no secret) accepts the site's signed requests.
    const broker = await startTestProvider(
      [
        {
          clientId: "gemeente",
          clientSecret: "",
          jwks: published,
          redirectUri: "http://localhost:3000/inloggen/oidc/terug",
          postLogoutRedirectUri: "http://localhost:3000/",
        },
      ],
      { sleutelhouder: { name: "Sleutelhouder" } },
    );
    try {
      const moved = await agent.post(`/admin/inloggen/${row.id}`, {
        ...valid(),
        slug: "sleutel",
        label: "Inloggen met sleutel",
        clientAuth: "private_key_jwt",
        clientSecret: "",
        issuer: broker.issuer,
      });
      expect(moved.statusCode).toBe(303);
      expect((await rows()).find((r) => r.slug === "sleutel")!.private_jwk).toBe(row.private_jwk); // key kept
      const person = t.agent();
      const start = await person.get("/inloggen/oidc?provider=sleutel");
      const callback = await signInAtProvider(String(start.headers.location), { account: "sleutelhouder" });
      const done = await person.get(`${callback.pathname}${callback.search}`);
      expect(done.statusCode).toBe(303);
      expect(done.headers.location).toBe("/account");
    } finally {
      await broker.close();
    }
    await agent.post(`/admin/inloggen/${row.id}/verwijderen`);
  });

  it("does not reach another site's providers, and deletes its own", async () => {
    const [row] = await rows();
    const agent = await admin();
    const foreign = other.agent;
    expect((await foreign.get(`/admin/inloggen/${row!.id}`)).statusCode).toBe(404);
    expect((await foreign.post(`/admin/inloggen/${row!.id}/verwijderen`)).statusCode).toBe(404);
    expect(await rows()).toHaveLength(1);
    const res = await agent.post(`/admin/inloggen/${row!.id}/verwijderen`);
    expect(res.statusCode).toBe(303);
    expect(await rows()).toEqual([]);
  });
});
