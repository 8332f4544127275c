// expectAccessible(page): the quality bar for every page a journey visits. axe-core (WCAG 2.2 AA
// tags) and the strict HTML check on the page as shown, then the same page in the other language,
// reached through the language link in the header, checked the same way.
import fs from "node:fs";
import { createRequire } from "node:module";
import { AxeBuilder } from "@axe-core/playwright";
import type { AxeResults } from "axe-core";
import { expect } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { checkHtml } from "./html-check";
import { currentDocument, isPhoneMode, openJourneyPage, pageState } from "./browser";
import { expectReadableOnPhone } from "./readable";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export async function expectAccessible(page: Page, options: { otherLanguage?: boolean } = {}): Promise<void> {
  await page.waitForLoadState("load");
  const document = currentDocument(page);
  await expectPageClean(page, `${document.method} ${page.url()}`);
  document.checked = true;
  // A page that answers a POST (a form with errors) cannot be fetched again; its other language
  // is covered by the journey that runs in that language.
  if (options.otherLanguage !== false && document.method === "GET") await expectOtherLanguageClean(page);
}

/**
 * Pages already found clean, by mode, window width and HTML without its one-time values: axe is
 * the slow part. The width is part of the key because target sizes and overlaps depend on it.
 */
const cleanPages = new Set<string>();
const cacheKey = (javaScript: boolean, width: number, html: string) =>
  `${javaScript}:${width}:${html
    .replace(/(name="(?:_csrf|token)" value=")[^"]*"/g, '$1"')
    .replace(/([?&]token=)[\w-]+/g, "$1")}`;

async function expectPageClean(page: Page, label: string): Promise<void> {
  const html = await currentDocument(page).html;
  expect(html, `${label}: no HTML received`).not.toBe("");
  const { javaScriptEnabled } = pageState(page).mode;
  // The layout depends on the window, not only on the HTML: checked every time, before the cache.
  if (isPhoneMode(pageState(page).mode)) await expectReadableOnPhone(page, label);
  const key = cacheKey(javaScriptEnabled, page.viewportSize()?.width ?? 0, html);
  if (cleanPages.has(key)) return;
  expect(checkHtml(html), `${label}: HTML problems`).toEqual([]);
  const results = javaScriptEnabled ? await axe(page) : await analyzeStatic(page, html);
  const violations = violationLines(results);
  expect(violations, `${label}: axe violations`).toEqual([]);
  cleanPages.add(key);
}

/** One line per violation: the rule, and each failing element with what to fix. */
const violationLines = (results: Pick<AxeResults, "violations">) =>
  results.violations.map((v) => {
    const nodes = v.nodes.map((n) => `${n.target.join(" ")} (${n.failureSummary})`);
    return `${v.id} (${v.impact}): ${v.help} at ${nodes.join(", ")}`;
  });

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * axe-core run in the page itself. AxeBuilder's analyze() merges the results of every frame in a
 * page it opens for each check, which made it 3 to 5 times slower here (docs/benchmarks.md, "Test
 * suite"); our pages have no frames, and one that has gets AxeBuilder. Only violations are
 * collected: passes and incomplete results cost time.
 */
async function axe(page: Page): Promise<Pick<AxeResults, "violations">> {
  if (page.frames().length > 1)
    return new AxeBuilder({ page })
      .withTags(WCAG_TAGS)
      .options({ resultTypes: ["violations"] })
      .analyze();
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  return page.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof import("axe-core") }).axe.run(document, {
        runOnly: { type: "tag", values: tags },
        resultTypes: ["violations"],
      }),
    WCAG_TAGS,
  );
}

/**
 * Opens the same URL in a second context with the same cookies and follows the language link. The
 * second context is kept for the journey's context (a new one per page would start a new renderer
 * process each time); its cookies are replaced by the journey's before each check.
 */
async function expectOtherLanguageClean(page: Page): Promise<void> {
  const shadow = await shadowPageFor(page);
  await shadow.context().clearCookies();
  await shadow.context().addCookies(await page.context().cookies());
  const url = page.url();
  // From a blank page, so that a URL with a #fragment still loads a new document.
  await shadow.goto("about:blank");
  await shadow.goto(url);
  const lang = await shadow.getAttribute("html", "lang");
  await shadow.locator("header a[hreflang]").click();
  await shadow.waitForLoadState("load");
  const switched = new URL(shadow.url());
  // The link returns to the same page (its path; a query such as a search is not kept).
  expect(switched.pathname, "the language link returns to the same page").toBe(new URL(url).pathname);
  if (switched.search !== new URL(url).search) await shadow.goto(url);
  const otherLang = await shadow.getAttribute("html", "lang");
  expect(otherLang, "the language link switches the language").not.toBe(lang);
  await expectPageClean(shadow, `GET ${url} in ${otherLang}`);
}

const shadowPages = new WeakMap<BrowserContext, Promise<Page>>();

function shadowPageFor(page: Page): Promise<Page> {
  const journeyContext = page.context();
  let shadow = shadowPages.get(journeyContext);
  if (!shadow) {
    const { mode, baseUrl } = pageState(page);
    shadow = openJourneyPage(journeyContext.browser()!, baseUrl, mode).then(({ context, page: opened }) => {
      // Closed with the journey's context (finish() closes it).
      journeyContext.once("close", () => void context.close().catch(() => {}));
      return opened;
    });
    shadowPages.set(journeyContext, shadow);
  }
  return shadow;
}

/**
 * axe needs timers, which do not run in a page with JavaScript off. So the no-JavaScript page is
 * checked in a scripting page that is given the same server HTML and CSS but none of our script:
 * the same DOM and styles as the visitor without JavaScript gets.
 */
async function analyzeStatic(page: Page, html: string) {
  const browser = page.context().browser()!;
  let checker = staticCheckers.get(browser);
  if (!checker) {
    checker = openStaticChecker(browser);
    staticCheckers.set(browser, checker);
  }
  const { page: checkerPage, show } = await checker;
  show.html = html;
  // A fresh query each time, so the browser always loads the document (never a same-page jump).
  const url = new URL(page.url());
  await checkerPage.goto(`${url.origin}${url.pathname}?axe-check=${++show.count}`);
  return await axe(checkerPage);
}

/** One checker page per browser, reused: a new context per check would double the cost. */
const staticCheckers = new WeakMap<Browser, Promise<{ page: Page; show: { html: string; count: number } }>>();

async function openStaticChecker(browser: Browser) {
  const context = await browser.newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  const show = { html: "", count: 0 };
  await page.route("**/*", async (route) => {
    const request = route.request();
    if (request.isNavigationRequest())
      return route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: show.html });
    if (request.resourceType() === "script") return route.abort();
    return route.continue();
  });
  return { page, show };
}

/**
 * axe on the page as the script has changed it, without a new document (a live total, a vote
 * sent in the background). Not cached: the server HTML is the same, the DOM is not.
 */
export async function expectLiveAccessible(page: Page, label = page.url()): Promise<void> {
  expect(pageState(page).mode.javaScriptEnabled, "a page changed by script needs JavaScript").toBe(true);
  const results = await axe(page);
  const violations = violationLines(results);
  expect(violations, `${label} after a change by script: axe violations`).toEqual([]);
}
