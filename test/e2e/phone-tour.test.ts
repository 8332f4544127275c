// The phone tour: every page of the journeys (public pages, ideas, budgets, opinion maps, the
// account, the main staff pages) on the demo site, in a 375 px and a 320 px wide window, in Dutch
// and in English. Each page must read well at that width (no sideways overflow, no word broken
// over lines, no text under 12 px: readable.ts, docs/narrow-screens.md) and pass axe. The other
// journeys run at desktop width; JOURNEY_WIDTH=375 runs them at phone width too.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/core/sites/demo";
import { expectAccessible } from "./support/accessibility";
import { andWaitForDocument, type JourneyMode, launchBrowser, openJourneyPage } from "./support/browser";
import { logInAs, submitForm } from "./support/journey";
import { withDatabase } from "./support/seed";
import { type RunningServer, startServer } from "./support/server";
import type { Browser } from "playwright-core";

interface DemoIds {
  idea: number;
  votingProcess: number;
  resultsProcess: number;
  conversation: number;
  pastMeeting: number;
  upcomingMeeting: number;
}

let server: RunningServer;
let browser: Browser;
let ids: DemoIds;
beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({ args: ["--demo"], readyTimeoutMs: 180_000 }), launchBrowser()]);
  ids = await withDatabase(server.databaseFile, async ({ kysely: db }) => {
    const process = (phase: "vote" | "results") =>
      db.selectFrom("budget_processes").select("id").where("phase", "=", phase).orderBy("id").executeTakeFirstOrThrow();
    return {
      idea: (await db.selectFrom("ideas").select("id").orderBy("id").executeTakeFirstOrThrow()).id,
      votingProcess: (await process("vote")).id,
      resultsProcess: (await process("results")).id,
      conversation: (await db.selectFrom("opinion_conversations").select("id").orderBy("id").executeTakeFirstOrThrow())
        .id,
      pastMeeting: (await db.selectFrom("meetings").select("id").orderBy("starts_at").executeTakeFirstOrThrow()).id,
      upcomingMeeting: (
        await db.selectFrom("meetings").select("id").orderBy("starts_at", "desc").executeTakeFirstOrThrow()
      ).id,
    };
  });
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const publicPages = (d: DemoIds) => [
  "/",
  "/toegankelijkheid",
  "/privacy",
  "/ideeen",
  `/ideeen/${d.idea}`,
  "/verantwoording",
  "/begroting",
  `/begroting/${d.votingProcess}`,
  `/begroting/${d.resultsProcess}/uitslag`,
  "/gesprekken",
  `/gesprekken/${d.conversation}`,
  `/gesprekken/${d.conversation}/resultaten`,
  "/bijeenkomsten",
  `/bijeenkomsten/${d.pastMeeting}`,
  `/bijeenkomsten/${d.upcomingMeeting}`,
  "/open-data",
  "/registreren",
  "/bestaat-niet",
];
const residentPages = (d: DemoIds) => [
  "/account",
  "/account/post",
  "/account/voorkeuren",
  "/account/verifieren",
  `/begroting/${d.votingProcess}/stemmen`,
  `/gesprekken/${d.conversation}/mijn-antwoorden`,
];
const staffPages = (d: DemoIds) => [
  "/admin",
  "/admin/ideeen",
  "/admin/ideeen/raad",
  "/admin/begroting",
  `/admin/begroting/${d.votingProcess}`,
  "/admin/gesprekken",
  `/admin/gesprekken/${d.conversation}/moderatie`,
  "/admin/bijeenkomsten",
  `/admin/bijeenkomsten/${d.upcomingMeeting}`,
  `/admin/bijeenkomsten/${d.upcomingMeeting}/presentielijst`,
  "/admin/bijeenkomsten/nieuw",
  "/admin/gebruikers",
  "/admin/gebieden",
  "/admin/briefcodes",
  "/admin/site/hosts",
  "/admin/audit",
  "/admin/outbox",
];

/** Opens each page and holds it to the bar: axe and, at this width, readable (expectAccessible). */
async function tour(page: Page, paths: string[]) {
  for (const path of paths) {
    await andWaitForDocument(page, () => page.goto(path));
    // Both languages are toured at this width: the desktop-sized second window is not needed.
    await expectAccessible(page, { otherLanguage: false });
  }
}

const widths = [375, 320];
const languages = ["nl", "en"] as const;

describe.each(widths)("the journeys' pages at %i px", (width) => {
  it.each(languages)(
    "read well and pass axe in %s",
    async (lang) => {
      const mode: JourneyMode = {
        name: `${width} px`,
        javaScriptEnabled: true,
        viewport: { width, height: 800 },
      };
      for (const [who, email, pages] of [
        ["anyone", null, publicPages(ids)],
        ["resident", "bewoner@example.org", residentPages(ids)],
        ["admin", "beheerder@example.org", staffPages(ids)],
      ] as const) {
        const { context, page } = await openJourneyPage(browser, server.baseUrl, mode);
        try {
          await andWaitForDocument(page, () => page.goto(`/taal/${lang}?terug=/`));
          expect(await page.getAttribute("html", "lang"), who).toBe(lang);
          await expectAccessible(page, { otherLanguage: false });
          if (email) await logInAs(page, email, "/", DEMO_PASSWORD);
          await tour(page, pages);
          if (who === "resident") {
            // The error summary of a form sent empty.
            await andWaitForDocument(page, () => page.goto("/ideeen/nieuw"));
            await expectAccessible(page, { otherLanguage: false });
            const sent = await submitForm(page, "/ideeen");
            expect(sent.status).toBe(400);
            expect(await page.locator("[data-error-summary] li").count()).toBeGreaterThan(1);
            await expectAccessible(page);
          }
        } finally {
          await context.close();
        }
      }
    },
    600_000,
  );
});
