// Journey (c): an administrator logs in, finds a resident in the admin area and makes them an
// official; the role is really stored and shows on the page.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { andWaitForDocument, journeyModes, type JourneyMode } from "./support/browser";
import { expectAccessible } from "./support/accessibility";
import { headingOf, startJourneyWorld, type JourneyWorld } from "./support/journey";
import { E2E_PASSWORD, withDatabase } from "./support/seed";

const ADMIN = "beheer@proef.example";
const slug = (mode: JourneyMode) => (mode.javaScriptEnabled ? "js" : "nojs");
const candidateEmail = (mode: JourneyMode) => `kandidaat-${slug(mode)}@proef.example`;
const candidateName = (mode: JourneyMode) => `Kandidaat ${slug(mode)}`;

let world: JourneyWorld;
beforeAll(async () => {
  world = await startJourneyWorld([
    { email: ADMIN, name: "Beheerder Proef", roles: ["admin"] },
    ...journeyModes.map((mode) => ({ email: candidateEmail(mode), name: candidateName(mode) })),
  ]);
});
afterAll(async () => {
  await world?.close();
});

const follow = (page: Page, name: string) =>
  andWaitForDocument(page, () => page.getByRole("link", { name, exact: true }).first().click());

async function rolesInDatabase(email: string): Promise<string[]> {
  return withDatabase(world.server.databaseFile, async (db) => {
    const rows = await db.kysely
      .selectFrom("user_roles")
      .innerJoin("users", "users.id", "user_roles.user_id")
      .select("user_roles.role")
      .where("users.email", "=", email)
      .execute();
    return rows.map((r) => r.role).sort();
  });
}

describe.each(journeyModes)("admin journey $name", (mode) => {
  it("(c) finds a user and gives them the role of official", async () => {
    const { page, finish } = await world.open(mode);
    await page.goto("/inloggen");
    await expectAccessible(page);
    await page.locator("#field-email").fill(ADMIN);
    await page.locator("#field-password").fill(E2E_PASSWORD);
    await andWaitForDocument(page, () => page.locator('main form[action="/inloggen"] button[type="submit"]').click());
    await expectAccessible(page);

    await follow(page, "Beheer");
    expect(await headingOf(page)).toBe("Beheer");
    await expectAccessible(page);
    await follow(page, "Gebruikers en rollen");
    expect(await headingOf(page)).toBe("Gebruikers");
    await expectAccessible(page);

    await page.locator("#field-q").fill(`kandidaat-${slug(mode)}`);
    await andWaitForDocument(page, () => page.locator('search form button[type="submit"]').click());
    expect(new URL(page.url()).searchParams.get("q")).toBe(`kandidaat-${slug(mode)}`);
    expect(await page.locator("main table tbody tr").count()).toBe(1);
    await expectAccessible(page);

    await follow(page, candidateName(mode));
    expect(await headingOf(page)).toBe(`Gebruiker: ${candidateName(mode)}`);
    await expectAccessible(page);
    expect(await rolesInDatabase(candidateEmail(mode))).toEqual([]);

    await page.getByLabel("Ambtenaar", { exact: true }).check();
    await andWaitForDocument(page, () => page.locator("main form button[type=submit]").click());
    expect(await page.locator("main [role=status]").first().innerText()).toBe("De rollen zijn opgeslagen.");
    expect(await page.getByLabel("Ambtenaar", { exact: true }).isChecked()).toBe(true);
    await expect.poll(() => page.locator("main dl").innerText()).toContain("Ambtenaar");
    await expectAccessible(page);
    expect(await rolesInDatabase(candidateEmail(mode))).toEqual(["official"]);
    await finish();
  }, 600_000);
});
