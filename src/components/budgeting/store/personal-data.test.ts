// A person's budgeting data is whole in the download, and deleting the account applies the rules
// of docs/personal-data.md: a ballot in an open vote goes; a ballot in a closed vote stays counted
// with nothing pointing to the person; a proposal stays without its proposer; updates stay.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, TEST_PASSWORD, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import type { User } from "../../../core/db/types";
import { castAsResident } from "../commands/cast-ballot";
import { postUpdate, submitProject } from "../commands/manage-projects";
import { budgetingManifest } from "../manifest";
import { makeProcess } from "../test/fixtures";
import { countBallots, loadBallots } from "./ballots";
import type { BudgetProcess, BudgetProject } from "./tables";

describe.each(testDatabases)("budgeting: a person's data on $name", (database) => {
  let t: TestApp;
  let person: User;
  let open: { process: BudgetProcess; projects: BudgetProject[] };
  let closed: { process: BudgetProcess; projects: BudgetProject[] };
  let proposal: BudgetProject;
  beforeAll(async () => {
    t = await createTestApp(database, { components: [budgetingManifest] });
    person = await t.newUser({ email: "bo@example.org", name: "Bo Begroting", roles: ["official"] });
    const db = t.services.db;
    open = await makeProcess(t);
    closed = await makeProcess(t);
    const submit = await makeProcess(t, { phase: "submit" });
    const other = await t.newUser();
    const vote = (p: typeof open, userId: number) =>
      castAsResident(t.services, p.process, userId, new Map([[p.projects[0]!.id, 1]]));
    for (const p of [open, closed]) {
      expect((await vote(p, person.id)).ok).toBe(true);
      expect((await vote(p, other.id)).ok).toBe(true);
    }
    await db.kysely
      .updateTable("budget_processes")
      .set({ phase: "results" })
      .where("id", "=", closed.process.id)
      .execute();
    closed.process = { ...closed.process, phase: "results" };
    proposal = await submitProject(t.services, submit.process, person.id, {
      title: "Bankjes bij de vijver",
      description: "Om even te zitten.",
      cost: 5000,
      place: { point: { latE6: 52_365_000, lngE6: 4_880_001 }, address: "Vijverlaan 3" },
    });
    await postUpdate(t.services, closed.process, person.id, { projectId: null, body: "De speeltuin komt er." });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("puts proposals, ballots with their choices, and updates in the download, with dates", async () => {
    const data = (await (await t.agentFor(person)).get("/account/gegevens.json")).json().contributions.budgeting;
    expect(data.proposals).toEqual([
      expect.objectContaining({
        title: "Bankjes bij de vijver",
        status: "submitted",
        location: { lat: 52.365, lng: 4.880001, address: "Vijverlaan 3" },
        createdAt: expect.any(String),
      }),
    ]);
    expect(data.ballots).toHaveLength(2);
    for (const ballot of data.ballots) {
      expect(ballot).toMatchObject({ source: "online", createdAt: expect.any(String), updatedAt: expect.any(String) });
      expect(ballot.choices).toEqual([{ project: "Speeltuin", points: 1 }]);
    }
    expect(data.updates).toEqual([
      expect.objectContaining({ text: "De speeltuin komt er.", createdAt: expect.any(String) }),
    ]);
  });

  it("removes the open vote's ballot, keeps the closed one counted and unlinked, and keeps the proposal", async () => {
    const db = t.services.db.kysely;
    const closedBefore = await loadBallots(db, closed.process.id);
    const openBefore = await countBallots(db, open.process.id);
    const res = await (await t.agentFor(person)).post("/account/verwijderen", { password: TEST_PASSWORD });
    expect(res.statusCode).toBe(303);

    expect((await countBallots(db, open.process.id)).online).toBe(openBefore.online - 1);
    const closedAfter = await loadBallots(db, closed.process.id);
    expect(closedAfter.map((b) => b.items)).toEqual(closedBefore.map((b) => b.items));
    expect(closedAfter.map((b) => b.voterKey)).not.toContain(`user:${person.id}`);
    const linked = await db.selectFrom("budget_ballots").select("id").where("user_id", "=", person.id).execute();
    expect(linked).toEqual([]);
    // Ballot items follow their ballot: none is left without one.
    const orphans = await db
      .selectFrom("budget_ballot_items")
      .leftJoin("budget_ballots", "budget_ballots.id", "budget_ballot_items.ballot_id")
      .select("budget_ballot_items.ballot_id")
      .where("budget_ballots.id", "is", null)
      .execute();
    expect(orphans).toEqual([]);
    const kept = await db
      .selectFrom("budget_projects")
      .selectAll()
      .where("id", "=", proposal.id)
      .executeTakeFirstOrThrow();
    expect(kept).toMatchObject({ title: "Bankjes bij de vijver", proposed_by: null });
    const updates = await db.selectFrom("budget_updates").select("author_id").execute();
    expect(updates).toEqual([{ author_id: person.id }]);
    for (const row of await db.selectFrom("outbox").select("payload").execute()) {
      expect(row.payload).not.toContain("bo@example.org");
      expect(row.payload).not.toContain("Bo Begroting");
    }
  });
});
