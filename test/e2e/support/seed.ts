// Puts what a journey needs into the server's SQLite file before the server starts, through the
// same core modules the CLI uses (quicker than one `inspraak` process per account).
import { components } from "../../../src/components";
import { createUser } from "../../../src/core/auth/users";
import { hashPassword } from "../../../src/core/auth/passwords";
import { type Db, openDatabase } from "../../../src/core/db/database";
import { migrateToLatest } from "../../../src/core/db/migrate";
import type { Role } from "../../../src/core/db/types";
import { addArea, createSite } from "../../../src/core/sites/store";
import type { Services } from "../../../src/core/services";

export const E2E_PASSWORD = "browser journeys 2026";
export const SITE_NAME = "Stadsdeel Proef";

export interface SeedAccount {
  email: string;
  name: string;
  roles?: Role[];
  verified?: boolean;
}

export interface SeedResult {
  siteId: number;
  users: Record<string, number>;
}

export async function seedSite(databaseFile: string, accounts: SeedAccount[] = []): Promise<SeedResult> {
  const db = openDatabase(`sqlite:${databaseFile}`);
  try {
    await migrateToLatest(db, components);
    const now = new Date();
    const site = await createSite(
      db.kysely,
      {
        slug: "proef",
        name: SITE_NAME,
        hosts: ["localhost", "127.0.0.1"],
        isDefault: true,
        councilName: "Stadsdeelcommissie Proef",
        councilEmails: ["commissie@proef.example"],
      },
      now,
    );
    await addArea(db.kysely, site.id, "Centrum", "1011-1018");
    const users: Record<string, number> = {};
    const passwordHash = await hashPassword(E2E_PASSWORD);
    for (const account of accounts) {
      const user = await createUser(
        db.kysely,
        {
          siteId: site.id,
          email: account.email,
          passwordHash,
          displayName: account.name,
          verified: account.verified ?? true,
          roles: account.roles ?? [],
          postcode: "1012 AB",
        },
        now,
      );
      users[account.email] = user.id;
    }
    return { siteId: site.id, users };
  } finally {
    await db.close();
  }
}

/** Reads one value from the server's database (e.g. to assert a role was really stored). */
export async function withDatabase<T>(
  databaseFile: string,
  fn: (db: ReturnType<typeof openDatabase>) => Promise<T>,
): Promise<T> {
  const db = openDatabase(`sqlite:${databaseFile}`);
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

/**
 * What a command needs to seed the server's database directly: the database and a fixed clock.
 * Commands read nothing else while seeding (the outbox worker does not run here).
 */
export function seedServices(db: Db, now: Date): Services {
  const services: Partial<Services> = { db, clock: () => now, kickOutbox: () => {} };
  return services as Services;
}
