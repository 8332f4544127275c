// A resident finds a meeting and registers; a guest (no account, in English) registers for the
// full meeting and confirms by the mailed link, landing on the waiting list; the resident cancels
// by the link in their confirmation mail without logging in, and the guest gets the freed place
// by mail. Every page is checked with axe, in Dutch and in English.
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { andWaitForDocument, journeyModes, type JourneyMode } from "../../../../test/e2e/support/browser";
import { expectAccessible } from "../../../../test/e2e/support/accessibility";
import {
  headingOf,
  startJourneyWorld,
  type JourneyWorld,
  logInAs as logIn,
  submitForm as submit,
} from "../../../../test/e2e/support/journey";
import { linkIn, waitForMail } from "../../../../test/e2e/support/mail";
import { withDatabase } from "../../../../test/e2e/support/seed";
import { decodeQuotedPrintable } from "../../../../test/support/smtp";
import { localDateTimeToIso } from "../../../core/i18n/local-days";

const slug = (mode: JourneyMode) => (mode.javaScriptEnabled ? "js" : "nojs");
const people = (mode: JourneyMode) => ({
  resident: `bezoeker-${slug(mode)}@proef.example`,
  guest: `gast-${slug(mode)}@proef.example`,
  official: `organisator-${slug(mode)}@proef.example`,
});
const titleOf = (mode: JourneyMode) => `Buurtavond over het park (${slug(mode)})`;

let world: JourneyWorld;
beforeAll(async () => {
  const accounts = journeyModes.flatMap((mode) => [
    { email: people(mode).resident, name: `Bezoeker ${slug(mode)}` },
    { email: people(mode).official, name: `Organisator ${slug(mode)}`, roles: ["official" as const] },
  ]);
  world = await startJourneyWorld(accounts, {
    // One meeting per mode, with a single place, so the second person goes on the waiting list.
    beforeStart: (file, seeded) =>
      withDatabase(file, async (db) => {
        const day = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
        const now = new Date().toISOString();
        for (const mode of journeyModes)
          await db.kysely
            .insertInto("meetings")
            .values({
              site_id: seeded.siteId,
              area_id: null,
              uid: `${crypto.randomUUID()}@inspraak`,
              sequence: 0,
              status: "scheduled",
              title: titleOf(mode),
              description: "We praten over **het park**: meer bomen, een speelplek of bankjes?",
              kind: "in_person",
              starts_at: localDateTimeToIso(day, "19:30"),
              ends_at: localDateTimeToIso(day, "21:30"),
              place: "Buurthuis, Parkweg 1",
              online_url: null,
              wheelchair: 1,
              hearing_loop: 1,
              sign_language: 0,
              organiser: "Team Participatie",
              related_url: null,
              related_label: null,
              registration: "required",
              capacity: 1,
              guests_allowed: 1,
              confirmed_count: 0,
              minutes: null,
              attendees: null,
              created_by: null,
              created_at: now,
              updated_at: now,
              cancelled_at: null,
            })
            .execute();
      }),
  });
}, 120_000);
afterAll(async () => {
  await world?.close();
});

