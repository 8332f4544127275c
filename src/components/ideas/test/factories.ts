// Test helpers shared by the ideas tests (and usable by other components' tests): an app with only
// the ideas component, and ideas created through the real commands.
import type { CurrentUser } from "../../../core/auth/sessions";
import { participantOf } from "../../../core/participation/participant";
import type { Role, User } from "../../../core/db/types";
import { createTestApp, type TestApp } from "../../../../test/support/app";
import type { TestDatabase } from "../../../../test/support/databases";
import { publishIdea, submitIdea } from "../commands/submit-idea";
import { ideasComponent } from "../manifest";
import { ensureProcess } from "../store/processes";

export async function createIdeasApp(database: TestDatabase): Promise<TestApp> {
  return createTestApp(database, { components: [ideasComponent] });
}

export function asCurrentUser(user: User, roles: Role[] = []): CurrentUser {
  return {
    id: user.id,
    siteId: user.site_id,
    displayName: user.display_name,
    email: user.email!,
    emailVerified: user.email_verified_at !== null,
    language: user.language,
    roles: new Set<Role>(["resident", ...roles]),
    participant: participantOf(user),
  };
}

export async function areaIds(t: TestApp): Promise<number[]> {
  return (
    await t.services.db.kysely.selectFrom("areas").select("id").where("site_id", "=", t.site.id).orderBy("id").execute()
  ).map((a) => a.id);
}

/** Sets the site's process numbers (low thresholds keep tests fast). */
export async function setProcess(
  t: TestApp,
  values: Partial<{
    threshold: number;
    support_days: number;
    response_days: number;
    count_after_threshold: number;
  }>,
): Promise<void> {
  const p = await ensureProcess(t.services.db.kysely, t.site, t.clock());
  await t.services.db.kysely.updateTable("idea_processes").set(values).where("id", "=", p.id).execute();
}

export async function createIdea(
  t: TestApp,
  opts: { author?: User; publish?: boolean; title?: string; body?: string; category?: string | null } = {},
): Promise<number> {
  const author = opts.author ?? t.users.resident;
  const [areaId] = await areaIds(t);
  const id = await submitIdea(t.services, t.site, asCurrentUser(author), {
    title: opts.title ?? "Meer bankjes in het park",
    body: opts.body ?? "Ouderen willen graag vaker even zitten in het park.",
    areaId: areaId!,
    category: opts.category ?? "green",
  });
  if (opts.publish !== false) await publishIdea(t.services, t.site, asCurrentUser(author), id);
  return id;
}

export async function ideaRow(t: TestApp, id: number) {
  return t.services.db.kysely
    .selectFrom("ideas")
    .select([
      "id",
      "state",
      "support_count",
      "title",
      "body",
      "forwarded_at",
      "due_at",
      "answer_kind",
      "hidden_reason",
      "deadline_at",
    ])
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
}

export async function supportRows(t: TestApp, id: number): Promise<number> {
  const r = await t.services.db.kysely
    .selectFrom("idea_supports")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("idea_id", "=", id)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function outboxCount(t: TestApp, kind: string): Promise<number> {
  const r = await t.services.db.kysely
    .selectFrom("outbox")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("kind", "=", kind)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Many verified residents at once, inserted directly (no password hashing: they never log in by form). */
export async function bulkResidents(t: TestApp, n: number, postcode = "1010 AB"): Promise<User[]> {
  const now = t.clock().toISOString();
  const tag = Math.random().toString(36).slice(2, 8);
  const rows = Array.from({ length: n }, (_, i) => ({
    site_id: t.site.id,
    email: `bulk-${tag}-${i}@example.org`,
    email_verified_at: now,
    password_hash: null,
    display_name: `Bewoner ${tag} ${i}`,
    language: "nl" as const,
    postcode,
    notify_mode: "immediate" as const,
    unsubscribe_token: `tok-${tag}-${i}-${"x".repeat(24)}`,
    created_at: now,
    deleted_at: null,
  }));
  const users: User[] = [];
  for (let i = 0; i < rows.length; i += 100)
    users.push(
      ...(await t.services.db.kysely
        .insertInto("users")
        .values(rows.slice(i, i + 100))
        .returningAll()
        .execute()),
    );
  return users;
}

/** Runs `fn` over items with at most `limit` in flight at once; settles like Promise.allSettled. */
export async function inParallel<T, R>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<PromiseSettledResult<R>[]> {
  const results: PromiseSettledResult<R>[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      try {
        results[i] = { status: "fulfilled", value: await fn(items[i]!) };
      } catch (reason) {
        results[i] = { status: "rejected", reason };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
