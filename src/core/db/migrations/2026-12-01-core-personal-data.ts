// Personal data and secret links in mail:
// - outbox.user_id: the account a mail is addressed to, so deleting that account can remove its
//   mail (address and name) from the outbox. Filled for existing mail by matching the address.
// - demo_mailbox: in the demo without a mail server, each account reads its own mail on the site.
// - Links with a token in mail already in the outbox are hidden (the worker now creates a token
//   only at send time; see src/core/mail/secret-link.ts). Pending mail keeps its link.
// Never imports app code, so it stays runnable forever.
import type { Kysely } from "kysely";
import { dialectOf, withId } from "../schema";

export async function up(db: Kysely<any>): Promise<void> {
  const d = dialectOf(db);
  await db.schema
    .alterTable("outbox")
    .addColumn("user_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    .execute();
  await db.schema.createIndex("outbox_user").on("outbox").column("user_id").execute();

  await withId(db.schema.createTable("demo_mailbox"), d)
    .addColumn("site_id", "integer", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("demo_mailbox_user").on("demo_mailbox").columns(["user_id", "id"]).execute();

  const rows = await db
    .selectFrom("outbox")
    .select(["id", "site_id", "payload", "status"])
    .where("kind", "=", "mail")
    .execute();
  for (const row of rows as { id: number; site_id: number | null; payload: string; status: string }[]) {
    let payload: Record<string, unknown>;
    try {
      payload = JSON.parse(row.payload);
    } catch {
      continue;
    }
    const to = typeof payload.to === "string" ? payload.to : null;
    const user =
      to && row.site_id !== null
        ? await db
            .selectFrom("users")
            .select("id")
            .where("site_id", "=", row.site_id)
            .where("email", "=", to)
            .executeTakeFirst()
        : undefined;
    const hide = (s: unknown) => (typeof s === "string" ? s.replace(/([?&]token=)[A-Za-z0-9_%-]+/g, "$1…") : s);
    const scrubbed =
      row.status === "pending" ? payload : { ...payload, text: hide(payload.text), html: hide(payload.html) };
    await db
      .updateTable("outbox")
      .set({ user_id: user?.id ?? null, payload: JSON.stringify(scrubbed) })
      .where("id", "=", row.id)
      .execute();
  }
}

export async function down(): Promise<void> {
  throw new Error("This migration cannot be rolled back; restore a backup instead.");
}
