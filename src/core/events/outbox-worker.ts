// Processes outbox rows after commit: mail and component events. Any number of processes may run
// it: a row is claimed by moving its next_attempt_at forward (a lease) in one statement, with
// FOR UPDATE SKIP LOCKED on PostgreSQL; SQLite has a single writer, so the update is already atomic.
import { sql } from "kysely";
import type { Services } from "../services";
import { forUpdateSkipLocked } from "../db/locks";
import { iso } from "../db/time";
import type { MailMessage } from "../mail/transport";
import { MAX_ATTEMPTS, retryDelaySeconds } from "./backoff";

const LEASE_SECONDS = 120;
const BATCH = 20;

export async function processOutboxOnce(services: Services): Promise<number> {
  const { db } = services;
  const now = services.clock();
  const leaseUntil = iso(new Date(now.getTime() + LEASE_SECONDS * 1000));
  const lock = forUpdateSkipLocked(db.kysely);
  const claimed = await sql<{ id: number; site_id: number | null; kind: string; payload: string; attempts: number }>`
    update outbox set next_attempt_at = ${leaseUntil}
    where id in (select id from outbox where status = 'pending' and next_attempt_at <= ${iso(now)}
                 order by id limit ${BATCH} ${lock})
    returning id, site_id, kind, payload, attempts`.execute(db.kysely);

  for (const row of claimed.rows) {
    try {
      await handle(services, row.kind, JSON.parse(row.payload), { id: row.id, siteId: row.site_id });
      await db.kysely
        .updateTable("outbox")
        .set({ status: "done", done_at: iso(services.clock()), attempts: row.attempts + 1, last_error: null })
        .where("id", "=", row.id)
        .execute();
    } catch (error) {
      const attempts = row.attempts + 1;
      const message = error instanceof Error ? error.message : String(error);
      services.log.warn({ outboxId: row.id, kind: row.kind, attempts, err: message }, "outbox item failed");
      await db.kysely
        .updateTable("outbox")
        .set({
          attempts,
          last_error: message.slice(0, 500),
          status: attempts >= MAX_ATTEMPTS ? "failed" : "pending",
          next_attempt_at: iso(new Date(services.clock().getTime() + retryDelaySeconds(attempts) * 1000)),
        })
        .where("id", "=", row.id)
        .execute();
    }
  }
  return claimed.rows.length;
}

async function handle(services: Services, kind: string, payload: unknown, meta: { id: number; siteId: number | null }) {
  if (kind === "mail") return services.mail.send(payload as MailMessage);
  for (const component of services.components) {
    const handler = component.outboxHandlers?.[kind];
    if (handler) return handler(services, payload, meta);
  }
  throw new Error(`No handler for outbox kind ${kind}`);
}

/** Runs until stopped; wakes at once when kicked, else polls every second. */
export function startOutboxWorker(services: Services): { kick(): void; stop(): Promise<void> } {
  let stopped = false;
  let wake: (() => void) | null = null;
  let running: Promise<void> = Promise.resolve();
  const loop = async () => {
    while (!stopped) {
      try {
        while (!stopped && (await processOutboxOnce(services)) > 0) {
          /* drain */
        }
      } catch (error) {
        services.log.error({ err: error instanceof Error ? error.message : String(error) }, "outbox worker error");
      }
      if (stopped) break;
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, 1000).unref();
      });
      wake = null;
    }
  };
  running = loop();
  return {
    kick: () => wake?.(),
    stop: async () => {
      stopped = true;
      wake?.();
      await running;
    },
  };
}
