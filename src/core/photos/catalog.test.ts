import { describe, expect, it } from "vitest";
import { catalog, LANGUAGES } from "../i18n/catalog";
import { ALT_MAX_LENGTH, MAX_INPUT_MEGAPIXELS, MAX_PHOTOS_PER_ITEM, MAX_UPLOAD_MB } from "./rules";

// Form error messages cannot take parameters, so these name the limits in words: they must say
// what rules.ts says, in both languages.
describe("photo messages", () => {
  it.each(LANGUAGES)("name the limits of rules.ts (%s)", (lang) => {
    const m = catalog(lang);
    expect(m["photos.errors.tooLarge"]).toContain(`${MAX_UPLOAD_MB} MB`);
    expect(m["photos.errors.tooMany"]).toContain(`${MAX_PHOTOS_PER_ITEM} `);
    expect(m["photos.errors.altTooLong"]).toContain(`${ALT_MAX_LENGTH} `);
    expect(m["photos.errors.tooManyPixels"]).toContain(`${MAX_INPUT_MEGAPIXELS} megapi`);
  });
});
