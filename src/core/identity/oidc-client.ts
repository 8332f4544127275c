// The relying party, on top of `openid-client` (no hand-written JWT code): discovery, the
// authorization URL with PKCE S256, state and nonce, and the code exchange, which validates the
// ID token (issuer, audience, expiry, nonce, and its signature against the provider's published
// keys: enableNonRepudiationChecks). Failures become a SignInError with a reason.
import type * as Client from "openid-client";
import { loadOnFirstUse } from "../load-on-first-use";
import { signingKey } from "./client-keys";
import type { IdentityProvider } from "./providers";
import { SignInError } from "./sign-in-error";

const DISCOVERY_KEEP_MS = 10 * 60_000;
const discovered = new Map<string, { config: Client.Configuration; at: number }>();

/** openid-client, loaded when a site first signs someone in through a provider. */
export const openidClient = loadOnFirstUse(() => import("openid-client"));

/** Plain http only for a provider on this machine (development and tests), never elsewhere. */
export const isLoopbackUrl = (url: string): boolean => {
  const { protocol, hostname } = new URL(url);
  return protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(hostname);
};

export async function providerConfiguration(
  provider: IdentityProvider,
  timeoutSeconds: number,
  now = Date.now(),
): Promise<Client.Configuration> {
  const key = `${provider.issuer}|${provider.clientId}|${provider.version}`;
  const kept = discovered.get(key);
  if (kept && now - kept.at < DISCOVERY_KEEP_MS) return kept.config;
  const client = await openidClient();
  const execute = [client.enableNonRepudiationChecks];
  if (isLoopbackUrl(provider.issuer)) execute.push(client.allowInsecureRequests);
  try {
    const auth =
      provider.clientAuth === "private_key_jwt" && provider.privateJwk
        ? client.PrivateKeyJwt(await signingKey(provider.privateJwk))
        : client.ClientSecretBasic(provider.clientSecret);
    const config = await client.discovery(
      new URL(provider.issuer),
      provider.clientId,
      { id_token_signed_response_alg: "RS256" },
      auth,
      { timeout: timeoutSeconds, execute },
    );
    discovered.set(key, { config, at: now });
    return config;
  } catch (error) {
    throw classify(client, error, "discovery");
  }
}

export interface AuthorizationRequest {
  redirectUri: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

export async function authorizationUrl(
  config: Client.Configuration,
  provider: IdentityProvider,
  request: AuthorizationRequest,
): Promise<URL> {
  const client = await openidClient();
  const parameters: Record<string, string> = {
    redirect_uri: request.redirectUri,
    response_type: "code",
    scope: provider.scopes,
    state: request.state,
    nonce: request.nonce,
    code_challenge: await client.calculatePKCECodeChallenge(request.codeVerifier),
    code_challenge_method: "S256",
  };
  if (provider.acrValues.length) parameters.acr_values = provider.acrValues.join(" ");
  return client.buildAuthorizationUrl(config, parameters);
}

export interface CompletedSignIn {
  issuer: string;
  subject: string;
  acr: unknown;
  claims: Record<string, unknown>;
}

export async function completeSignIn(
  config: Client.Configuration,
  callbackUrl: URL,
  checks: { state: string; nonce: string; codeVerifier: string },
): Promise<CompletedSignIn> {
  const client = await openidClient();
  try {
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      pkceCodeVerifier: checks.codeVerifier,
      idTokenExpected: true,
    });
    const idToken = tokens.claims();
    if (!idToken) throw new SignInError("invalid", "no ID token");
    let claims: Record<string, unknown> = { ...idToken };
    // Brokers often put the profile claims in the UserInfo response only.
    if (tokens.access_token && config.serverMetadata().userinfo_endpoint) {
      const info = await client.fetchUserInfo(config, tokens.access_token, idToken.sub);
      claims = { ...info, ...idToken };
    }
    return { issuer: idToken.iss, subject: idToken.sub, acr: idToken.acr, claims };
  } catch (error) {
    throw classify(client, error, "code exchange");
  }
}

/** Where to send the browser to end the session at the provider, when it offers that. */
export async function endSessionUrl(config: Client.Configuration, postLogoutRedirectUri: string): Promise<URL | null> {
  if (!config.serverMetadata().end_session_endpoint) return null;
  return (await openidClient()).buildEndSessionUrl(config, {
    client_id: config.clientMetadata().client_id,
    post_logout_redirect_uri: postLogoutRedirectUri,
  });
}

function classify(client: typeof Client, error: unknown, step: string): SignInError {
  if (error instanceof SignInError) return error;
  if (error instanceof client.ResponseBodyError) {
    if (error.error === "invalid_grant") return new SignInError("code", `${step}: invalid_grant`);
    if (["invalid_client", "unauthorized_client"].includes(error.error))
      return new SignInError("misconfigured", `${step}: ${error.error}`);
    return new SignInError("providerError", `${step}: ${error.error}`);
  }
  if (error instanceof client.AuthorizationResponseError) {
    return error.error === "access_denied"
      ? new SignInError("cancelled", step)
      : new SignInError("providerError", `${step}: ${error.error}`);
  }
  // The token endpoint answering 401 with a challenge: the client id or secret is wrong.
  if (error instanceof client.WWWAuthenticateChallengeError)
    return new SignInError("misconfigured", `${step}: client authentication refused`);
  const name = (error as Error)?.name ?? "";
  const code = String((error as { code?: unknown })?.code ?? "");
  const message = (error as Error)?.message ?? String(error);
  const network = name === "TypeError" && /fetch failed/.test(message);
  if (code === "OAUTH_TIMEOUT" || name === "TimeoutError" || name === "AbortError" || network)
    return new SignInError("unreachable", `${step}: ${name}`);
  if (step === "discovery") return new SignInError("misconfigured", `${step}: ${code || name}: ${message}`);
  return new SignInError("invalid", `${step}: ${code || name}: ${message}`);
}
