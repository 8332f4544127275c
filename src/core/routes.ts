// Routes of the core: accounts and the admin area. Each area registers itself here.
import type { FastifyInstance } from "fastify";
import { registerAccountRoutes } from "./auth/routes/index";
import { registerAdminRoutes } from "./admin/routes";
import type { CookieNames } from "./http/cookies";
import { registerIdentityRoutes } from "./identity/routes";
import { registerLetterVerifyRoutes } from "./identity/letters/routes";
import type { Services } from "./services";

export async function registerCoreRoutes(
  app: FastifyInstance,
  services: Services,
  cookies: CookieNames,
): Promise<void> {
  registerAccountRoutes(app, services, cookies);
  registerIdentityRoutes(app, services);
  registerLetterVerifyRoutes(app, services);
  registerAdminRoutes(app, services);
}
