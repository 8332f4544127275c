import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { purgeCss } from "./purge-css";

// A source folder that uses only utrecht-button, as the purge reads class names from the source.
const sourceDir = fs.mkdtempSync(path.join(os.tmpdir(), "purge-css-"));
fs.writeFileSync(path.join(sourceDir, "page.tsx"), 'export const x = <button class="utrecht-button">x</button>;');
afterAll(() => fs.rmSync(sourceDir, { recursive: true, force: true }));

describe("purgeCss", () => {
  it("keeps rules whose utrecht classes are used and drops the others", () => {
    const css =
      ".utrecht-button{color:red}.utrecht-link{color:blue}.utrecht-button .utrecht-icon{margin:0}.plain{padding:0}";
    expect(purgeCss(css, sourceDir)).toBe(".utrecht-button{color:red}.plain{padding:0}");
  });

  it("keeps only the used selectors of a selector list, also inside media queries", () => {
    const css = "@media (min-width:40em){.utrecht-link,.utrecht-button{display:block}.utrecht-link{x:y}}";
    expect(purgeCss(css, sourceDir)).toBe("@media (min-width:40em){.utrecht-button{display:block}}");
  });

  it("splits a selector list only at its own commas, and a class named inside :not() need not be used", () => {
    // Split at every comma, the unused third selector took the closing parenthesis with it and the
    // unbalanced "(" swallowed the rest of the stylesheet.
    const css =
      ".utrecht-button:focus:not(:disabled, [aria-disabled=true], .utrecht-link){color:red}" +
      ".utrecht-link:not(.utrecht-button),.utrecht-button:is(.utrecht-link, .x){x:y}.plain{padding:0}";
    expect(purgeCss(css, sourceDir)).toBe(
      ".utrecht-button:focus:not(:disabled, [aria-disabled=true], .utrecht-link){color:red}.plain{padding:0}",
    );
  });

  it("keeps data URLs whole, even with ';' and '{' inside them", () => {
    const svg = `<svg xmlns='http://www.w3.org/2000/svg'><style>a{fill:red}</style></svg>`;
    const url = `url("data:image/svg+xml;utf8,${svg}")`;
    const css = `.voorbeeld-theme{--icon:${url};--unused:1px}.utrecht-button{background-image:var(--icon)}`;
    expect(purgeCss(css, sourceDir)).toBe(
      `.voorbeeld-theme{--icon:${url}}.utrecht-button{background-image:var(--icon)}`,
    );
  });

  it("drops unused tokens but follows var() chains through every scope that defines them", () => {
    const css =
      ".t{--a:var(--b);--b:red;--c:blue}.dark{--b:var(--d)}.t2{--d:green;--e:0}.utrecht-button{color:var(--a)}";
    expect(purgeCss(css, sourceDir)).toBe(
      ".t{--a:var(--b);--b:red}.dark{--b:var(--d)}.t2{--d:green}.utrecht-button{color:var(--a)}",
    );
  });

  it("drops comments and keeps @import statements and other at-rules", () => {
    const css = '/* licence */@import url("x.css");@font-face{font-family:"A;B"}.utrecht-button{color:red}';
    expect(purgeCss(css, sourceDir)).toBe(
      '@import url("x.css");@font-face{font-family:"A;B"}.utrecht-button{color:red}',
    );
  });
});
