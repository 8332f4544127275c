// The address service as JSON for the map script (docs/maps.md): suggestions while typing, the
// point of a chosen suggestion, and the nearest address of a clicked point. The browser only
// talks to us (CSP connect-src 'self'); we ask the site's Locatieserver. Limited per client
// address, as each call costs the service a request. Off or unavailable: an empty answer, and the
// form falls back to typed text.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { HttpError, RateLimitedError } from "../http/errors";
import type { Services } from "../services";
import { addressService } from "./address-service";
import { parsePoint, sixDecimals } from "./point";
import { placeSettings } from "./settings";

export const ADDRESS_LIMIT = { limit: 120, windowSeconds: 5 * 60 };

const suggestQuery = z.object({ q: z.string().trim().min(1).max(200) });
const lookupQuery = z.object({ id: z.string().trim().min(1).max(100) });
const reverseQuery = z.object({ lat: z.string().max(30), lng: z.string().max(30) });

export function registerAddressRoutes(app: FastifyInstance, services: Services): void {
  async function serviceFor(request: FastifyRequest) {
    const hit = await services.rateLimiter.hit(
      `places:address:${request.ip}`,
      ADDRESS_LIMIT.limit,
      ADDRESS_LIMIT.windowSeconds,
      services.clock(),
    );
    if (!hit.allowed) throw new RateLimitedError(hit.retryAfterSeconds);
    const settings = await placeSettings(services.db.kysely, services.config, request.site.id);
    return addressService(settings.addressUrl, settings.addressTimeoutMs);
  }
  const parse = <T>(schema: z.ZodType<T>, request: FastifyRequest): T => {
    const parsed = schema.safeParse(request.query ?? {});
    if (!parsed.success) throw new HttpError(400, "errors.badRequest");
    return parsed.data;
  };

  app.get("/adres/suggesties", async (request, reply) => {
    const { q } = parse(suggestQuery, request);
    const found = await (await serviceFor(request)).suggest(q);
    const suggestions = found.ok ? found.value.map((s) => ({ id: s.id, label: s.label })) : [];
    const announce = request.pageContext().t("places.address.count", { count: suggestions.length });
    return reply
      .header("Cache-Control", "no-store")
      .send({ suggestions, announce, service: found.ok ? "ok" : found.reason });
  });

  app.get("/adres/plek", async (request, reply) => {
    const { id } = parse(lookupQuery, request);
    const found = await (await serviceFor(request)).lookup(id);
    const place = found.ok ? found.value : null;
    return reply
      .header("Cache-Control", "no-store")
      .send(place ? { label: place.label, lat: place.point.lat, lng: place.point.lng } : null);
  });

  app.get("/adres/omgekeerd", async (request, reply) => {
    const q = parse(reverseQuery, request);
    const point = parsePoint(q.lat, q.lng);
    if (!point) throw new HttpError(400, "errors.badRequest");
    const found = await (await serviceFor(request)).reverse(point);
    const place = found.ok ? found.value : null;
    return reply
      .header("Cache-Control", "no-store")
      .send(place ? { label: place.label, lat: sixDecimals(point.lat), lng: sixDecimals(point.lng) } : {});
  });
}
