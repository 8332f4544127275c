// Sign-in through OpenID Connect in a real browser, against a real provider (oidc-provider) on
// localhost: (a) the first sign-in makes an account, (b) signing in again opens the same account,
// (c) a resident with a password account links the provider from the account page.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestProvider, type TestProvider } from "../support/oidc-provider";
import { expectAccessible } from "./support/accessibility";
import { andWaitForDocument, currentDocument, journeyModes, pageState, type JourneyMode } from "./support/browser";
import { headingOf, logInAs, startJourneyWorld, type JourneyWorld } from "./support/journey";
import { freePort } from "./support/server";

const slug = (mode: JourneyMode) => (mode.javaScriptEnabled ? "js" : "nojs");
const linkerEmail = (mode: JourneyMode) => `koppelaar-${slug(mode)}@proef.example`;

let world: JourneyWorld;
let provider: TestProvider;
beforeAll(async () => {
  const port = await freePort();
  const site = `http://localhost:${port}`;
  const client = {
    clientId: "inspraak-proef",
    clientSecret: "journey-secret-of-the-proef-site",
    redirectUri: `${site}/inloggen/oidc/terug`,
    postLogoutRedirectUri: `${site}/`,
  };
  provider = await startTestProvider([client], {
    "inwoner-js": { name: "Inwoner Js", postcode: "1012 AB", birthdate: "1980-05-06" },
    "inwoner-nojs": { name: "Inwoner Nojs", postcode: "1012 AB", birthdate: "1980-05-06" },
  });
  world = await startJourneyWorld(
    journeyModes.map((mode) => ({ email: linkerEmail(mode), name: `Koppelaar ${slug(mode)}` })),
    {
      server: {
        port,
        env: {
          OIDC_ISSUER: provider.issuer,
          OIDC_CLIENT_ID: client.clientId,
          OIDC_CLIENT_SECRET: client.clientSecret,
          OIDC_LABEL: "Inloggen met TestID",
          OIDC_SCOPES: "openid profile address",
          OIDC_ACR_VALUES: "midden hoog",
        },
      },
    },
  );
});
afterAll(async () => {
  await world?.close();
  await provider?.close();
});

const flash = (page: Page) => page.locator("main [role=status]").first().innerText();

/** At the provider's page: fill in the account and sign in; back at our site afterwards. */
async function atProvider(page: Page, account: string) {
  await page.waitForURL((url) => url.origin === provider.issuer);
  await page.locator("#login").waitFor();
  // A form that leads to the provider answers with a page that goes on at once (ContinueToProviderPage;
  // its HTML is checked by the route tests). The browser has left it before axe could look.
  for (const d of pageState(page).documents) if (d.method === "POST" && d.status === 200) d.checked = true;
  // The provider's page is not ours (a real broker's is DigiD's): not held to our HTML checks.
  currentDocument(page).checked = true;
  await page.locator("#login").fill(account);
  await page.locator("#acr").selectOption("midden");
  return andWaitForDocument(page, () => page.getByRole("button", { name: "Inloggen" }).click());
}

describe.each(journeyModes)("identity journeys $name", (mode) => {
  it("(a, b) signs in with the provider, gets an account, and gets the same one the next time", async () => {
    const account = `inwoner-${slug(mode)}`;
    const first = await world.open(mode);
    await andWaitForDocument(first.page, () => first.page.goto("/inloggen"));
    await expectAccessible(first.page);
    await andWaitForDocument(first.page, () => first.page.getByRole("link", { name: "Inloggen met TestID" }).click());
    await atProvider(first.page, account);
    expect(new URL(first.page.url()).pathname).toBe("/account");
    expect(await flash(first.page)).toContain("Wij hebben een account voor u gemaakt");
    expect(await first.page.locator("main").innerText()).toContain(`Inwoner ${slug(mode) === "js" ? "Js" : "Nojs"}`);
    expect(await first.page.locator("main").innerText()).toContain("Inloggen met TestID: gekoppeld op");
    await expectAccessible(first.page);
    await first.finish();

    // Another day, another browser: back to the page asked for, as the same account.
    const second = await world.open(mode);
    await andWaitForDocument(second.page, () => second.page.goto("/inloggen?terug=%2Fprivacy"));
    await expectAccessible(second.page);
    await andWaitForDocument(second.page, () => second.page.getByRole("link", { name: "Inloggen met TestID" }).click());
    await atProvider(second.page, account);
    expect(new URL(second.page.url()).pathname).toBe("/privacy");
    await expectAccessible(second.page);
    await andWaitForDocument(second.page, () => second.page.goto("/account"));
    expect(await second.page.locator("main").innerText()).toContain(`Inwoner ${slug(mode) === "js" ? "Js" : "Nojs"}`);
    await expectAccessible(second.page);
    await second.finish();
  });

  it("(c) links the provider to an existing account from the account page", async () => {
    const { page, finish } = await world.open(mode);
    await logInAs(page, linkerEmail(mode), "/account");
    expect(await headingOf(page)).toBe("Mijn account");
    await expectAccessible(page);
    await andWaitForDocument(page, () => page.getByRole("button", { name: "Koppel Inloggen met TestID" }).click());
    await atProvider(page, `koppelaar-${slug(mode)}`);
    expect(new URL(page.url()).pathname).toBe("/account");
    expect(await flash(page)).toContain("Het inlogmiddel is gekoppeld aan uw account");
    expect(await page.locator("main").innerText()).toContain("Inloggen met TestID: gekoppeld op");
    await expectAccessible(page);
    await finish();
  });
});
