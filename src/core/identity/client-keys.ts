// private_key_jwt: the site signs its token requests with its own key instead of sending a secret.
// The key pair is made here (RSA 2048, RS256: what every broker accepts), the private half stays
// in the database, the public half is published at /inloggen/oidc/<short name>/jwks.json for the
// broker to fetch.
import crypto from "node:crypto";

export const CLIENT_KEY_ALG = "RS256";

export function newClientKey(): string {
  const { privateKey } = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = privateKey.export({ format: "jwk" });
  return JSON.stringify({ ...jwk, kid: crypto.randomBytes(8).toString("hex"), alg: CLIENT_KEY_ALG, use: "sig" });
}

/** The public half, as it goes into the JWKS document. */
export function publicJwk(privateJwk: JsonWebKey & { kid?: string }): Record<string, string> {
  const { kty, n, e, kid } = privateJwk as Record<string, string>;
  return { kty: kty!, n: n!, e: e!, kid: kid!, alg: CLIENT_KEY_ALG, use: "sig" };
}

export async function signingKey(privateJwk: JsonWebKey & { kid?: string }) {
  const key = await crypto.subtle.importKey("jwk", privateJwk, { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, false, [
    "sign",
  ]);
  return { key, kid: privateJwk.kid };
}
