// The opinion-map journey in a real Chromium, with axe on every page (and its other language),
// with and without JavaScript: an anonymous visitor answers statements (a form per statement
// without JavaScript; with it, no reload), adds a statement and changes an answer on "my
// answers"; a moderator accepts the statement; the report shows the map (SVG) and its tables.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { andWaitForDocument, journeyModes, pageState, type JourneyMode } from "../../../../test/e2e/support/browser";
import { expectAccessible, expectLiveAccessible } from "../../../../test/e2e/support/accessibility";
import {
  headingOf,
  startJourneyWorld,
  type JourneyWorld,
  submitForm as submit,
} from "../../../../test/e2e/support/journey";
import { E2E_PASSWORD, seedServices, withDatabase } from "../../../../test/e2e/support/seed";
import { iso } from "../../../core/db/time";
import { recomputeAnalysis } from "../commands/analyze-conversation";
import { castVote, type VoteChoice } from "../commands/cast-vote";
import { createConversation } from "../commands/create-conversation";
import { PARKING_BLOCS, PARKING_STATEMENTS } from "../commands/seed-parking";

const slug = (mode: JourneyMode) => (mode.javaScriptEnabled ? "js" : "nojs");
const moderatorEmail = (mode: JourneyMode) => `moderator-${slug(mode)}@proef.example`;
const topic = (mode: JourneyMode) => `Parkeren in het Centrum (${slug(mode)})`;
/** Eight statements: enough for the engine to place a participant (7 votes) on the map. */
const STATEMENTS = PARKING_STATEMENTS.slice(0, 8);
const CHOICE: Record<number, VoteChoice> = { 1: "agree", [-1]: "disagree", 0: "pass" };

const conversations = new Map<string, number>();

let world: JourneyWorld;
beforeAll(async () => {
  const moderators = journeyModes.map((mode) => ({
    email: moderatorEmail(mode),
    name: `Moderator ${slug(mode)}`,
    roles: ["moderator" as const],
  }));
  world = await startJourneyWorld(moderators, { beforeStart: seedConversations });
}, 120_000);
afterAll(async () => {
  await world?.close();
});

/** Per mode an open conversation with three blocs of six earlier participants, and its map. */
async function seedConversations(databaseFile: string, { siteId }: { siteId: number }) {
  await withDatabase(databaseFile, async (db) => {
    const now = new Date();
    for (const mode of journeyModes) {
      const conversation = await createConversation(seedServices(db, now), {
        siteId,
        actorUserId: null,
        seedStatements: STATEMENTS,
        settings: {
          topic: topic(mode),
          introduction: "Hoe ervaart u het parkeren in uw straat? Geef bij elke stelling uw mening.",
          statementMode: "moderated",
          participation: "anonymous",
          opensAt: iso(new Date(now.getTime() - 86_400_000)),
          closesAt: iso(new Date(now.getTime() + 30 * 86_400_000)),
        },
      });
      const ids = (
        await db.kysely
          .selectFrom("opinion_statements")
          .select("id")
          .where("conversation_id", "=", conversation.id)
          .orderBy("id")
          .execute()
      ).map((s) => s.id);
      for (const [b, leaning] of PARKING_BLOCS.entries()) {
        for (let i = 0; i < 6; i++) {
          const identity = { kind: "anonymous" as const, keyHash: `seed-${b}-${i}` };
          for (const [j, statementId] of ids.entries()) {
            // One answer in six differs from the bloc, so the groups are not points.
            const vote = (i + j) % 6 === 0 ? -leaning[j]! : leaning[j]!;
            await castVote(seedServices(db, now), {
              siteId,
              conversationId: conversation.id,
              statementId,
              choice: CHOICE[vote]!,
              user: null,
              identity: () => identity,
            });
          }
        }
      }
      await recomputeAnalysis(seedServices(db, now), conversation.id);
      conversations.set(slug(mode), conversation.id);
    }
  });
}

