// Account routes: registration, verification, log-in and out, password reset, own account.
import type { FastifyInstance } from "fastify";
import type { CookieNames } from "../../http/cookies";
import type { Services } from "../../services";
import { registerAccountDataRoutes } from "./account-data";
import { registerAccountPageRoutes } from "./account";
import { registerDeleteAccountRoutes } from "./delete-account";
import { registerDemoMailboxRoutes } from "./demo-mailbox";
import { registerEmailChangeRoutes } from "./email-change";
import { registerLoginRoutes } from "./login";
import { registerPasswordResetRoutes } from "./password-reset";
import { registerRegistrationRoutes } from "./register";
import { registerVerifyRoutes } from "./verify";

export function registerAccountRoutes(app: FastifyInstance, services: Services, cookies: CookieNames): void {
  registerRegistrationRoutes(app, services);
  registerVerifyRoutes(app, services);
  registerLoginRoutes(app, services, cookies);
  registerPasswordResetRoutes(app, services, cookies);
  registerAccountPageRoutes(app, services, cookies);
  registerEmailChangeRoutes(app, services);
  registerAccountDataRoutes(app, services);
  registerDeleteAccountRoutes(app, services, cookies);
  registerDemoMailboxRoutes(app, services);
}
