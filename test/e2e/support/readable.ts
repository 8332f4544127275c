// expectReadableOnPhone(page): the page as laid out now reads well at its width (the phone tour
// sets 375 and 320 px). What counts as readable is written down in docs/narrow-screens.md:
// - nothing sticks out sideways: not the document, not an element, except inside a deliberate
//   scroll container (overflow-x auto/scroll with a name and tabindex, for a wide table);
// - no word is broken across lines (a break after a hyphen or slash, or at a soft hyphen, is
//   allowed; so is breaking a "word" longer than LONG_WORD characters, such as a web address);
// - no text squeezed into a column of a word or two: a text of SQUEEZED_MIN_WORDS words or more,
//   in a box narrower than SQUEEZED_WIDTH_REM, laid out at fewer than two words a line (an error
//   summary's heading beside its list, a table column shrunk to its longest word);
// - no text smaller than MIN_TEXT_PX as drawn, SVG text included (its font size times the scale
//   of its viewBox).
import type { Page } from "playwright-core";
import { expect } from "vitest";

export const MIN_TEXT_PX = 12;
export const LONG_WORD = 30;
export const SQUEEZED_MIN_WORDS = 4;
export const SQUEEZED_WIDTH_REM = 8;

export interface ReadabilityProblem {
  kind: "page overflow" | "element overflow" | "broken word" | "squeezed text" | "small text";
  element: string;
  detail: string;
}

/**
 * Soft: the journey goes on, so one run lists every page that is not readable. The message names
 * the element (a short selector and its text) and what is wrong with it.
 */
export async function expectReadableOnPhone(page: Page, label = page.url()): Promise<void> {
  const problems = (await readabilityProblems(page)).map((p) => `${p.kind} at ${p.element}: ${p.detail}`);
  const width = page.viewportSize()?.width;
  expect.soft(problems, `${label} at ${width} px is not readable:\n  ${problems.join("\n  ")}\n`).toEqual([]);
}

export function readabilityProblems(page: Page): Promise<ReadabilityProblem[]> {
  return page.evaluate(findProblems, {
    minTextPx: MIN_TEXT_PX,
    longWord: LONG_WORD,
    squeezedMinWords: SQUEEZED_MIN_WORDS,
    squeezedWidthRem: SQUEEZED_WIDTH_REM,
  });
}

