// Routes of the core: accounts, admin pages. Each area registers itself here.
import type { FastifyInstance } from "fastify";
import type { CookieNames } from "./http/request-context";
import type { Services } from "./services";

export async function registerCoreRoutes(app: FastifyInstance, services: Services, cookies: CookieNames): Promise<void> {
  void app; void services; void cookies;
}
