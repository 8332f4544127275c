// A real OpenID provider (the `oidc-provider` package, as certified by the OpenID Foundation) on a
// free localhost port, for the sign-in tests. Its log-in page is ours and tiny: a person types an
// account name, picks the assurance level reached, and signs in or cancels. Accounts are named
// in `accounts` with the claims a municipality's broker would send.
import crypto from "node:crypto";
import http from "node:http";
import Provider from "oidc-provider";

export interface TestAccount {
  name?: string;
  birthdate?: string;
  postcode?: string;
}

export interface TestClient {
  clientId: string;
  /** Empty with `jwks`: the client then authenticates with private_key_jwt. */
  clientSecret: string;
  jwks?: { keys: Record<string, string>[] };
  redirectUri: string;
  postLogoutRedirectUri: string;
}

export interface TestProvider {
  issuer: string;
  /** Sets the provider's code lifetime etc. only through its config; this is what tests read. */
  accounts: Record<string, TestAccount>;
  close(): Promise<void>;
}

export const TEST_ACR_VALUES = ["laag", "midden", "hoog"];

export async function startTestProvider(clients: TestClient[], accounts: Record<string, TestAccount> = {}) {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const issuer = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const { privateKey } = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 });
  const provider = new Provider(issuer, {
    clients: clients.map((c) => ({
      client_id: c.clientId,
      redirect_uris: [c.redirectUri],
      post_logout_redirect_uris: [c.postLogoutRedirectUri],
      ...(c.jwks
        ? { jwks: c.jwks, token_endpoint_auth_method: "private_key_jwt", token_endpoint_auth_signing_alg: "RS256" }
        : { client_secret: c.clientSecret, token_endpoint_auth_method: "client_secret_basic" }),
    })),
    jwks: { keys: [{ ...privateKey.export({ format: "jwk" }), kid: "test-key", use: "sig", alg: "RS256" }] },
    pkce: { required: () => true, methods: ["S256"] },
    acrValues: TEST_ACR_VALUES,
    scopes: ["openid", "profile", "address"],
    claims: { openid: ["sub"], profile: ["name", "birthdate"], address: ["address"] },
    cookies: { keys: [crypto.randomBytes(16).toString("hex")] },
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx, id) {
      const account = accounts[id] ?? {};
      return {
        accountId: id,
        async claims() {
          return {
            sub: id,
            ...(account.name ? { name: account.name } : {}),
            ...(account.birthdate ? { birthdate: account.birthdate } : {}),
            ...(account.postcode ? { address: { postal_code: account.postcode } } : {}),
          };
        },
      };
    },
  });
  // Quiet: the provider reports every refused request (our failure tests make many) on "error".
  provider.on("server_error", () => {});
  const callback = provider.callback();
  server.on("request", (req, res) => {
    const match = /^\/interaction\/([\w-]+)$/.exec(req.url ?? "");
    if (!match) return callback(req, res);
    handleInteraction(provider, req, res).catch((error) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  return {
    issuer,
    accounts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  } satisfies TestProvider;
}

async function handleInteraction(provider: Provider, req: http.IncomingMessage, res: http.ServerResponse) {
  const details = await provider.interactionDetails(req, res);
  if (req.method === "GET") {
    res.setHeader("content-type", "text/html; charset=utf-8");
    const acr = details.params.acr_values ? String(details.params.acr_values).split(" ")[0] : "midden";
    const options = TEST_ACR_VALUES.map((v) => `<option${v === acr ? " selected" : ""}>${v}</option>`).join("");
    res.end(`<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Testprovider</title></head><body><main>
<h1>Testprovider</h1>
<form method="post" action="/interaction/${details.uid}">
<label for="login">Account</label><input id="login" name="login" required>
<label for="acr">Niveau</label><select id="acr" name="acr">${options}</select>
<button type="submit" name="action" value="login">Inloggen</button>
<button type="submit" name="action" value="cancel" formnovalidate>Annuleren</button>
</form></main></body></html>`);
    return;
  }
  const form = new URLSearchParams(await readBody(req));
  if (form.get("action") === "cancel") {
    await provider.interactionFinished(req, res, {
      error: "access_denied",
      error_description: "End-User aborted interaction",
    });
    return;
  }
  const accountId = form.get("login") ?? "";
  const clientId = String(details.params.client_id);
  const grant = new provider.Grant({ accountId, clientId });
  grant.addOIDCScope(String(details.params.scope));
  const grantId = await grant.save();
  await provider.interactionFinished(
    req,
    res,
    { login: { accountId, acr: form.get("acr") ?? "midden" }, consent: { grantId } },
    { mergeWithLastSubmission: false },
  );
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/**
 * What a browser does at the provider, for route tests: follows the redirects from the
 * authorization URL to the log-in page, fills it in, and returns the URL the provider sends the
 * browser back to (our callback with code and state, or with an error).
 */
export async function signInAtProvider(
  authorizationUrl: string,
  login: { account: string; acr?: string; cancel?: boolean },
): Promise<URL> {
  const jar = new Map<string, string>();
  const send = async (url: string, init: RequestInit = {}) => {
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
    const res = await fetch(url, { ...init, redirect: "manual", headers: { ...(init.headers ?? {}), cookie } });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair!.indexOf("=");
      jar.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
    return res;
  };
  const origin = new URL(authorizationUrl).origin;
  let res = await send(authorizationUrl);
  const interaction = new URL(res.headers.get("location") ?? "", origin).href;
  if (!interaction.includes("/interaction/")) throw new Error(`provider did not ask to log in: ${res.status}`);
  await send(interaction);
  const body = new URLSearchParams({
    login: login.account,
    acr: login.acr ?? "midden",
    action: login.cancel ? "cancel" : "login",
  });
  res = await send(interaction, {
    method: "POST",
    body: body.toString(),
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });
  // Resume at /auth/:uid, which redirects to the client.
  for (let i = 0; i < 5; i++) {
    const next = new URL(res.headers.get("location") ?? "", origin);
    if (next.origin !== origin) return next;
    res = await send(next.href);
  }
  throw new Error("provider did not send the browser back");
}