/** Runs in the browser: self-contained, no imports. */
function findProblems({
  minTextPx,
  longWord,
  squeezedMinWords,
  squeezedWidthRem,
}: {
  minTextPx: number;
  longWord: number;
  squeezedMinWords: number;
  squeezedWidthRem: number;
}): ReadabilityProblem[] {
  const problems: ReadabilityProblem[] = [];
  const root = document.documentElement;
  const viewportWidth = root.clientWidth;
  const rootFontPx = Number.parseFloat(getComputedStyle(root).fontSize);

  const describe = (el: Element): string => {
    const parts: string[] = [];
    for (let e: Element | null = el; e && e !== document.body && parts.length < 3; e = e.parentElement) {
      const cls = [...e.classList]
        .slice(0, 2)
        .map((c) => `.${c}`)
        .join("");
      parts.unshift(`${e.localName}${e.id ? `#${e.id}` : ""}${cls}`);
    }
    const text = (el.textContent ?? "").replace(/\s+/g, " ").trim();
    return `${parts.join(" > ")} "${text.length > 60 ? `${text.slice(0, 59)}…` : text}"`;
  };

  /** Hidden for the eye but not for screen readers (visually-hidden), or not drawn at all. */
  const hiddenCache = new Map<Element, boolean>();
  const isHidden = (el: Element): boolean => {
    const known = hiddenCache.get(el);
    if (known !== undefined) return known;
    const style = getComputedStyle(el);
    let hidden =
      style.display === "none" ||
      style.visibility === "hidden" ||
      (style.clip !== "auto" && style.clip !== "") ||
      style.clipPath !== "none" ||
      el.localName === "title" ||
      el.localName === "desc";
    if (!hidden && el.parentElement) hidden = isHidden(el.parentElement);
    hiddenCache.set(el, hidden);
    return hidden;
  };

  /** A wide table may scroll in a wrapper that says so: overflow-x auto/scroll, focusable, named. */
  const inScrollContainer = (el: Element): boolean => {
    for (let e = el.parentElement; e && e !== document.body; e = e.parentElement) {
      const overflow = getComputedStyle(e).overflowX;
      if (overflow === "auto" || overflow === "scroll")
        return e.hasAttribute("tabindex") && (e.hasAttribute("aria-label") || e.hasAttribute("aria-labelledby"));
    }
    return false;
  };

  if (root.scrollWidth > viewportWidth)
    problems.push({
      kind: "page overflow",
      element: "html",
      detail: `the page is ${root.scrollWidth} px wide in a ${viewportWidth} px window`,
    });

  for (const el of document.body.querySelectorAll("*")) {
    if (isHidden(el) || el.closest("head, script, style, noscript")) continue;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    if ((rect.right > viewportWidth + 0.5 || rect.left < -0.5) && !inScrollContainer(el)) {
      // Report the outermost element that sticks out, not each of its children.
      const parent = el.parentElement;
      const parentRect = parent?.getBoundingClientRect();
      const parentOut = parentRect && (parentRect.right > viewportWidth + 0.5 || parentRect.left < -0.5);
      if (!parentOut || !parent || isHidden(parent))
        problems.push({
          kind: "element overflow",
          element: describe(el),
          detail: `spans ${Math.round(rect.left)}–${Math.round(rect.right)} px in a ${viewportWidth} px window`,
        });
    }
  }

  // Words: split at white space, and after hyphens, slashes, soft hyphens and zero-width spaces,
  // where a break is expected. A piece whose characters lie on more than one line is broken.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  const smallReported = new Set<Element>();
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const el = node.parentElement;
    if (!el || !node.data.trim() || isHidden(el) || el.closest("script, style, noscript, option, textarea")) continue;
    const style = getComputedStyle(el);
    const svgText = el instanceof SVGElement ? (el.closest("text") as SVGTextElement | null) : null;
    const scale = svgText ? Math.hypot(svgText.getScreenCTM()?.a ?? 1, svgText.getScreenCTM()?.b ?? 0) : 1;
    const size = Number.parseFloat(style.fontSize) * scale;
    if (size < minTextPx - 0.05 && !smallReported.has(el)) {
      smallReported.add(el);
      problems.push({ kind: "small text", element: describe(el), detail: `drawn at ${size.toFixed(1)} px` });
    }
    if (svgText) continue; // SVG text never wraps
    const lineTops = (from: number, to: number) => {
      range.setStart(node, from);
      range.setEnd(node, to);
      const tops: number[] = [];
      for (const r of range.getClientRects()) if (r.width > 0) tops.push(Math.round(r.top));
      // Fragments of one line can differ a pixel (a baseline shift); a new line is a line-height away.
      tops.sort((a, b) => a - b);
      return tops.filter((top, i) => i === 0 || top - tops[i - 1]! > 2).length;
    };
    // A token longer than longWord (a web address) may break anywhere; a shorter one only after
    // a hyphen, slash, soft hyphen or zero-width space, so its pieces are checked one by one.
    for (const token of node.data.matchAll(/\S+/g)) {
      if (token[0].length > longWord) continue;
      for (const piece of token[0].matchAll(/[^\u00ad\u200b/-]+/g)) {
        if (piece[0].length < 2) continue;
        const start = token.index + piece.index;
        const lines = lineTops(start, start + piece[0].length);
        if (lines > 1)
          problems.push({
            kind: "broken word",
            element: describe(el),
            detail: `"${piece[0]}" is broken over ${lines} lines`,
          });
      }
    }
    const words = node.data.trim().split(/\s+/).length;
    const narrow = el.getBoundingClientRect().width < squeezedWidthRem * rootFontPx;
    if (words >= squeezedMinWords && narrow) {
      const lines = lineTops(0, node.data.length);
      if (lines * 2 > words)
        problems.push({
          kind: "squeezed text",
          element: describe(el),
          detail: `${words} words on ${lines} lines, ${Math.round(el.getBoundingClientRect().width)} px wide`,
        });
    }
  }
  return problems;
}
