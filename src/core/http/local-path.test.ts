import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeLocalPath } from "./local-path";

const HERE = "https://inspraak.example.nl/ideeen/3";

/** Where a browser lands when it follows `Location: value` from HERE (the WHATWG URL parser drops
 * tabs and newlines and strips leading control characters, as browsers do). */
const landsOn = (value: string) => new URL(value, HERE).origin;

describe("the safe local return path (?terug= after log-in and the language switch)", () => {
  it.each([
    "/",
    "/privacy",
    "/ideeen?gebied=2&sortering=nieuw",
    "/ideeen/12#reactie-3",
    "/admin/gebruikers?q=jan%40example.org",
    "/gesprekken/4?zoek=caf%C3%A9",
  ])("keeps the local path %s", (path) => {
    expect(safeLocalPath(path)).toBe(path);
  });

  it.each([
    ["a tab", "/\t/evil.example/x"],
    ["a tab from the query string ?terug=/%09/evil.example/x", decodeURIComponent("/%09/evil.example/x")],
    ["a newline", "/\n/evil.example"],
    ["a carriage return", "/\r/evil.example"],
    ["CR LF (header splitting)", "/\r\nSet-Cookie: x=1"],
    ["a NUL byte", "/\0/evil.example"],
    ["a leading space", " //evil.example"],
    ["a DEL", "/\x7f/evil.example"],
    ["a C1 control", "/\x85/evil.example"],
    ["two slashes", "//evil.example"],
    ["slash backslash", "/\\evil.example"],
    ["backslash slash", "\\/evil.example"],
    ["two backslashes", "\\\\evil.example"],
    ["a backslash later on", "/ideeen\\..\\..\\evil"],
    ["three slashes", "///evil.example"],
    ["an encoded second slash", "/%2F/evil.example"],
    ["an encoded second slash, lower case", "/%2f/evil.example"],
    ["an encoded backslash", "/%5Cevil.example"],
    ["an encoded tab", "/%09/evil.example"],
    ["an encoded newline", "/%0a/evil.example"],
    ["a double-encoded tab", "/%2509/evil.example"],
    ["an absolute URL", "https://evil.example/x"],
    ["a scheme-relative URL with spaces", "/ /evil.example"],
    ["javascript:", "javascript:alert(1)"],
    ["javascript: after a slash-less start", "JaVaScRiPt:alert(1)"],
    ["data:", "data:text/html,<script>alert(1)</script>"],
    ["a relative path", "ideeen/1"],
    ["a non-ASCII slash look-alike", "/\uff0fevil.example"],
    ["an ideographic space", "/\u3000/evil.example"],
    ["an empty string", ""],
    ["a very long path", `/${"a".repeat(600)}`],
  ])("refuses %s", (_name, value) => {
    expect(safeLocalPath(value)).toBe("/");
    expect(safeLocalPath(value, "")).toBe("");
  });

  it("refuses anything that is not a string", () => {
    for (const value of [undefined, null, 1, ["/privacy"], { toString: () => "/privacy" }])
      expect(safeLocalPath(value)).toBe("/");
  });

  it("never lets a browser leave the site, whatever the input (property)", () => {
    const piece = fc.constantFrom(
      "/",
      "\\",
      "\t",
      "\n",
      "\r",
      " ",
      "\0",
      "%",
      "%2F",
      "%5C",
      "%09",
      "%25",
      "2",
      "F",
      ":",
      "@",
      ".",
      "evil.example",
      "javascript:",
      "?",
      "#",
      "\u3000",
      "\uff0f",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const value = pieces.join("");
        const result = safeLocalPath(value);
        // The result is the input or the fallback, and it stays here, also when a proxy or the
        // next hop decodes it once more.
        expect([value, "/"]).toContain(result);
        expect(landsOn(result)).toBe("https://inspraak.example.nl");
        let decoded = result;
        try {
          decoded = decodeURIComponent(result);
        } catch {
          /* not decodable: the browser keeps it as it is */
        }
        expect(landsOn(decoded)).toBe("https://inspraak.example.nl");
      }),
      { numRuns: 3000 },
    );
  });
});
