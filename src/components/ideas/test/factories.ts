// Test helpers shared by the ideas tests (and usable by other components' tests): an app with only
// the ideas component, and ideas created through the real commands.
import type { CurrentUser } from "../../../core/auth/sessions";
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
  return { id: user.id, siteId: user.site_id, displayName: user.display_name, email: user.email!, emailVerified: user.email_verified_at !== null, language: user.language, roles: new Set<Role>(["resident", ...roles]) };
}

export async function areaIds(t: TestApp): Promise<number[]> {
  return (await t.services.db.kysely.selectFrom("areas").select("id").where("site_id", "=", t.site.id).orderBy("id").execute()).map((a) => a.id);
}

/** Sets the site's process numbers (low thresholds keep tests fast). */
export async function setProcess(t: TestApp, values: Partial<{ threshold: number; support_days: number; response_days: number; support_rule: "verified" | "postcode"; count_after_threshold: number }>): Promise<void> {
  const p = await ensureProcess(t.services.db.kysely, t.site, t.clock());
  await t.services.db.kysely.updateTable("idea_processes").set(values).where("id", "=", p.id).execute();
}

export async function createIdea(t: TestApp, opts: { author?: User; publish?: boolean; title?: string; body?: string; category?: string | null } = {}): Promise<number> {
  const author = opts.author ?? t.users.resident;
  const [areaId] = await areaIds(t);
  const id = await submitIdea(t.services, t.site, asCurrentUser(author), {
    title: opts.title ?? "Meer bankjes in het park", body: opts.body ?? "Ouderen willen graag vaker even zitten in het park.", areaId: areaId!, category: opts.category ?? "green",
  });
  if (opts.publish !== false) await publishIdea(t.services, t.site, asCurrentUser(author), id);
  return id;
}

export async function ideaRow(t: TestApp, id: number) {
  return t.services.db.kysely.selectFrom("ideas").select(["id", "state", "support_count", "title", "body", "forwarded_at", "due_at", "answer_kind", "hidden_reason", "deadline_at"])
    .where("id", "=", id).executeTakeFirstOrThrow();
}

export async function supportRows(t: TestApp, id: number): Promise<number> {
  const r = await t.services.db.kysely.selectFrom("idea_supports").select((eb) => eb.fn.countAll<number>().as("n")).where("idea_id", "=", id).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function outboxCount(t: TestApp, kind: string): Promise<number> {
  const r = await t.services.db.kysely.selectFrom("outbox").select((eb) => eb.fn.countAll<number>().as("n")).where("kind", "=", kind).executeTakeFirstOrThrow();
  return Number(r.n);
}
