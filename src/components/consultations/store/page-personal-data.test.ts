// A person's poll votes, follows and posted updates are in the download; deleting the account
// removes votes in open polls (they may vote again), keeps votes in closed polls without the
// account, removes follows and the record of mailed updates, and keeps updates without the author.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_PASSWORD, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import type { User } from "../../../core/db/types";
import { castVote, closePoll } from "../polls/store";
import { createConsultationsApp } from "../test/factories";
import { choiceIds, newPoll, publishedConsultation, votesIn } from "../test/page-factories";
import { addUpdate, setFollowing } from "./page-parts";

describe.each(testDatabases)("consultation pages: a person's data on $name", (database) => {
  let t: TestApp;
  let person: User;
  let openPoll: number;
  let closedPoll: number;
  let consultation: number;
  beforeAll(async () => {
    t = await createConsultationsApp(database);
    const db = t.services.db.kysely;
    person = await t.newUser({ email: "peiling@example.org", roles: ["official"] });
    consultation = await publishedConsultation(t, { title: "Gevolgd plein" });
    openPoll = await newPoll(t, consultation, { question: "Open vraag?" });
    closedPoll = await newPoll(t, consultation, { question: "Gesloten vraag?" });
    await castVote(db, openPoll, (await choiceIds(t, openPoll))[0]!, person.id, t.clock());
    await castVote(db, closedPoll, (await choiceIds(t, closedPoll))[1]!, person.id, t.clock());
    await castVote(db, closedPoll, (await choiceIds(t, closedPoll))[0]!, t.users.resident.id, t.clock());
    await closePoll(db, closedPoll, t.clock());
    await setFollowing(db, consultation, person.id, true, t.clock());
    await addUpdate(db, consultation, { title: "Bericht", body: "Tekst", authorUserId: person.id }, t.clock());
  });
  afterAll(async () => {
    await t?.close();
  });

  it("puts votes, follows and posted updates in the download", async () => {
    const data = (await (await t.agentFor(person)).get("/account/gegevens.json")).json().contributions.consultations;
    expect(data.pollVotes.map((v: { question: string; choice: string }) => [v.question, v.choice])).toEqual([
      ["Open vraag?", "Groen"],
      ["Gesloten vraag?", "Spelen"],
    ]);
    expect(data.followedConsultations.map((f: { title: string }) => f.title)).toEqual(["Gevolgd plein"]);
    expect(data.consultationUpdatesPosted.map((u: { title: string }) => u.title)).toEqual(["Bericht"]);
  });

  it("applies the rules on deleting the account", async () => {
    const res = await (await t.agentFor(person)).post("/account/verwijderen", { password: TEST_PASSWORD });
    expect(res.statusCode).toBe(303);
    const db = t.services.db.kysely;
    expect(await votesIn(t, openPoll)).toBe(0);
    expect(await votesIn(t, closedPoll)).toBe(2);
    const kept = await db
      .selectFrom("poll_votes")
      .select("user_id")
      .where("poll_id", "=", closedPoll)
      .orderBy("id")
      .execute();
    expect(kept.map((v) => v.user_id)).toEqual([null, t.users.resident.id]);
    expect(await db.selectFrom("consultation_follows").selectAll().where("user_id", "=", person.id).execute()).toEqual(
      [],
    );
    const update = await db
      .selectFrom("consultation_updates")
      .select("author_user_id")
      .where("consultation_id", "=", consultation)
      .executeTakeFirstOrThrow();
    expect(update.author_user_id).toBeNull();
  });
});
