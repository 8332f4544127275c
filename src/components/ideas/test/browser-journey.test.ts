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
import { waitForMail } from "../../../../test/e2e/support/mail";
import { withDatabase } from "../../../../test/e2e/support/seed";
import { decodeQuotedPrintable } from "../../../../test/support/smtp";

const slug = (mode: JourneyMode) => (mode.javaScriptEnabled ? "js" : "nojs");
const people = (mode: JourneyMode) => ({
  author: `indiener-${slug(mode)}@proef.example`,
  supporters: [`steun1-${slug(mode)}@proef.example`, `steun2-${slug(mode)}@proef.example`],
  council: `raad-${slug(mode)}@proef.example`,
  official: `ambtenaar-${slug(mode)}@proef.example`,
});

let world: JourneyWorld;
beforeAll(async () => {
  const accounts = journeyModes.flatMap((mode) => {
    const p = people(mode);
    return [
      { email: p.author, name: `Indiener ${slug(mode)}` },
      ...p.supporters.map((email, i) => ({ email, name: `Buur ${i + 1} ${slug(mode)}` })),
      { email: p.council, name: `Raadslid ${slug(mode)}`, roles: ["council" as const] },
      { email: p.official, name: `Ambtenaar ${slug(mode)}`, roles: ["official" as const] },
    ];
  });
  world = await startJourneyWorld(accounts);
  // A low threshold keeps the journey short; the promise on the page shows it.
  await withDatabase(world.server.databaseFile, (db) =>
    db.kysely
      .insertInto("idea_processes")
      .values({
        site_id: world.seeded.siteId,
        title: "Proefronde",
        active: 1,
        threshold: 2,
        support_days: 90,
        response_days: 42,
        support_rule: "verified",
        count_after_threshold: 1,
        council_name: "Stadsdeelcommissie Proef",
        council_emails: "commissie@proef.example",
        created_at: new Date().toISOString(),
      })
      .execute(),
  );
}, 120_000);
afterAll(async () => {
  await world?.close();
});

describe.each(journeyModes)("ideas journey $name", (mode) => {
  it("goes from a resident's idea to the council's agenda and a public answer", async () => {
    const p = people(mode);
    const title = `Bankjes bij de vijver (${slug(mode)})`;

    // The author submits a draft and publishes it.
    const author = await world.open(mode);
    await logIn(author.page, p.author, "/ideeen");
    await expectAccessible(author.page);
    await andWaitForDocument(author.page, () =>
      author.page.getByRole("link", { name: "Dien een idee in" }).first().click(),
    );
    expect(await headingOf(author.page)).toBe("Dien een idee in");
    await expectAccessible(author.page);
    const empty = await submit(author.page, "/ideeen");
    expect(empty.status).toBe(400);
    await expectAccessible(author.page);
    await author.page.locator("#field-title").fill(title);
    await author.page
      .locator("#field-body")
      .fill("Ouderen willen graag **even zitten** bij de vijver.\n\n- twee bankjes\n- in de schaduw");
    await author.page.locator("#field-areaId").selectOption({ label: "Centrum" });
    await submit(author.page, "/ideeen");
    expect(await headingOf(author.page)).toBe(title);
    await expectAccessible(author.page);
    const ideaPath = new URL(author.page.url()).pathname;
    await submit(author.page, `${ideaPath}/publiceren`);
    await expect.poll(() => author.page.locator("main").innerText()).toContain("dit idee vóór");
    await expectAccessible(author.page);

    // Two neighbours support it; the second support crosses the threshold.
    for (const [i, email] of p.supporters.entries()) {
      const s = await world.open(mode);
      await logIn(s.page, email, ideaPath);
      await expectAccessible(s.page);
      if (mode.javaScriptEnabled && i === 0) {
        // With JavaScript the count changes without a new page.
        await s.page.locator("[data-support-button]").click();
        await expect.poll(() => s.page.locator("[data-support-status]").innerText()).toBe("U steunt dit idee.");
        // The text redone in the browser is exactly what the server shows after a reload.
        const progress = s.page.locator("[data-progress-text]");
        await expect.poll(() => progress.innerText()).toBe("1 van de 2 stemmen (50%)");
        const live = await progress.innerText();
        await andWaitForDocument(s.page, () => s.page.reload());
        expect(await progress.innerText()).toBe(live);
        await expectAccessible(s.page);
        // Withdrawing and supporting again without a reload: the same text as the server's each time.
        await s.page.locator("[data-support-button]").click();
        await expect.poll(() => progress.innerText()).toBe("0 van de 2 stemmen (0%)");
        await s.page.locator("[data-support-button]").click();
        await expect.poll(() => s.page.locator("[data-support-status]").innerText()).toBe("U steunt dit idee.");
        await expect.poll(() => progress.innerText()).toBe("1 van de 2 stemmen (50%)");
      } else if (mode.javaScriptEnabled) {
        await andWaitForDocument(s.page, () => s.page.locator("[data-support-button]").click());
        await expectAccessible(s.page);
      } else {
        await submit(s.page, `${ideaPath}/steunen`);
        await expectAccessible(s.page);
      }
      await s.finish();
    }
    await andWaitForDocument(author.page, () => author.page.goto(ideaPath));
    await expect.poll(() => author.page.locator("main .idea-meta").innerText()).toContain("Doorgestuurd");
    await expectAccessible(author.page);
    const councilMail = await waitForMail(world.smtp.received, "commissie@proef.example", 0);
    expect(decodeQuotedPrintable(councilMail.raw)).toContain("Doorgestuurd idee");

    // A council member puts it on the agenda.
    const council = await world.open(mode);
    await logIn(council.page, p.council, "/admin/ideeen/raad");
    await expectAccessible(council.page);
    await andWaitForDocument(council.page, () => council.page.getByRole("link", { name: title }).click());
    await expectAccessible(council.page);
    await andWaitForDocument(council.page, () =>
      council.page.getByRole("link", { name: "Op de agenda zetten" }).click(),
    );
    await expectAccessible(council.page);
    await council.page.locator("#field-meetingDate").fill("2027-03-12");
    await submit(council.page, `${ideaPath.replace("/ideeen", "/admin/ideeen")}/agenderen`);
    await expect.poll(() => council.page.locator("main").innerText()).toContain("Op de agenda gezet");
    await expectAccessible(council.page);
    await council.finish();

    // An official answers.
    const official = await world.open(mode);
    await logIn(official.page, p.official, ideaPath);
    await expectAccessible(official.page);
    await andWaitForDocument(official.page, () => official.page.getByRole("link", { name: "Antwoord geven" }).click());
    await expectAccessible(official.page);
    await official.page.locator("#field-kind").selectOption("adopted");
    await official.page
      .locator("#field-text")
      .fill("We plaatsen in het voorjaar twee bankjes in de schaduw bij de vijver.");
    await submit(official.page, `${ideaPath.replace("/ideeen", "/admin/ideeen")}/antwoorden`);
    await expectAccessible(official.page);
    await official.finish();

    // The author sees the answer on the idea and in the mail.
    await andWaitForDocument(author.page, () => author.page.goto(ideaPath));
    await expect
      .poll(() => author.page.locator("main .idea-answer").innerText())
      .toContain("twee bankjes in de schaduw");
    await expectAccessible(author.page);
    const answerMail = await waitForMail(
      world.smtp.received.filter((m) => decodeQuotedPrintable(m.raw).includes("heeft geantwoord")),
      p.author,
    );
    expect(decodeQuotedPrintable(answerMail.raw)).toContain("twee bankjes in de schaduw");
    await author.finish();
  }, 400_000);
});
