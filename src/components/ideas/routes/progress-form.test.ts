// The progress form offers only the steps the state machine allows from the idea's state; with
// none it says why and links back to the idea, instead of a form that is then refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import type { AnswerKind, IdeaState } from "../domain/states";
import { createIdea, createIdeasApp, ideaRow } from "../test/factories";

describe.each(testDatabases)("the progress form on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createIdeasApp(database);
  });
  afterAll(async () => {
    await t?.close();
  });

  async function ideaIn(state: IdeaState, answerKind: AnswerKind | null): Promise<number> {
    const id = await createIdea(t);
    await t.services.db.kysely
      .updateTable("ideas")
      .set({ state, answer_kind: answerKind })
      .where("id", "=", id)
      .execute();
    return id;
  }
  const options = (html: string) => [...html.matchAll(/<option value="(\w+)"/g)].map((m) => m[1]);

  it("offers only 'in uitvoering' for an adopted answer and only 'klaar' for work in progress", async () => {
    const official = await t.agentFor(t.users.official);
    const answered = await ideaIn("answered", "adopted");
    expect(options((await official.get(`/admin/ideeen/${answered}/voortgang`)).body)).toEqual(["start"]);
    const working = await ideaIn("in_progress", "adopted");
    expect(options((await official.get(`/admin/ideeen/${working}/voortgang`)).body)).toEqual(["complete"]);
  });

  it("offers no step for an answer not adopted: says why, links to the idea, no link on the idea", async () => {
    const official = await t.agentFor(t.users.official);
    const id = await ideaIn("answered", "not_adopted");
    const page = await official.get(`/admin/ideeen/${id}/voortgang`);
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain("<select");
    expect(page.body).toContain("Er is nu geen volgende stap voor dit idee.");
    expect(page.body).toContain(`href="/ideeen/${id}"`);
    expect((await official.get(`/ideeen/${id}`)).body).not.toContain(`/admin/ideeen/${id}/voortgang`);
    const refused = await official.post(`/admin/ideeen/${id}/voortgang`, { action: "start" });
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain(`href="/ideeen/${id}"`);
    expect((await ideaRow(t, id)).state).toBe("answered");
    official.cookies.set("inspraak_lang", "en");
    expect((await official.get(`/admin/ideeen/${id}/voortgang`)).body).toContain("There is no next step");
  });

  it("refuses residents and council members", async () => {
    const id = await ideaIn("answered", "adopted");
    for (const user of [t.users.resident, t.users.council]) {
      expect((await (await t.agentFor(user)).get(`/admin/ideeen/${id}/voortgang`)).statusCode).toBe(403);
    }
  });
});