const flash = (page: Page) => page.locator("main [role=status]").first().innerText();
const cardText = (page: Page) => page.locator("[data-opinion-text]").innerText();
const progress = (page: Page) => page.locator("[data-opinion-progress]").innerText();

async function votesOf(conversationId: number, participantIds: number[]) {
  return withDatabase(world.server.databaseFile, (db) =>
    db.kysely
      .selectFrom("opinion_votes")
      .innerJoin("opinion_statements", "opinion_statements.id", "opinion_votes.statement_id")
      .select(["opinion_statements.text", "opinion_votes.vote"])
      .where("opinion_votes.conversation_id", "=", conversationId)
      .where("opinion_votes.participant_id", "in", participantIds.length ? participantIds : [-1])
      .orderBy("opinion_votes.statement_id")
      .execute(),
  );
}

/** The visitor's participant: the only one without a seeded key (the journey's own cookie). */
async function visitorIds(conversationId: number): Promise<number[]> {
  return withDatabase(world.server.databaseFile, async (db) =>
    (
      await db.kysely
        .selectFrom("opinion_participants")
        .select(["id", "anonymous_key_hash"])
        .where("conversation_id", "=", conversationId)
        .execute()
    )
      .filter((p) => !p.anonymous_key_hash?.startsWith("seed-"))
      .map((p) => p.id),
  );
}

