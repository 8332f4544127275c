import { describe, expect, it } from "vitest";
import { checkHtml } from "./html-check";

const page = (body: string, lang = ' lang="nl"') =>
  `<!DOCTYPE html><html${lang}><head><meta charset="utf-8"/><title>Test</title></head>` +
  `<body><main id="main"><h1>Kop</h1>${body}</main></body></html>`;

describe("checkHtml", () => {
  it("accepts a well-formed page with labelled fields, a CSRF field and working references", () => {
    const body =
      '<a href="#main">Naar inhoud</a><p>Tekst &amp; meer<br/></p>' +
      '<form method="post" action="/x"><input type="hidden" name="_csrf" value="t"/>' +
      '<label for="field-naam">Naam</label>' +
      '<input id="field-naam" name="naam" required maxlength="20" aria-describedby = "hint"/>' +
      '<div id="hint">Hint</div>' +
      '<label>Kies <select name="keuze"><option value="1">Een</option></select></label>' +
      '<textarea name="t" aria-label="Tekst">&lt;b&gt;</textarea><button type="submit">Stuur</button></form>' +
      '<ul><li>Een</li></ul><img src="/a.png" alt=""/><script src="/a.js" defer></script>';
    expect(checkHtml(page(body))).toEqual([]);
  });

  it.each([
    ["<div><span></div></span>", /misnested/],
    ["<div>", /never closed/],
    ["</div>", /stray end tag/],
    ['<p id="a">x</p><p id="a">y</p>', /duplicate id "a"/],
    ["<h1>Twee</h1>", /2 <h1> elements/],
    ["<p><div>blok</div></p>", /<div> inside <p>/],
    ["<li>los</li>", /<li> inside <main>/],
    ['<a href="/"><button>x</button></a>', /interactive <button> inside a link/],
    ['<input name="los"/>', /has no label/],
    ['<label for="weg">x</label>', /for="weg" on <label> points to no element/],
    ['<a href="#nergens">x</a>', /points to no element/],
    ['<form method="post"><button>x</button></form>', /POST form without a _csrf field/],
    ["<form><form></form></form>", /a form inside a form/],
    ['<p class="a" class="b">x</p>', /duplicate attribute class/],
    ['<p class="a"id="b">x</p>', /without a space between them/],
    ["<div/>", /not self-closing/],
    ["<br></br>", /end tag <\/br> for a void element/],
    ["<img src=/a.png>", /<img> without alt/],
    ["a < b", /raw "<" in text/],
    ['<p class="a>x</p>', /unterminated/],
    ["<!-- nooit dicht", /unterminated comment/],
  ])("reports %s", (body, problem) => {
    const problems = checkHtml(page(body));
    expect(
      problems.some((p) => problem.test(p)),
      problems.join("; "),
    ).toBe(true);
  });

  it("reports a missing doctype, language, title and main landmark", () => {
    const problems = checkHtml("<html><head><title> </title></head><body><h1>x</h1></body></html>");
    expect(problems).toEqual(
      expect.arrayContaining([
        "the document does not start with <!DOCTYPE html>",
        "<html> has no lang attribute",
        "the <title> is empty",
        "0 <main> elements, expected 1",
        'no <meta charset="utf-8">',
      ]),
    );
  });
  it("allows an inline SVG's own <title> and self-closing shapes", () => {
    const page =
      `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Kaart</title></head>` +
      `<body><main><h1>Kaart</h1>` +
      `<svg role="img" aria-labelledby="t"><title id="t">Groepen</title><circle r="2"/></svg></main></body></html>`;
    expect(checkHtml(page)).toEqual([]);
  });
});
