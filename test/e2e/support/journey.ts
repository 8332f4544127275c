// The shared set-up of a journey file: one SMTP server, one seeded server process and one browser
// for the whole file; each journey gets its own browser context (own cookies).
import type { Browser, BrowserContext, Page } from "playwright-core";
import { expect } from "vitest";
import { startSmtpServer } from "../../support/smtp";
import { launchBrowser, openJourneyPage, uncheckedDocuments, type JourneyMode } from "./browser";
import { seedSite, type SeedAccount, type SeedResult } from "./seed";
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
}

export async function startJourneyWorld(accounts: SeedAccount[] = [], options: JourneyWorldOptions = {}): Promise<JourneyWorld> {
  const smtp = await startSmtpServer();
  const databaseFile = tempDatabaseFile();
  const seeded = await seedSite(databaseFile, accounts);
  await options.beforeStart?.(databaseFile, seeded);
  const [server, browser] = await Promise.all([startServer({ databaseFile, smtpUrl: smtp.url }), launchBrowser()]);
  return {
    browser, server, smtp, seeded,
    async open(mode) {
      const { context, page } = await openJourneyPage(browser, server.baseUrl, mode);
      return {
        context, page,
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