describe.each(journeyModes)("meetings journey $name", (mode) => {
  it("find a meeting, register, get the mail, cancel by its link, and see the waiting list move", async () => {
    const p = people(mode);
    const title = titleOf(mode);

    // A resident finds the meeting and registers.
    const resident = await world.open(mode);
    await logIn(resident.page, p.resident, "/bijeenkomsten");
    await expectAccessible(resident.page);
    await andWaitForDocument(resident.page, () => resident.page.getByRole("link", { name: title }).click());
    expect(await headingOf(resident.page)).toBe(title);
    await expectAccessible(resident.page);
    const meetingPath = new URL(resident.page.url()).pathname;
    await resident.page.locator("#field-dietary").fill("Vegetarisch");
    await submit(resident.page, `${meetingPath}/aanmelden`);
    await expect.poll(() => resident.page.locator("main").innerText()).toContain("Er is een plek voor u");
    await expectAccessible(resident.page);
    const confirmation = await waitForMail(world.smtp.received, p.resident);
    expect(decodeQuotedPrintable(confirmation.raw)).toContain(`Aangemeld: ${title}`);
    await resident.finish();

    // A guest, in English, registers with name and address; the meeting is full.
    const guest = await world.open(mode);
    await andWaitForDocument(guest.page, () => guest.page.goto(`/taal/en?terug=${meetingPath}`));
    await expectAccessible(guest.page);
    const empty = await submit(guest.page, `${meetingPath}/aanmelden`);
    expect(empty.status).toBe(400);
    await expectAccessible(guest.page);
    await guest.page.locator("#field-name").fill("Sam Guest");
    await guest.page.locator("#field-email").fill(p.guest);
    await guest.page.locator("#field-interpreter").check();
    await submit(guest.page, `${meetingPath}/aanmelden`);
    expect(await headingOf(guest.page)).toBe("Check your e-mail");
    await expectAccessible(guest.page);
    const confirmMail = await waitForMail(world.smtp.received, p.guest);
    await andWaitForDocument(guest.page, () => guest.page.goto(linkIn(confirmMail, "/bijeenkomsten/aanmelding/")));
    expect(await headingOf(guest.page)).toBe("Confirm your registration");
    await expectAccessible(guest.page);
    await andWaitForDocument(guest.page, () => guest.page.locator("main form button[type=submit]").click());
    await expect.poll(() => guest.page.locator("main").innerText()).toContain("You are on the waiting list");
    await expectAccessible(guest.page);
    const guestManage = new URL(guest.page.url()).pathname;

    // The resident cancels with the link in the confirmation mail, without logging in.
    const fromMail = await world.open(mode);
    await andWaitForDocument(fromMail.page, () =>
      fromMail.page.goto(linkIn(confirmation, "/bijeenkomsten/aanmelding/")),
    );
    expect(await headingOf(fromMail.page)).toBe("Uw aanmelding");
    await expectAccessible(fromMail.page);
    const before = world.smtp.received.length;
    await andWaitForDocument(fromMail.page, () => fromMail.page.locator("main form button[type=submit]").click());
    await expect.poll(() => fromMail.page.locator("main").innerText()).toContain("U bent afgemeld");
    await expectAccessible(fromMail.page);
    await fromMail.finish();

    // The waiting list moved: the guest is told by mail and the page shows the place.
    const moved = await waitForMail(world.smtp.received, p.guest, before);
    expect(decodeQuotedPrintable(moved.raw)).toContain(`There is a place for you: ${title}`);
    await andWaitForDocument(guest.page, () => guest.page.goto(guestManage));
    await expect.poll(() => guest.page.locator("main").innerText()).toContain("There is a place for you");
    await expectAccessible(guest.page);
    await guest.finish();
  }, 400_000);
});

describe.each(journeyModes)("meetings organiser journey $name", (mode) => {
  it("creates a meeting through the form, sees its registrations, the sign-in sheet and the mail form", async () => {
    const p = people(mode);
    const title = `Inloopavond speeltuin (${slug(mode)})`;
    const official = await world.open(mode);
    const { page } = official;
    await logIn(page, p.official, "/admin/bijeenkomsten");
    await expectAccessible(page);
    await andWaitForDocument(page, () => page.getByRole("link", { name: "Nieuwe bijeenkomst" }).click());
    await expectAccessible(page);
    await page.locator("#field-title").fill("");
    const empty = await submit(page, "/admin/bijeenkomsten/nieuw");
    expect(empty.status).toBe(400);
    expect(await page.locator("[data-error-summary] li").count()).toBeGreaterThan(1);
    await expectAccessible(page);
    await page.locator("#field-title").fill(title);
    await page.locator("#field-description").fill("Denk mee over de nieuwe speeltuin aan de Parkweg.");
    await page.locator("#field-kind").selectOption("in_person");
    await page.locator("#field-date").fill("2027-03-12");
    await page.locator("#field-startTime").fill("19:30");
    await page.locator("#field-endTime").fill("21:00");
    await page.locator("#field-place").fill("Buurthuis, Parkweg 1");
    await page.locator("#field-wheelchair").check();
    await page.locator("#field-capacity").fill("30");
    await submit(page, "/admin/bijeenkomsten/nieuw");
    expect(await headingOf(page)).toBe(`Beheer: ${title}`);
    await expectAccessible(page);
    const adminPath = new URL(page.url()).pathname;
    await andWaitForDocument(page, () => page.getByRole("link", { name: "Presentielijst" }).click());
    await expectAccessible(page);
    await andWaitForDocument(page, () => page.goto(`${adminPath}/mail`));
    await expectAccessible(page);
    const bad = await submit(page, `${adminPath}/mail`);
    expect(bad.status).toBe(400);
    await expectAccessible(page);
    // The same pages in English.
    await andWaitForDocument(page, () => page.goto(`/taal/en?terug=${adminPath}`));
    expect(await headingOf(page)).toBe(`Manage: ${title}`);
    await expectAccessible(page);
    await andWaitForDocument(page, () => page.goto(`${adminPath}/bewerken`));
    await expectAccessible(page);
    await andWaitForDocument(page, () => page.goto("/bijeenkomsten"));
    await expect.poll(() => page.locator("main").innerText()).toContain(title);
    await expectAccessible(page);
    await official.finish();
  }, 400_000);
});
