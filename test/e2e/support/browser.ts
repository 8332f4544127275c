// One Debian Chromium for the whole test run (a connection per test file), and journey pages that
// remember every document they loaded, so a journey can prove it checked each page it visited.
import fs from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page, type Response } from "playwright-core";
import { inject } from "vitest";
import { CHROMIUM_ARGS, chromiumPath } from "./chromium";

export interface JourneyMode {
  name: string;
  javaScriptEnabled: boolean;
  /** The window's size; Playwright's 1280 × 720 when absent. */
  viewport?: { width: number; height: number };
}

/** A phone (375 px, where expectAccessible also applies the readability rules of readable.ts) and a desktop. */
export const PHONE_VIEWPORT = { width: 375, height: 800 };
export const DESKTOP_VIEWPORT = { width: 1280, height: 800 };

/**
 * Every journey runs in both modes: the pages must work without JavaScript. The JavaScript run is
 * on a phone and the other on a desktop, so each journey covers both widths without running four
 * times; the phone tour (test/e2e/phone-tour.test.ts) adds 320 px and both languages on every page.
 * JOURNEY_WIDTH=<px> runs both modes at that width instead.
 */
const journeyWidth = Number(process.env.JOURNEY_WIDTH) || undefined;
const widthOr = (viewport: { width: number; height: number }) =>
  journeyWidth ? { width: journeyWidth, height: viewport.height } : viewport;

export const journeyModes: JourneyMode[] = [
  { name: "with JavaScript", javaScriptEnabled: true, viewport: widthOr(PHONE_VIEWPORT) },
  { name: "without JavaScript", javaScriptEnabled: false, viewport: widthOr(DESKTOP_VIEWPORT) },
];

/** Below this width a journey page is held to the phone rules of readable.ts. */
export const PHONE_MAX_WIDTH = 640;
export const isPhoneMode = (mode: JourneyMode) => (mode.viewport?.width ?? 1280) < PHONE_MAX_WIDTH;

export { chromiumPath };

/**
 * A connection to the run's shared Chromium (test/global-setup.ts starts it on first use); close()
 * closes this connection and its contexts, not the browser. Outside such a run (no broker), a
 * Chromium of its own.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(chromiumPath)) {
    const install = "apt-get install -y chromium-headless-shell";
    throw new Error(`No Chromium at ${chromiumPath}: run "${install}" or set CHROMIUM_PATH.`);
  }
  const broker = inject("chromiumBroker");
  if (!broker) return chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  const res = await fetch(broker);
  const answer = await res.text();
  if (!res.ok) throw new Error(`The shared Chromium did not start: ${answer}`);
  return chromium.connect(answer);
}

export interface VisitedDocument {
  url: string;
  method: string;
  status: number;
  html: Promise<string>;
  checked: boolean;
}

interface PageState {
  mode: JourneyMode;
  baseUrl: string;
  documents: VisitedDocument[];
}
const states = new WeakMap<Page, PageState>();

export function pageState(page: Page): PageState {
  const state = states.get(page);
  if (!state) throw new Error("This page was not opened with openJourneyPage");
  return state;
}

/** A page in a fresh context (own cookies) that records each main-frame document it receives. */
export async function openJourneyPage(
  browser: Browser,
  baseUrl: string,
  mode: JourneyMode,
  locale = "nl-NL",
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    javaScriptEnabled: mode.javaScriptEnabled,
    locale,
    ...(mode.viewport ? { viewport: mode.viewport } : {}),
  });
  const page = await context.newPage();
  const state: PageState = { mode, baseUrl, documents: [] };
  states.set(page, state);
  page.on("response", (response: Response) => {
    const request = response.request();
    if (!request.isNavigationRequest() || response.frame() !== page.mainFrame()) return;
    if (response.status() >= 300 && response.status() < 400) return; // a redirect is not a page
    // Read the body now: once the page navigates on, the browser may drop it.
    const html = response.text().catch(() => "");
    state.documents.push({
      url: response.url(),
      method: request.method(),
      status: response.status(),
      html,
      checked: false,
    });
  });
  return { context, page };
}

/** The document the page shows now, as the server sent it. */
export function currentDocument(page: Page): VisitedDocument {
  const document = pageState(page).documents.at(-1);
  if (!document) throw new Error("The page has not loaded any document yet");
  return document;
}

/** Documents the journey loaded but never checked with expectAccessible. */
export function uncheckedDocuments(page: Page): string[] {
  return pageState(page)
    .documents.filter((d) => !d.checked)
    .map((d) => `${d.method} ${d.url} (${d.status})`);
}

/** Runs an action that loads a new document (a click on a link or submit button) and waits for it. */
export async function andWaitForDocument(
  page: Page,
  action: () => Promise<unknown>,
  timeoutMs = 30_000,
): Promise<VisitedDocument> {
  const state = pageState(page);
  const before = state.documents.length;
  await action();
  const deadline = Date.now() + timeoutMs;
  while (state.documents.length === before) {
    if (Date.now() > deadline) throw new Error(`No new page after the action (still on ${page.url()})`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await page.waitForLoadState("load");
  return state.documents.at(-1)!;
}
