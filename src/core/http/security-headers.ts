// Headers on every response: a strict CSP without inline script or style, no framing, no sniffing.
import type { FastifyReply, FastifyRequest } from "fastify";

// Map tiles come from the site's tile server (docs/maps.md): only pages that show a map name its
// origins, so every other page keeps images to our own origin.
const tileOrigins = new WeakMap<FastifyReply, readonly string[]>();

export function allowMapTiles(reply: FastifyReply, origins: readonly string[]): void {
  tileOrigins.set(reply, origins);
}

const csp = (imageOrigins: readonly string[]) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    ["img-src 'self' data:", ...imageOrigins].join(" "),
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join("; ");

const CSP = csp([]);

export function setSecurityHeaders(request: FastifyRequest, reply: FastifyReply, https: boolean): void {
  const tiles = tileOrigins.get(reply);
  reply.header("Content-Security-Policy", tiles?.length ? csp(tiles) : CSP);
  reply.header("X-Content-Type-Options", "nosniff");
  reply.header("Referrer-Policy", "strict-origin-when-cross-origin");
  reply.header("X-Frame-Options", "DENY");
  reply.header("Cross-Origin-Opener-Policy", "same-origin");
  reply.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(self)");
  if (https) reply.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  if (request.user && !reply.hasHeader("Cache-Control")) reply.header("Cache-Control", "private, no-store");
}