describe.each(journeyModes)("opinions journey $name", (mode) => {
  it("goes from answering statements to a moderated statement and the opinion map", async () => {
    const id = conversations.get(slug(mode))!;
    const base = `/gesprekken/${id}`;

    // An anonymous visitor answers three statements.
    const visitor = await world.open(mode);
    const v = visitor.page;
    await andWaitForDocument(v, () => v.goto("/gesprekken"));
    await expectAccessible(v);
    await andWaitForDocument(v, () => v.getByRole("link", { name: topic(mode) }).click());
    expect(await headingOf(v)).toBe(topic(mode));
    expect(await progress(v)).toBe("Stelling 1 van 8");
    await expectAccessible(v);
    const answered: { text: string; vote: number }[] = [];
    for (const [i, choice] of (["agree", "disagree", "pass"] as const).entries()) {
      const text = await cardText(v);
      answered.push({ text, vote: { agree: 1, disagree: -1, pass: 0 }[choice] });
      if (mode.javaScriptEnabled) {
        // The answer goes in the background: the same document, the next statement in place.
        const documents = pageState(v).documents.length;
        await v.locator(`form[data-opinion-vote] button[value="${choice}"]`).click();
        await expect.poll(() => progress(v)).toBe(`Stelling ${i + 2} van 8`);
        expect(await cardText(v)).not.toBe(text);
        await expect
          .poll(() => v.locator("[data-opinion-message]").innerText())
          .toContain("Uw antwoord is opgeslagen.");
        expect(pageState(v).documents.length).toBe(documents);
        await expectLiveAccessible(v);
      } else {
        await submit(v, `${base}/stemmen`, choice);
        expect(new URL(v.url()).pathname).toBe(base);
        expect(await progress(v)).toBe(`Stelling ${i + 2} van 8`);
        await expectAccessible(v);
      }
    }
    const participant = await visitorIds(id);
    expect(participant).toHaveLength(1);
    const byText = (a: { text: string }, b: { text: string }) => a.text.localeCompare(b.text);
    expect((await votesOf(id, participant)).sort(byText)).toEqual([...answered].sort(byText));

    // A statement of their own: refused when empty, then held for the moderator.
    if (mode.javaScriptEnabled) {
      // A reload shows the statement the script showed last: the same one, never a repeat.
      const shown = await cardText(v);
      await andWaitForDocument(v, () => v.reload());
      expect(await cardText(v)).toBe(shown);
      await expectAccessible(v);
    }
    const empty = await submit(v, `${base}/stellingen`);
    expect(empty.status).toBe(400);
    expect(await v.locator("#field-text-error").innerText()).not.toBe("");
    await expectAccessible(v);
    const own = `Er moeten meer fietsenrekken komen in plaats van parkeerplekken (${slug(mode)}).`;
    await v.locator("#field-text").fill(own);
    await submit(v, `${base}/stellingen`);
    expect(await flash(v)).toBe("Dank u wel! Een moderator bekijkt uw stelling.");
    await expectAccessible(v);

    // My answers: change the first one from agree to disagree.
    await andWaitForDocument(v, () =>
      v.getByRole("link", { name: "Mijn antwoorden bekijken of veranderen (3)" }).click(),
    );
    expect(await headingOf(v)).toBe("Mijn antwoorden");
    await expectAccessible(v);
    const first = v.locator("main li.opinion-answers__item").filter({ hasText: answered[0]!.text });
    expect(await first.locator('button[aria-pressed="true"]').innerText()).toBe("Eens");
    await andWaitForDocument(v, () => first.locator('button[value="disagree"]').click());
    expect(new URL(v.url()).pathname).toBe(`${base}/mijn-antwoorden`);
    expect(await flash(v)).toBe("Uw antwoord is veranderd.");
    expect(
      await v
        .locator("main li.opinion-answers__item")
        .filter({ hasText: answered[0]!.text })
        .locator('button[aria-pressed="true"]')
        .innerText(),
    ).toBe("Oneens");
    await expectAccessible(v);
    expect((await votesOf(id, participant)).find((a) => a.text === answered[0]!.text)).toEqual({
      text: answered[0]!.text,
      vote: -1,
    });

    // A moderator accepts the statement.
    const moderator = await world.open(mode);
    const m = moderator.page;
    await andWaitForDocument(m, () => m.goto(`/inloggen?terug=${encodeURIComponent("/admin/gesprekken")}`));
    await expectAccessible(m);
    await m.locator("#field-email").fill(moderatorEmail(mode));
    await m.locator("#field-password").fill(E2E_PASSWORD);
    await submit(m, "/inloggen");
    expect(new URL(m.url()).pathname).toBe("/admin/gesprekken");
    await expectAccessible(m);
    await andWaitForDocument(m, () => m.locator(`main a[href="/admin/gesprekken/${id}/moderatie"]`).click());
    await expect.poll(() => m.locator("main").innerText()).toContain(own);
    await expectAccessible(m);
    const item = m.locator("main li").filter({ hasText: own });
    await andWaitForDocument(m, () => item.getByRole("button", { name: "Toelaten" }).click());
    expect(await flash(m)).toBe("De stelling is toegelaten.");
    expect(await m.locator("main li").filter({ hasText: own }).innerText()).toContain("Toegelaten");
    await expectAccessible(m);

    // The visitor now gets the accepted statement among the ones still to answer.
    await andWaitForDocument(v, () => v.goto(base));
    expect(await progress(v)).toBe("Stelling 4 van 9");
    await expectAccessible(v);

    // The report: the map (computed now, as the job would) with its table and the votes.
    await withDatabase(world.server.databaseFile, (db) => recomputeAnalysis(seedServices(db, new Date()), id));
    await andWaitForDocument(v, () => v.getByRole("link", { name: "Resultaten bekijken" }).click());
    expect(new URL(v.url()).pathname).toBe(`${base}/resultaten`);
    expect(await headingOf(v)).toBe(`Resultaten: ${topic(mode)}`);
    expect(await v.locator("main svg.opinion-map path").count()).toBeGreaterThanOrEqual(2);
    expect(await v.locator("#opinion-map-table tbody tr").count()).toBeGreaterThanOrEqual(2);
    expect(await v.locator("main table.opinion-votes tbody tr").count()).toBe(9);
    expect(await v.locator("main table.opinion-votes").innerText()).toContain(own);
    await expectAccessible(v);

    await visitor.finish();
    await moderator.finish();
  }, 600_000);
});
