import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markdownToText, renderMarkdown } from "./markdown";
import { XSS_PAYLOADS, assertInert } from "../../../test/support/xss";

describe("safe Markdown subset", () => {
  it("renders paragraphs, line breaks, bold, italic and lists", () => {
    expect(renderMarkdown("Een **vet** en *schuin*\ntweede regel\n\nNieuwe alinea")).toBe(
      '<p class="utrecht-paragraph">Een <strong>vet</strong> en <em>schuin</em><br>tweede regel</p>' +
        '<p class="utrecht-paragraph">Nieuwe alinea</p>',
    );
    expect(renderMarkdown("- een\n- twee")).toBe(
      '<ul class="utrecht-unordered-list"><li class="utrecht-unordered-list__item">een</li>' +
        '<li class="utrecht-unordered-list__item">twee</li></ul>',
    );
    expect(renderMarkdown("1. een\n2. twee")).toContain("<ol");
  });

  it("starts a list right after a line of text, without a blank line", () => {
    expect(renderMarkdown("Mijn voorstel:\n- zes bankjes\n- twee bij de speeltuin\nDank!")).toBe(
      '<p class="utrecht-paragraph">Mijn voorstel:</p>' +
        '<ul class="utrecht-unordered-list"><li class="utrecht-unordered-list__item">zes bankjes</li>' +
        '<li class="utrecht-unordered-list__item">twee bij de speeltuin</li></ul>' +
        '<p class="utrecht-paragraph">Dank!</p>',
    );
  });

  it("links only http(s) and mailto, with rel nofollow ugc noopener", () => {
    expect(renderMarkdown("[site](https://example.org/a?b=1&c=2)")).toBe(
      '<p class="utrecht-paragraph"><a class="utrecht-link" href="https://example.org/a?b=1&amp;c=2" ' +
        'rel="nofollow ugc noopener">site</a></p>',
    );
    expect(renderMarkdown("[mail](mailto:a@b.nl)")).toContain('href="mailto:a@b.nl"');
    for (const bad of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "data:text/html,<script>",
      "vbscript:x",
      "/relative",
    ]) {
      const html = renderMarkdown(`[x](${bad})`);
      expect(html).not.toContain("<a");
    }
  });

  it("the inertness check itself notices executable markup", () => {
    for (const bad of [
      "<img src=x onerror=alert(1)>",
      '<a href="javascript:alert(1)">x</a>',
      "<script>alert(1)</script>",
      '<p title=">" onclick="x()">',
      "<svg onload=alert(1)>",
    ]) {
      expect(() => assertInert(bad), bad).toThrow();
    }
  });

  it("turns every known XSS payload into inert text", () => {
    for (const payload of XSS_PAYLOADS) assertInert(renderMarkdown(payload));
  });

  it("never produces a tag outside the allow-list for any input (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const html = renderMarkdown(s);
        for (const m of html.matchAll(/<\/?([a-zA-Z0-9]+)/g))
          expect(["p", "br", "strong", "em", "ul", "ol", "li", "a"]).toContain(m[1]);
        assertInert(html);
      }),
    );
  });

  it("makes plain text for feeds and descriptions", () => {
    expect(markdownToText("**Meer** [bomen](https://x.nl) *nu*")).toBe("Meer bomen nu");
    expect(markdownToText("a".repeat(400), 10)).toHaveLength(10);
  });
});
