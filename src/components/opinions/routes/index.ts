// All routes of the opinions component: public pages, taking part, and the admin pages.
import type { FastifyInstance } from "fastify";
import type { Services } from "../../../core/services";
import { registerAdminConversationRoutes } from "./admin-conversations";
import { registerImportRoutes } from "./admin-import";
import { registerModerationRoutes } from "./admin-moderation";
import { registerParticipationRoutes } from "./participate";
import { registerPublicRoutes } from "./public";
import type { OpinionLimits } from "./rate-limits";

export function registerOpinionRoutes(app: FastifyInstance, services: Services, limits: OpinionLimits): void {
  registerPublicRoutes(app, services);
  registerParticipationRoutes(app, services, limits);
  // The import page's fixed path is registered before "/admin/gesprekken/:id"; Fastify prefers
  // static segments anyway, this keeps the intent visible.
  registerImportRoutes(app, services);
  registerAdminConversationRoutes(app, services);
  registerModerationRoutes(app, services);
}
