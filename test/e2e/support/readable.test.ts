// The readability check on small pages made to fail one rule each, and on their fixed versions,
// in a real Chromium at 320 px: the check finds what it promises and names the element.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./browser";
import { readabilityProblems } from "./readable";

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 320, height: 600 } });
  page = await context.newPage();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

async function problemsOf(body: string) {
  await page.setContent(
    `<!doctype html><html lang="nl"><head><style>body{margin:8px;font:16px sans-serif}</style></head>` +
      `<body>${body}</body></html>`,
  );
  return (await readabilityProblems(page)).map((p) => `${p.kind} at ${p.element}: ${p.detail}`);
}

const table = `<table><tr><th>Project</th><th>Stemmen</th><th>Kosten</th><th>Gekozen</th><th>Waarom</th></tr>
  <tr><td>Jongerenplatform</td><td>42</td><td>€&nbsp;21.000</td><td>Ja</td><td>Gekozen met de meeste stemmen</td></tr>
  </table>`;

describe("the readability check at 320 px", () => {
  it("finds a page wider than the window and names the element that sticks out", async () => {
    const problems = await problemsOf(`<p>Kort.</p><div class="wide" style="width:500px">Breed blok</div>`);
    expect(problems).toContain("page overflow at html: the page is 508 px wide in a 320 px window");
    expect(problems.some((p) => p.startsWith('element overflow at div.wide "Breed blok"'))).toBe(true);
  });

  it("allows a wide table in a named, focusable scroll box, not in a bare one", async () => {
    const wide = `<table style="width:600px"><tr><td>Breed</td></tr></table>`;
    expect(await problemsOf(`<div style="overflow-x:auto" tabindex="0" aria-label="Tabel">${wide}</div>`)).toEqual([]);
    const bare = await problemsOf(`<div style="overflow-x:auto">${wide}</div>`);
    expect(bare.some((p) => p.startsWith("element overflow at div > table"))).toBe(true);
  });

  it("finds words broken into pieces (word-break: break-word in a squeezed table)", async () => {
    const problems = await problemsOf(`<div style="word-break:break-word">${table}</div>`);
    expect(problems).toContainEqual(
      expect.stringMatching(/^broken word at .*td "Jongerenplatform": "Jongerenplatform"/),
    );
    // In a scroll box, with room for a few words a line in each text column: readable.
    const box = `<div style="overflow-x:auto" tabindex="0" aria-label="Tabel">${table}</div>`;
    expect(await problemsOf(`<style>td { min-width: 10rem }</style>${box}`)).toEqual([]);
  });

  it("allows a break after a hyphen and in a very long address", async () => {
    const address = "https://voorbeeld.example/een/heel/lang/adres";
    const narrow = `<p style="width:60px;word-break:break-word">Go-Zero ${address}</p>`;
    expect(await problemsOf(narrow)).toEqual([]);
  });

  it("finds a list squeezed to a word or two a line beside its heading", async () => {
    const summary = `<div style="display:flex"><h2>Er ging iets mis. Controleer de volgende punten:</h2>
      <ul><li>Titel: geef een titel van minstens 5 tekens.</li><li>Uw idee: beschrijf uw idee in minstens
      20 tekens.</li><li>Gebied: kies een gebied.</li></ul></div>`;
    const problems = await problemsOf(summary);
    expect(problems).toContainEqual(expect.stringMatching(/^squeezed text at div > ul > li "Uw idee: beschrijf/));
    expect(await problemsOf(summary.replace('style="display:flex"', ""))).toEqual([]);
  });

  it("finds SVG text drawn under 12 px because its drawing is scaled down", async () => {
    const chart = (width: number) =>
      `<svg viewBox="0 0 ${width} 40" width="300"><text x="4" y="20" font-size="14">Podium</text></svg>`;
    expect(await problemsOf(chart(750))).toEqual(['small text at svg > text "Podium": drawn at 5.6 px']);
    expect(await problemsOf(chart(300))).toEqual([]);
  });
});
