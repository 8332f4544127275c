import { describe, expect, it } from "vitest";
import { isLanguageChoice, MAX_COUNCIL_EMAILS, parseEmailList } from "./site-settings";
import { isShippedTheme } from "./themes";
import { formatPostcodeRanges, parsePostcodeRanges } from "./postcodes";

describe("site settings", () => {
  it("reads a list of e-mail addresses separated by lines, commas or semicolons", () => {
    expect(parseEmailList("a@x.nl\nB@Y.nl, c@z.nl; a@x.nl")).toEqual(["a@x.nl", "b@y.nl", "c@z.nl"]);
    expect(parseEmailList("  \n ")).toEqual([]);
  });

  it("refuses a list with a wrong address or too many addresses", () => {
    expect(parseEmailList("a@x.nl\nniet-een-adres")).toBeNull();
    expect(parseEmailList("Raad <raad@x.nl>")).toBeNull();
    expect(
      parseEmailList(Array.from({ length: MAX_COUNCIL_EMAILS + 1 }, (_, i) => `r${i}@x.nl`).join("\n")),
    ).toBeNull();
  });

  it("offers only Dutch, English or both as languages", () => {
    expect(["nl", "en", "nl,en", "en,nl"].every(isLanguageChoice)).toBe(true);
    expect(isLanguageChoice("de")).toBe(false);
    expect(isLanguageChoice("nl,nl")).toBe(false);
  });

  it("knows the shipped themes only", () => {
    expect(isShippedTheme("voorbeeld-theme")).toBe(true);
    expect(isShippedTheme("utrecht-theme")).toBe(false);
  });

  it("writes postcode ranges back in a tidy form", () => {
    expect(formatPostcodeRanges(parsePostcodeRanges(" 1051 -1058,1060 ")!)).toBe("1051-1058, 1060");
    expect(formatPostcodeRanges([])).toBe("");
  });
});
