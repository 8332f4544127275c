// The proof that a rule means the same in SQL and in code: random ideas go into the real database,
// and for random moments every rule's WHERE clause, and the production queries built on them,
// select exactly the ideas for which `holds` says yes.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { holds, type IdeaClockFacts, type IdeaCondition } from "../domain/idea-condition";
import {
  answerOverdue,
  awaitingAnswer,
  collectsSupport,
  effectiveState,
  inEffectiveState,
  needsReaction,
  openBeforeDeadline,
  pastDeadline,
} from "../domain/idea-rules";
import { IDEA_STATES } from "../domain/states";
import { areaIds, createIdeasApp } from "../test/factories";
import { ensureProcess } from "./processes";
import { ideaWhere } from "./idea-condition-sql";
import { listIdeas } from "./ideas";
import { councilList, ideasWithoutReaction } from "./staff-lists";

const T0 = Date.parse("2027-03-01T12:00:00.000Z");
const HOUR = 3_600_000;
// Times on a grid of hours around T0, so that "exactly at the deadline" happens often.
const instant = fc.integer({ min: -24 * 40, max: 24 * 40 }).map((h) => new Date(T0 + h * HOUR));
const maybeTime = fc.option(
  instant.map((d) => d.toISOString()),
  { freq: 4 },
);
const ideaFacts: fc.Arbitrary<IdeaClockFacts> = fc.record({
  state: fc.constantFrom(...IDEA_STATES),
  deadline_at: maybeTime,
  published_at: maybeTime,
  due_at: maybeTime,
  last_reaction_at: maybeTime,
});

describe.each(testDatabases)("idea rules mean the same in SQL and in code on $name", (database) => {
  let t: TestApp;
  let ideas: (IdeaClockFacts & { id: number })[] = [];

  beforeAll(async () => {
    t = await createIdeasApp(database);
    const db = t.services.db.kysely;
    const process = await ensureProcess(db, t.site, t.clock());
    const [areaId] = await areaIds(t);
    const facts = fc.sample(ideaFacts, { numRuns: 400, seed: 20270301 });
    // Every combination that matters at the edges, besides the random ones.
    for (const state of IDEA_STATES)
      facts.push({ state, deadline_at: null, published_at: null, due_at: null, last_reaction_at: null });
    const created = new Date(T0 - 100 * 24 * HOUR).toISOString();
    ideas = [];
    for (const [i, f] of facts.entries()) {
      const row = await db
        .insertInto("ideas")
        .values({
          ...f,
          site_id: t.site.id,
          process_id: process.id,
          area_id: areaId!,
          author_id: t.users.resident.id,
          short_code: `rule${i}`,
          title: `Idee ${i}`,
          body: "Tekst",
          threshold: 10,
          response_days: 42,
          council_name: "Raad",
          support_count: 0,
          created_at: created,
          updated_at: created,
          reminders_sent: 0,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      ideas.push({ ...f, id: row.id });
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  const expected = (rule: IdeaCondition) => ideas.filter((i) => holds(rule, i)).map((i) => i.id);
  const selected = async (rule: IdeaCondition) =>
    (
      await t.services.db.kysely
        .selectFrom("ideas")
        .select("id")
        .where("site_id", "=", t.site.id)
        .where(ideaWhere(rule))
        .orderBy("id")
        .execute()
    ).map((r) => r.id);
  const byId = (ids: number[]) => [...ids].sort((a, b) => a - b);

  it("selects what `holds` accepts, for every rule at any moment (property)", async () => {
    await fc.assert(
      fc.asyncProperty(instant, fc.boolean(), async (now, countAfterThreshold) => {
        const rules: [string, IdeaCondition][] = [
          ["awaitingAnswer", awaitingAnswer],
          ["openBeforeDeadline", openBeforeDeadline(now)],
          ["pastDeadline", pastDeadline(now)],
          ["collectsSupport", collectsSupport(now, countAfterThreshold)],
          ["answerOverdue", answerOverdue(now)],
          ["needsReaction", needsReaction(now)],
          ...IDEA_STATES.map((s): [string, IdeaCondition] => [`inEffectiveState(${s})`, inEffectiveState(s, now)]),
        ];
        for (const [name, rule] of rules)
          expect({ name, ids: await selected(rule) }).toEqual({ name, ids: expected(rule) });
      }),
      { numRuns: 25 },
    );
  });

  it("gives the officials' dashboard and the council list exactly the ideas the rules name (property)", async () => {
    await fc.assert(
      fc.asyncProperty(instant, async (now) => {
        const db = t.services.db.kysely;
        const flagged = (await ideasWithoutReaction(db, t.site.id, now)).map((i) => i.id);
        expect(byId(flagged)).toEqual(expected(needsReaction(now)));
        const council = (await councilList(db, t.site.id)).map((i) => i.id);
        expect(byId(council)).toEqual(expected(awaitingAnswer));
      }),
      { numRuns: 15 },
    );
  });

  it("lists ideas by the state the page shows, deadline applied (property)", async () => {
    await fc.assert(
      fc.asyncProperty(instant, fc.constantFrom(...IDEA_STATES.filter((s) => s !== "draft")), async (now, state) => {
        // With hidden ideas, as moderators see the list: who sees them is another rule.
        const filter = { state, pageSize: 1000, withHidden: true };
        const { ideas: listed } = await listIdeas(t.services.db, t.site.id, filter, now);
        const shown = ideas.filter((i) => i.state !== "draft" && effectiveState(i.state, i.deadline_at, now) === state);
        expect(byId(listed.map((i) => i.id))).toEqual(shown.map((i) => i.id));
      }),
      { numRuns: 20 },
    );
  });
});
