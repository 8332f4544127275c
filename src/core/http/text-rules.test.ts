import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSingleLineText, isStorableText, multiLineText, singleLineText, unstorableFields } from "./text-rules";

describe("the text rule", () => {
  it("keeps ordinary text of any script, emoji and line breaks in multi-line text", () => {
    for (const text of ["Meer bankjes", "Straße – café ‘Ü’ 😀", "Eerste regel\r\n\tTweede", "", "€ 1.000,-"])
      expect(isStorableText(text), text).toBe(true);
    expect(isSingleLineText("Straße – café 😀")).toBe(true);
  });

  it("refuses NUL, other control characters, non-characters and lone surrogate halves", () => {
    for (const text of [
      "a\u0000b",
      "bel\u0007",
      "esc\u001b[0m",
      "del\u007f",
      "c1\u0085",
      "\uFFFE",
      "x\uD800y",
      "\uDC00",
    ])
      expect(isStorableText(text), JSON.stringify(text)).toBe(false);
  });

  it("refuses tabs and line breaks in single-line text only", () => {
    for (const text of ["a\tb", "a\nb", "a\rb", "a\u2028b", "a\u2029b"]) {
      expect(isSingleLineText(text), JSON.stringify(text)).toBe(false);
      expect(isStorableText(text)).toBe(true);
    }
  });

  it("single-line text is always storable text", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => !isSingleLineText(s) || isStorableText(s)));
  });

  it("gives zod schemas and field errors with one catalog key", () => {
    expect(singleLineText().safeParse("a\nb").error?.issues[0]?.message).toBe("forms.errors.controlCharacter");
    expect(multiLineText().safeParse("a\nb").success).toBe(true);
    expect(
      unstorableFields({ ok: "fine", bad: "x\u0000", list: ["a", "b\u0001"], nested: { deep: "\u0002" } }),
    ).toEqual([
      { field: "bad", messageKey: "forms.errors.controlCharacter" },
      { field: "list", messageKey: "forms.errors.controlCharacter" },
      { field: "nested", messageKey: "forms.errors.controlCharacter" },
    ]);
  });
});
