// The admin area (/admin): users and roles, the site, areas, sign-in, letter codes, outbox and audit log.
// Every route checks the role on the server and reads or writes only rows of the request's own site.
import type { FastifyInstance } from "fastify";
import type { Services } from "../services";
import { registerAreaRoutes } from "./areas/routes";
import { registerAuditRoutes } from "./audit/routes";
import { registerDashboard } from "./dashboard";
import { registerIdentityProviderRoutes } from "./identity-providers/routes";
import { registerLetterRoutes } from "./letters/routes";
import { registerOutboxRoutes } from "./outbox/routes";
import { registerPlaceSettingsRoutes } from "./places/routes";
import { registerHostRoutes } from "./site/hosts-routes";
import { registerSiteRoutes } from "./site/routes";
import { registerUserRoutes } from "./users/routes";

export function registerAdminRoutes(app: FastifyInstance, services: Services): void {
  registerDashboard(app, services);
  registerUserRoutes(app, services);
  registerSiteRoutes(app, services);
  registerHostRoutes(app, services);
  registerAreaRoutes(app, services);
  registerPlaceSettingsRoutes(app, services);
  registerIdentityProviderRoutes(app, services);
  registerLetterRoutes(app, services);
  registerOutboxRoutes(app, services);
  registerAuditRoutes(app, services);
}
