// Verification by letter in a real browser: staff upload an address list (a bad file first, which
// names its line), download the codes for the mail merge, and a resident enters the code from the
// letter (a typo first) and sees on the account page that, how and when the account was verified.
// Every GET page is checked with axe in Dutch and in English (expectAccessible).
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "../../src/core/csv";
import { expectAccessible } from "./support/accessibility";
import { andWaitForDocument, journeyModes, pageState, type JourneyMode } from "./support/browser";
import { headingOf, logInAs, startJourneyWorld, submitForm, type JourneyWorld } from "./support/journey";

const slug = (mode: JourneyMode) => (mode.javaScriptEnabled ? "js" : "nojs");
const adminEmail = (mode: JourneyMode) => `beheer-${slug(mode)}@proef.example`;
const residentEmail = (mode: JourneyMode) => `bewoner-${slug(mode)}@proef.example`;

let world: JourneyWorld;
beforeAll(async () => {
  world = await startJourneyWorld(
    journeyModes.flatMap((mode) => [
      { email: adminEmail(mode), name: `Beheer ${slug(mode)}`, roles: ["admin" as const] },
      { email: residentEmail(mode), name: `Bewoner ${slug(mode)}` },
    ]),
  );
});
afterAll(async () => {
  await world?.close();
});

async function chooseFile(page: Page, csv: string) {
  await page.locator("#field-addresses").setInputFiles({
    name: "adressen.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv),
  });
}

/** Submits the upload form, which answers with a download instead of a page; returns its text. */
async function downloadCodes(page: Page): Promise<string> {
  const before = pageState(page).documents.length;
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator('main form[action="/admin/briefcodes"] button[type="submit"]').click(),
  ]);
  // The browser is shared and reached over a connection (test/global-setup.ts): the file is only
  // on its side until saved here.
  const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), "inspraak-codes-")), "codes.csv");
  await download.saveAs(file);
  const text = await fs.readFile(file, "utf8");
  // A download is not a page: nothing for axe to look at, if the browser reported it at all.
  for (const d of pageState(page).documents.slice(before)) d.checked = true;
  return text;
}

describe.each(journeyModes)("letter journeys $name", (mode) => {
  it("staff make codes, a resident enters one, the account shows it is verified by letter", async () => {
    const address = `Kerkstraat ${slug(mode)} 1`;
    const staff = await world.open(mode);
    await logInAs(staff.page, adminEmail(mode), "/admin");
    await expectAccessible(staff.page);
    await andWaitForDocument(staff.page, () => staff.page.getByRole("link", { name: "Codes per brief" }).click());
    expect(await headingOf(staff.page)).toBe("Codes per brief");
    await expectAccessible(staff.page);

    // A file with an unknown area: the line is named, nothing is made.
    await staff.page.locator("#field-label").fill(`Brief ${slug(mode)}`);
    await chooseFile(staff.page, `adres;postcode;gebied\n${address};1012 AB;Westpunt\n`);
    await submitForm(staff.page, "/admin/briefcodes");
    expect(await staff.page.locator("main").innerText()).toContain('Regel 2: het gebied "Westpunt" bestaat niet.');
    expect(await staff.page.locator("#field-label").inputValue()).toBe(`Brief ${slug(mode)}`);
    await expectAccessible(staff.page);

    await chooseFile(staff.page, `adres;postcode;gebied\n${address};1012 AB;Centrum\n`);
    const csv = await downloadCodes(staff.page);
    const [header, row] = parseCsv(csv, "briefcodes.csv", ";").map((r) => r.fields);
    expect(header).toEqual(["adres", "postcode", "gebied", "code", "website"]);
    expect(row!.slice(0, 3)).toEqual([address, "1012 AB", "Centrum"]);
    const code = row![3]!;
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await andWaitForDocument(staff.page, () => staff.page.goto("/admin/briefcodes"));
    expect(await staff.page.locator("main table").innerText()).toContain(`Brief ${slug(mode)}`);
    await expectAccessible(staff.page);
    await staff.finish();

    const resident = await world.open(mode);
    const page = resident.page;
    await logInAs(page, residentEmail(mode), "/account");
    expect(await page.locator("main").innerText()).toContain("Uw account is nog niet geverifieerd als inwoner.");
    await expectAccessible(page);
    await andWaitForDocument(page, () => page.getByRole("link", { name: "Vul de code uit uw brief in" }).click());
    expect(await headingOf(page)).toBe("Code uit uw brief invullen");
    await expectAccessible(page);

    await page.locator("#field-code").fill("ABCD-EFGH-JKMN");
    await submitForm(page, "/account/verifieren");
    expect(await page.locator("main").innerText()).toContain("Deze code kennen wij niet.");
    await expectAccessible(page);

    await page.locator("#field-code").fill(code.toLowerCase());
    await submitForm(page, "/account/verifieren");
    expect(new URL(page.url()).pathname).toBe("/account");
    const main = await page.locator("main").innerText();
    expect(main).toContain("Uw account is nu geverifieerd als inwoner.");
    expect(main).toContain("Geverifieerd als inwoner met een brief op");
    expect(main).toContain("Gebied: Centrum. Postcode: 1012 AB.");
    await expectAccessible(page);
    await resident.finish();
  }, 600_000); // a limit, not a speed requirement: three test files share two cores
});
