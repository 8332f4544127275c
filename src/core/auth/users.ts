// Accounts belong to one site: the same e-mail address on another site is another account, so
// nothing of one site is reachable through another.
import type { Executor } from "../db/database";
import { iso } from "../db/time";
import type { Language, Role, User } from "../db/types";
import { hashPassword } from "./passwords";
import { newToken } from "./tokens";

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

interface AccountDetails {
  siteId: number;
  email: string;
  displayName: string;
  language?: Language;
  postcode?: string | null;
  verified?: boolean;
  roles?: Role[];
}

/** A password, or a hash made earlier: the demo and the tests give many accounts one password,
 * and an Argon2 hash costs ~50 ms of CPU by design, so they hash it once. */
export type NewAccount = AccountDetails & ({ password: string } | { passwordHash: string });

export async function createUser(db: Executor, input: NewAccount, now: Date): Promise<User> {
  const passwordHash = "passwordHash" in input ? input.passwordHash : await hashPassword(input.password);
  const user = await db
    .insertInto("users")
    .values({
      site_id: input.siteId,
      email: normalizeEmail(input.email),
      email_verified_at: input.verified ? iso(now) : null,
      password_hash: passwordHash,
      display_name: input.displayName,
      language: input.language ?? "nl",
      postcode: input.postcode ?? null,
      notify_mode: "immediate",
      unsubscribe_token: newToken(),
      created_at: iso(now),
      deleted_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  for (const role of input.roles ?? []) if (role !== "resident") await grantRole(db, user.id, role);
  return user;
}

export async function findUserByEmail(db: Executor, siteId: number, email: string): Promise<User | undefined> {
  return db
    .selectFrom("users")
    .selectAll()
    .where("site_id", "=", siteId)
    .where("email", "=", normalizeEmail(email))
    .executeTakeFirst();
}

export async function findUserById(db: Executor, siteId: number, id: number): Promise<User | undefined> {
  return db.selectFrom("users").selectAll().where("site_id", "=", siteId).where("id", "=", id).executeTakeFirst();
}

export async function grantRole(db: Executor, userId: number, role: Role): Promise<void> {
  if (role === "resident") return;
  await db
    .insertInto("user_roles")
    .values({ user_id: userId, role })
    .onConflict((oc) => oc.columns(["user_id", "role"]).doNothing())
    .execute();
}

export async function revokeRole(db: Executor, userId: number, role: Role): Promise<void> {
  await db.deleteFrom("user_roles").where("user_id", "=", userId).where("role", "=", role).execute();
}

export async function rolesOf(db: Executor, userId: number): Promise<Role[]> {
  const rows = await db.selectFrom("user_roles").select("role").where("user_id", "=", userId).execute();
  return ["resident", ...rows.map((r) => r.role)];
}

/** Takes a ready hash: hashing is slow and must not happen inside a transaction. */
export async function setPasswordHash(db: Executor, userId: number, passwordHash: string): Promise<void> {
  await db.updateTable("users").set({ password_hash: passwordHash }).where("id", "=", userId).execute();
}

export async function markEmailVerified(db: Executor, userId: number, now: Date): Promise<void> {
  await db
    .updateTable("users")
    .set({ email_verified_at: iso(now) })
    .where("id", "=", userId)
    .where("email_verified_at", "is", null)
    .execute();
}

/** True for an address with a live account on this site (deleted accounts have no address). */
export async function emailInUse(db: Executor, siteId: number, email: string): Promise<boolean> {
  return (await findUserByEmail(db, siteId, email)) !== undefined;
}
