// The shared set-up of a journey file: one SMTP server, one seeded server process and one browser
// for the whole file; each journey gets its own browser context (own cookies).
import type { Browser, BrowserContext, Page } from "playwright-core";
import { expect } from "vitest";
import { startSmtpServer } from "../../support/smtp";
import { expectAccessible } from "./accessibility";
import { andWaitForDocument, launchBrowser, openJourneyPage, uncheckedDocuments, type JourneyMode } from "./browser";
import { E2E_PASSWORD, seedSite, type SeedAccount, type SeedResult } from "./seed";
import { startServer, tempDatabaseFile, type RunningServer } from "./server";

export interface JourneyWorld {
  browser: Browser;
  server: RunningServer;
  smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  seeded: SeedResult;
  /** A fresh context and page; call finish() at the end of the journey. */
  open(mode: JourneyMode): Promise<{ context: BrowserContext; page: Page; finish(): Promise<void> }>;
  close(): Promise<void>;
}

export interface JourneyWorldOptions {
  /** More seeding, before the server starts: no write of its workers can collide with it. */
  beforeStart?: (databaseFile: string, seeded: SeedResult) => Promise<void>;
  /** Environment and port of the server process (e.g. OIDC_* for a test identity provider). */
  server?: { env?: Record<string, string>; port?: number; readyTimeoutMs?: number };
}

export async function startJourneyWorld(
  accounts: SeedAccount[] = [],
  options: JourneyWorldOptions = {},
): Promise<JourneyWorld> {
  const smtp = await startSmtpServer();
  const databaseFile = tempDatabaseFile();
  const seeded = await seedSite(databaseFile, accounts);
  await options.beforeStart?.(databaseFile, seeded);
  const [server, browser] = await Promise.all([
    startServer({ databaseFile, smtpUrl: smtp.url, ...options.server }),
    launchBrowser(),
  ]);
  return {
    browser,
    server,
    smtp,
    seeded,
    async open(mode) {
      const { context, page } = await openJourneyPage(browser, server.baseUrl, mode);
      return {
        context,
        page,
        async finish() {
          // The promise of the quality bar: no page of the journey went unchecked.
          expect(uncheckedDocuments(page), "pages visited without expectAccessible").toEqual([]);
          await context.close();
        },
      };
    },
    async close() {
      await browser.close();
      await server.stop();
      await smtp.close();
    },
  };
}

/** The text of the page's only h1. */
export async function headingOf(page: Page): Promise<string> {
  return (await page.locator("h1").innerText()).trim();
}

/** Clicks the submit button of the form posting to `action` (with `value`, when the form has several). */
export const submitForm = (page: Page, action: string, value?: string) =>
  andWaitForDocument(page, () =>
    page
      .locator(`main form[action="${action}"] button[type="submit"]${value ? `[value="${value}"]` : ""}`)
      .first()
      .click(),
  );

/** Logs in through the real form (checked for accessibility) and expects to land on `back`. */
export async function logInAs(page: Page, email: string, back: string, password = E2E_PASSWORD): Promise<void> {
  await andWaitForDocument(page, () => page.goto(`/inloggen?terug=${encodeURIComponent(back)}`));
  await expectAccessible(page);
  await page.locator("#field-email").fill(email);
  await page.locator("#field-password").fill(password);
  await submitForm(page, "/inloggen");
  expect(new URL(page.url()).pathname).toBe(back);
}
