// What every route, command and job gets: one object built once per process in app.ts.
import type { Logger } from "pino";
import type { Config } from "../config";
import type { ComponentManifest } from "./components";
import type { Db } from "./db/database";
import type { RateLimiter } from "./http/rate-limit";
import type { MailTransport } from "./mail/transport";

export interface Services {
  config: Config;
  db: Db;
  log: Logger;
  /** Installation secret from the database (CSRF tokens, unsubscribe links). */
  secret: string;
  /** The current time; tests replace it to move through deadlines. */
  clock: () => Date;
  mail: MailTransport;
  rateLimiter: RateLimiter;
  components: ComponentManifest[];
  /** Wakes the outbox worker after a commit that wrote outbox rows. */
  kickOutbox(): void;
}
