// Account routes: registration, verification, log-in and out, password reset, own account.
import type { FastifyInstance } from "fastify";
import type { CookieNames } from "../../http/request-context";
import type { Services } from "../../services";

export function registerAccountRoutes(app: FastifyInstance, services: Services, cookies: CookieNames): void {
  void app; void services; void cookies;
}
