// The admin area (/admin): users and roles, the site, areas, outbox, audit log.
import type { FastifyInstance } from "fastify";
import type { Services } from "../services";

export function registerAdminRoutes(app: FastifyInstance, services: Services): void {
  void app; void services;
}
