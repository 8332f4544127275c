import { describe, expect, it } from "vitest";
import { loadCatalog, missingKeys, translator } from "./catalog";
import { patternProblem, placeholderNames } from "./message-format";

const placeholders = (text: string) => placeholderNames(text);

describe("message catalogs", () => {
  const nl = loadCatalog("nl");
  const en = loadCatalog("en");

  it("have the same keys in Dutch and English", () => {
    const onlyNl = Object.keys(nl).filter((k) => !(k in en));
    const onlyEn = Object.keys(en).filter((k) => !(k in nl));
    expect(onlyNl, "keys only in locales/nl").toEqual([]);
    expect(onlyEn, "keys only in locales/en").toEqual([]);
  });

  it("use the same placeholders in both languages", () => {
    const differ = Object.keys(nl).filter(
      (k) => k in en && placeholders(nl[k]!).join() !== placeholders(en[k]!).join(),
    );
    expect(differ).toEqual([]);
  });

  it("have no empty messages", () => {
    expect(
      Object.entries(nl)
        .filter(([, v]) => !v.trim())
        .map(([k]) => k),
    ).toEqual([]);
    expect(
      Object.entries(en)
        .filter(([, v]) => !v.trim())
        .map(([k]) => k),
    ).toEqual([]);
  });

  it("fill in placeholders and plural forms", () => {
    const t = translator("en");
    expect(t("errors.rateLimited", { minutes: 5 })).toBe("You have tried this too often. Try again in 5 minutes.");
    expect(t("errors.rateLimited", { minutes: 1 })).toBe("You have tried this too often. Try again in 1 minute.");
    expect(translator("nl")("errors.rateLimited", { minutes: 1 })).toBe(
      "U hebt dit te vaak geprobeerd. Probeer het over 1 minuut opnieuw.",
    );
    expect(t("home.heading", { site: "West" })).toBe("Welcome to West");
  });

  it("have well-formed patterns", () => {
    for (const messages of [nl, en]) {
      const bad = Object.entries(messages)
        .map(([k, v]) => [k, patternProblem(v)])
        .filter(([, problem]) => problem);
      expect(bad).toEqual([]);
    }
  });

  it("have no double punctuation ('..', '?.', '.:', ',.')", () => {
    for (const messages of [nl, en]) {
      const doubled = Object.entries(messages)
        .filter(([, v]) => /[.:;,?!][.:;,]|[:;,][?!]/u.test(v.replace(/\.{3}/g, "…")))
        .map(([k]) => k);
      expect(doubled).toEqual([]);
    }
  });

  it("show a missing key as itself, so tests notice it", () => {
    expect(translator("nl")("no.such.key")).toBe("no.such.key");
    expect(missingKeys.has("nl:no.such.key")).toBe(true);
    missingKeys.delete("nl:no.such.key");
  });
});
