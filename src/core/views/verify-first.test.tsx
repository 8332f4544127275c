import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { translator } from "../i18n/catalog";
import type { PageContext } from "./context";
import { VerifyFirstNotice } from "./verify-first";

const ctx = (email: string | null) =>
  ({ lang: "nl", t: translator("nl"), user: { email }, csrfToken: () => "token" }) as unknown as PageContext;

describe("the notice 'confirm your e-mail address first'", () => {
  it("offers to send the link again to the account's address", () => {
    const html = renderToString(
      <VerifyFirstNotice ctx={ctx("a@example.org")} reasonKey="ideas.errors.verifyFirst" returnTo="/ideeen/1" />,
    );
    expect(html).toContain("a@example.org");
    expect(html).toContain('action="/account/bevestigen/opnieuw"');
  });

  it("tells an account without an address (made through an identity provider) to add one", () => {
    const html = renderToString(
      <VerifyFirstNotice ctx={ctx(null)} reasonKey="ideas.errors.verifyFirst" returnTo="/ideeen/1" />,
    );
    expect(html).toContain("Uw account heeft nog geen e-mailadres.");
    expect(html).toContain('href="/account#email-title"');
    expect(html).not.toContain("/account/bevestigen/opnieuw");
  });
});
