// Journeys of a resident's account, with mail read from a real SMTP server: (a) register, confirm,
// log in, switch language, log out; (b) forgotten password, new password, log in.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { andWaitForDocument, journeyModes, type JourneyMode } from "./support/browser";
import { expectAccessible } from "./support/accessibility";
import { headingOf, startJourneyWorld, type JourneyWorld } from "./support/journey";
import { linkIn, waitForMail } from "./support/mail";
import { E2E_PASSWORD } from "./support/seed";

const slug = (mode: JourneyMode) => (mode.javaScriptEnabled ? "js" : "nojs");
const forgetfulEmail = (mode: JourneyMode) => `vergeetachtig-${slug(mode)}@proef.example`;

let world: JourneyWorld;
beforeAll(async () => {
  world = await startJourneyWorld(
    journeyModes.map((mode) => ({ email: forgetfulEmail(mode), name: `Vergeetachtig ${slug(mode)}` })),
  );
});
afterAll(async () => {
  await world?.close();
});

const submit = (page: Page, action: string) =>
  andWaitForDocument(page, () => page.locator(`main form[action="${action}"] button[type="submit"]`).click());
const follow = (page: Page, name: string) =>
  andWaitForDocument(page, () => page.getByRole("link", { name, exact: true }).first().click());
const flash = (page: Page) => page.locator("main [role=status]").first().innerText();

async function logIn(page: Page, email: string, password: string) {
  await page.locator("#field-email").fill(email);
  await page.locator("#field-password").fill(password);
  return submit(page, "/inloggen");
}

describe.each(journeyModes)("account journeys $name", (mode) => {
  it("(a) registers, confirms the address from the mail, logs in, switches to English and logs out", async () => {
    const { page, finish } = await world.open(mode);
    const email = `nieuw-${slug(mode)}@proef.example`;
    const password = "fietsen langs de amstel";
    await page.goto("/");
    await expectAccessible(page);
    await follow(page, "Account maken");
    expect(await headingOf(page)).toBe("Account maken");
    await expectAccessible(page);

    // Sent empty: the form comes back with an error summary that has the focus.
    const empty = await submit(page, "/registreren");
    expect(empty.status).toBe(400);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.hasAttribute("data-error-summary") ?? false))
      .toBe(true);
    expect(await page.locator("[data-error-summary] a").count()).toBeGreaterThanOrEqual(3);
    await expectAccessible(page);

    await page.locator("#field-email").fill(email);
    await page.locator("#field-displayName").fill(`Nieuwe bewoner ${slug(mode)}`);
    await page.locator("#field-password").fill(password);
    await submit(page, "/registreren");
    expect(await headingOf(page)).toBe("Kijk in uw e-mail");
    await expectAccessible(page);

    const mail = await waitForMail(world.smtp.received, email);
    await andWaitForDocument(page, () => page.goto(linkIn(mail, "/account/bevestigen")));
    expect(await headingOf(page)).toBe("E-mailadres bevestigen");
    await expectAccessible(page);
    await submit(page, "/account/bevestigen");
    expect(new URL(page.url()).pathname).toBe("/inloggen");
    expect(await flash(page)).toBe("Uw e-mailadres is bevestigd.");
    await expectAccessible(page);

    await logIn(page, email, password);
    expect(new URL(page.url()).pathname).toBe("/");
    expect(await flash(page)).toBe("U bent ingelogd.");
    await expectAccessible(page);
    await follow(page, "Mijn account");
    expect(await headingOf(page)).toBe("Mijn account");
    await expect.poll(() => page.locator("main dl").innerText()).toContain(email);
    await expectAccessible(page);

    await follow(page, "English");
    expect(new URL(page.url()).pathname).toBe("/account");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await headingOf(page)).toBe("My account");
    await expectAccessible(page);

    await andWaitForDocument(page, () => page.locator('header form[action="/uitloggen"] button').click());
    expect(new URL(page.url()).pathname).toBe("/");
    expect(await flash(page)).toBe("You are logged out.");
    await expect.poll(() => page.locator("header").innerText()).toContain("Log in");
    await expectAccessible(page);
    await finish();
  }, 600_000);

  it("(b) asks for a reset link, chooses a new password from the mail and logs in with it", async () => {
    const { page, finish } = await world.open(mode);
    const email = forgetfulEmail(mode);
    const newPassword = "nieuwe zomer aan zee";
    await page.goto("/inloggen");
    await expectAccessible(page);
    await follow(page, "Wachtwoord vergeten?");
    expect(await headingOf(page)).toBe("Wachtwoord vergeten");
    await expectAccessible(page);
    await page.locator("#field-email").fill(email);
    await submit(page, "/wachtwoord-vergeten");
    expect(await headingOf(page)).toBe("Kijk in uw e-mail");
    await expectAccessible(page);

    const link = linkIn(await waitForMail(world.smtp.received, email), "/wachtwoord-herstellen");
    await andWaitForDocument(page, () => page.goto(link));
    expect(await headingOf(page)).toBe("Nieuw wachtwoord kiezen");
    await expectAccessible(page);
    await page.locator("#field-newPassword").fill("kort");
    const tooShort = await submit(page, "/wachtwoord-herstellen");
    expect(tooShort.status).toBe(400);
    expect(await page.locator("#field-newPassword-error").innerText()).not.toBe("");
    await expectAccessible(page);
    await page.locator("#field-newPassword").fill(newPassword);
    await submit(page, "/wachtwoord-herstellen");
    expect(new URL(page.url()).pathname).toBe("/inloggen");
    expect(await flash(page)).toBe("Uw wachtwoord is veranderd. Log in met uw nieuwe wachtwoord.");
    await expectAccessible(page);

    const refused = await logIn(page, email, E2E_PASSWORD);
    expect(refused.status).toBe(400);
    await expectAccessible(page);
    await logIn(page, email, newPassword);
    expect(await flash(page)).toBe("U bent ingelogd.");
    await expect.poll(() => page.locator("header").innerText()).toContain("Mijn account");
    await expectAccessible(page);

    // The link works once.
    await andWaitForDocument(page, () => page.goto(link));
    expect(await headingOf(page)).toBe("Deze link werkt niet meer");
    await expectAccessible(page);
    await finish();
  }, 600_000);
});
