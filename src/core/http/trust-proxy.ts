// Which proxies may tell us the client's address (X-Forwarded-For) and protocol. Never "every
// hop": a client can start X-Forwarded-For itself, so trusting all of it lets each request claim
// a new address and walk past every rate limit. Either a number of hops (our own proxies, counted
// from this server outwards) or the addresses of those proxies.
import net from "node:net";

/** false: no proxy; a number: trust that many hops; a list: trust these addresses and ranges. */
export type TrustProxy = false | number | string[];

// proxy-addr (Fastify's trustProxy) also knows these names for the private ranges.
const NAMED_RANGES = new Set(["loopback", "linklocal", "uniquelocal"]);

export const TRUST_PROXY_EXPECTED =
  'a hop count (1 for one proxy such as nginx) or a list of proxy addresses such as "127.0.0.1,10.0.0.0/8"';

/** The setting, or null when it is not one. "true" is refused on purpose (see the README). */
export function parseTrustProxy(value: string): TrustProxy | null {
  const trimmed = value.trim();
  if (trimmed === "false") return false;
  if (/^\d{1,2}$/.test(trimmed)) return Number(trimmed) === 0 ? false : Number(trimmed);
  const parts = trimmed.split(",").map((p) => p.trim());
  return parts.every(isAddressOrRange) ? parts : null;
}

function isAddressOrRange(part: string): boolean {
  if (NAMED_RANGES.has(part)) return true;
  const [address = "", prefix, ...rest] = part.split("/");
  const family = net.isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/** The setting as Fastify's `trustProxy`. Fastify reads a bare number as "trust nothing", so a hop
 * count becomes proxy-addr's function form: hop 0 is the peer that connected to us, hop 1 the
 * address that peer reported, and so on; the first `hops` of them are our own proxies. */
export function fastifyTrustProxy(setting: TrustProxy): false | string[] | ((address: string, hop: number) => boolean) {
  if (typeof setting === "number") return (_address, hop) => hop < setting;
  return setting;
}
