import { describe, expect, it } from "vitest";
import { renderToString } from "preact-render-to-string";
import type { PageContext } from "./context";
import { contentLanguage, userLang, UserText } from "./user-text";

const ctx = (lang: "nl" | "en", languages: string) => ({ lang, site: { languages } }) as unknown as PageContext;

describe("the language of user content", () => {
  it("is the site's first language", () => {
    expect(contentLanguage({ languages: "nl,en" })).toBe("nl");
    expect(contentLanguage({ languages: "en,nl" })).toBe("en");
    expect(contentLanguage({ languages: "nl" })).toBe("nl");
  });

  it("is marked only where it differs from the page's language, both ways", () => {
    expect(userLang(ctx("en", "nl,en"))).toEqual({ lang: "nl" });
    expect(userLang(ctx("nl", "nl,en"))).toEqual({});
    expect(userLang(ctx("nl", "en,nl"))).toEqual({ lang: "en" });
    expect(renderToString(<UserText ctx={ctx("en", "nl,en")}>Bankjes</UserText>)).toBe(
      '<span lang="nl">Bankjes</span>',
    );
    expect(renderToString(<UserText ctx={ctx("nl", "nl,en")}>Bankjes</UserText>)).toBe("Bankjes");
  });
});
