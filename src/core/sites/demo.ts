// The demo: a district with areas and one account per role, then each component's demo content.
// Runs only on an empty database, so a restart never duplicates anything.
import { createUser } from "../auth/users";
import { hashPassword } from "../auth/passwords";
import type { Role } from "../db/types";
import type { Services } from "../services";
import { addArea, createSite } from "./store";
import { setDemoBoundaries } from "../places/demo-boundaries";

export const DEMO_PASSWORD = "demo-wachtwoord-2026";

export const DEMO_ACCOUNTS: { email: string; name: string; role: Role }[] = [
  { email: "bewoner@example.org", name: "Sanne de Vries", role: "resident" },
  { email: "ambtenaar@example.org", name: "Karim Bouzid (gemeente)", role: "official" },
  { email: "raadslid@example.org", name: "Ingrid Jansen (stadsdeelcommissie)", role: "council" },
  { email: "moderator@example.org", name: "Mo Veenstra (moderator)", role: "moderator" },
  { email: "beheerder@example.org", name: "Anouk Smit (beheer)", role: "admin" },
];

export async function databaseIsEmpty(services: Services): Promise<boolean> {
  const row = await services.db.kysely
    .selectFrom("sites")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n) === 0;
}

export async function seedDemo(services: Services): Promise<void> {
  const db = services.db.kysely;
  const now = services.clock();
  const site = await createSite(
    db,
    {
      slug: "west",
      name: "Stadsdeel West",
      hosts: ["localhost", "127.0.0.1"],
      isDefault: true,
      councilName: "Stadsdeelcommissie West",
      // The demo council member is on the committee's list, so trying the demo as that account
      // shows the forwarding mail (at /account/post without a mail server).
      councilEmails: [
        "commissie-west@example.org",
        ...DEMO_ACCOUNTS.filter((a) => a.role === "council").map((a) => a.email),
      ],
    },
    now,
  );
  for (const [name, ranges] of [
    ["Bos en Lommer", "1055-1056"],
    ["De Baarsjes", "1056-1057"],
    ["Westerpark", "1051-1052"],
    ["Oud-West", "1053-1054"],
  ] as const) {
    await addArea(db, site.id, name, ranges);
  }
  await setDemoBoundaries(db, site.id);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    await createUser(
      db,
      {
        siteId: site.id,
        email: account.email,
        passwordHash,
        displayName: account.name,
        verified: true,
        roles: [account.role],
        postcode: "1055 AB",
      },
      now,
    );
  }
  for (const component of services.components) await component.seedDemo?.(services, site.id);
  for (const component of services.components) await component.seedDemoAfter?.(services, site.id);
}
