// build(config) → a ready Fastify instance with everything wired. Tests call this and use inject;
// main.ts calls it and listens.
import Fastify, { type FastifyInstance } from "fastify";
import cookie from "@fastify/cookie";
import formbody from "@fastify/formbody";
import multipart from "@fastify/multipart";
import type pino from "pino";
import { createRequire } from "node:module";
import type { Redis as RedisClient } from "ioredis";
import type { Config } from "./config";
import { components as registeredComponents } from "./components";
import type { ComponentManifest } from "./core/components";
import { isSingleProcess, openDatabase, type Db } from "./core/db/database";
import { migrateToLatest, readSecret } from "./core/db/migrate";
import { startOutboxWorker } from "./core/events/outbox-worker";
import { startScheduler } from "./core/events/scheduler";
import { lazyAssets, registerAssets } from "./core/http/assets";
import { registerErrorHandling } from "./core/http/error-handler";
import { loggerOptions } from "./core/http/logging";
import { databaseRateLimiter, memoryRateLimiter, redisRateLimiter } from "./core/http/rate-limit";
import { clearFlashCookie, cookieNames, FLASH_COOKIE } from "./core/http/cookies";
import { flushCsrfCookie, registerRequestContext } from "./core/http/request-context";
import { registerTextGuard } from "./core/http/text-guard";
import { registerPageCache } from "./core/http/page-cache";
import { setSecurityHeaders } from "./core/http/security-headers";
import { fastifyTrustProxy } from "./core/http/trust-proxy";
import { demoMailboxTransport } from "./core/mail/demo-mailbox";
import { createMailTransport, type MailTransport } from "./core/mail/transport";
import { registerHome } from "./core/pages/home";
import { registerOpenDataPage } from "./core/pages/open-data";
import { registerAddressRoutes } from "./core/places/address-routes";
import { registerMapPage } from "./core/places/map-page";
import { registerSiteTexts } from "./core/pages/site-texts";
import { registerSystemRoutes } from "./core/pages/system";
import type { Services } from "./core/services";
import { registerCoreRoutes } from "./core/routes";

export interface BuildOptions {
  /** An already-open database (tests); otherwise DATABASE_URL is opened. */
  db?: Db;
  clock?: () => Date;
  components?: ComponentManifest[];
  mail?: MailTransport;
  /** Run the outbox worker and scheduled jobs in this process (default: config.runWorkers). */
  workers?: boolean;
  migrate?: boolean;
  /** This process will serve HTTP: build CSS and script now rather than at the first request. */
  serve?: boolean;
  /** The demo (`serve --demo`): without SMTP_URL each account reads its own mail at /account/post. */
  demo?: boolean;
  /** Where JSON log lines go (default stdout); tests read them. */
  logStream?: NodeJS.WritableStream;
}

export interface Built {
  app: FastifyInstance;
  services: Services;
  /** Stops workers, closes the server and the database. */
  close(): Promise<void>;
}

/** Redis is loaded only when REDIS_URL is set, so a small installation does not carry it. */
function openRedis(url: string): RedisClient {
  const { Redis } = createRequire(import.meta.url)("ioredis") as typeof import("ioredis");
  return new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2 });
}

export async function build(config: Config, options: BuildOptions = {}): Promise<Built> {
  const app = Fastify({
    ...loggerOptions(config, options.logStream),
    bodyLimit: 256 * 1024,
    trustProxy: fastifyTrustProxy(config.trustProxy),
    routerOptions: { ignoreTrailingSlash: false },
  });
  const log = app.log as unknown as pino.Logger;
  const db = options.db ?? openDatabase(config.databaseUrl, { poolSize: config.databasePoolSize });
  const components = options.components ?? registeredComponents;
  if (options.migrate !== false) await migrateToLatest(db, components);
  const redis = config.redisUrl ? openRedis(config.redisUrl) : null;
  let kick = () => {};
  const clock = options.clock ?? (() => new Date());
  const services: Services = {
    config,
    db,
    log,
    secret: await readSecret(db),
    clock,
    mail:
      options.mail ??
      (options.demo && !config.smtpUrl
        ? demoMailboxTransport(db.kysely, log, clock)
        : createMailTransport(config.smtpUrl, config.mailFrom, log)),
    rateLimiter: redis ? redisRateLimiter(redis) : isSingleProcess(db) ? memoryRateLimiter() : databaseRateLimiter(db),
    components,
    kickOutbox: () => kick(),
  };
  const https = (config.publicUrl ?? "").startsWith("https://");
  const cookies = cookieNames(https);
  const assets = lazyAssets();
  if (options.serve) await assets.load();

  await app.register(cookie);
  app.decorate("cookieNames", cookies);
  await app.register(formbody, { bodyLimit: 256 * 1024 });
  // Photo uploads; each route reads the parts itself with its own limits (core/http/multipart-form.ts).
  await app.register(multipart, { throwFileSizeLimit: false });
  registerErrorHandling(app);
  registerAssets(app, assets);
  registerRequestContext(app, services, assets, cookies);
  registerTextGuard(app);
  app.addHook("onSend", async (request, reply, payload) => {
    setSecurityHeaders(request, reply, https);
    flushCsrfCookie(request, reply, cookies);
    if (
      request.cookies[FLASH_COOKIE] &&
      reply.statusCode === 200 &&
      String(reply.getHeader("content-type")).startsWith("text/html")
    ) {
      clearFlashCookie(reply);
    }
    return payload;
  });

  registerPageCache(app, config.pageCache);
  registerSystemRoutes(app, services);
  registerHome(app, services);
  registerSiteTexts(app);
  registerOpenDataPage(app, services);
  registerMapPage(app, services);
  registerAddressRoutes(app, services);
  await registerCoreRoutes(app, services, cookies);
  for (const component of components) await component.routes?.(app, services);

  const runWorkers = options.workers ?? config.runWorkers;
  const worker = runWorkers ? startOutboxWorker(services) : null;
  const scheduler = runWorkers ? startScheduler(services) : null;
  if (worker) kick = worker.kick;

  await app.ready();
  return {
    app,
    services,
    async close() {
      scheduler?.stop();
      await worker?.stop();
      await app.close();
      services.mail.close();
      redis?.disconnect();
      if (!options.db) await db.close();
    },
  };
}
