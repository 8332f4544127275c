// Processes outbox rows after commit: mail and component events. Any number of processes may run
// it: a row is claimed by moving its next_attempt_at forward (a lease) in one statement, with
// FOR UPDATE SKIP LOCKED on PostgreSQL; SQLite has a single writer, so the update is already atomic.
import { sql } from "kysely";
import type { Services } from "../services";
import { forUpdateSkipLocked } from "../db/locks";
import { iso } from "../db/time";
import { maskUrl } from "../http/logging";
import { armToken } from "../auth/account-tokens";
import { isQueuedMail, withSecretLink } from "../mail/secret-link";
import type { MailEnvelope } from "../mail/transport";
import { MAX_ATTEMPTS, retryDelaySeconds } from "./backoff";

const LEASE_SECONDS = 120;
const BATCH = 20;

export async function processOutboxOnce(services: Services): Promise<number> {
  const { db } = services;
  const now = services.clock();
  const leaseUntil = iso(new Date(now.getTime() + LEASE_SECONDS * 1000));
  const lock = forUpdateSkipLocked(db.kysely);
  const claimed = await sql<ClaimedRow>`
    update outbox set next_attempt_at = ${leaseUntil}
    where id in (select id from outbox where status = 'pending' and next_attempt_at <= ${iso(now)}
                 order by id limit ${BATCH} ${lock})
    returning id, site_id, user_id, kind, payload, attempts`.execute(db.kysely);

  for (const row of claimed.rows) {
    try {
      const note = await handle(services, row);
      await db.kysely
        .updateTable("outbox")
        .set({ status: "done", done_at: iso(services.clock()), attempts: row.attempts + 1, last_error: note })
        .where("id", "=", row.id)
        .execute();
    } catch (error) {
      const attempts = row.attempts + 1;
      const message = error instanceof Error ? error.message : String(error);
      // A mail server's refusal names the recipient's address; the log must not.
      services.log.warn({ outboxId: row.id, kind: row.kind, attempts, err: maskUrl(message) }, "outbox item failed");
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

interface ClaimedRow {
  id: number;
  site_id: number | null;
  user_id: number | null;
  kind: string;
  payload: string;
  attempts: number;
}

/** Runs one row; returns a note for the admin when the row is finished without doing its work. */
async function handle(services: Services, row: ClaimedRow): Promise<string | null> {
  const payload: unknown = JSON.parse(row.payload);
  if (row.kind === "mail") return sendMail(services, payload, { siteId: row.site_id, userId: row.user_id });
  for (const component of services.components) {
    const handler = component.outboxHandlers?.[row.kind];
    if (handler) {
      await handler(services, payload, { id: row.id, siteId: row.site_id });
      return null;
    }
  }
  throw new Error(`No handler for outbox kind ${row.kind}`);
}

/** A mail with a secret link gets its token now, at the last moment; it is never stored in readable form. */
async function sendMail(services: Services, payload: unknown, envelope: MailEnvelope): Promise<string | null> {
  if (!isQueuedMail(payload)) throw new Error("A mail row without to, text and html");
  let token = "";
  if (payload.secretLink) {
    const armed = await armToken(services.db.kysely, payload.secretLink.tokenId, services.clock());
    if (armed === null) return NOT_SENT_DEAD_LINK;
    token = armed;
  }
  await services.mail.send(withSecretLink(payload, token), envelope);
  return null;
}

/** Shown as the row's last error: a mail whose link was used, expired or replaced before it went out. */
export const NOT_SENT_DEAD_LINK = "not sent: its link was already used, expired or replaced";

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
