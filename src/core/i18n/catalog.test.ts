import { describe, expect, it } from "vitest";
import { loadCatalog, missingKeys, translator } from "./catalog";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

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
    expect(t("home.heading", { site: "West" })).toBe("Welcome to West");
  });

  it("show a missing key as itself, so tests notice it", () => {
    expect(translator("nl")("no.such.key")).toBe("no.such.key");
    expect(missingKeys.has("nl:no.such.key")).toBe(true);
    missingKeys.delete("nl:no.such.key");
  });
});
