// Text a database or an XML feed cannot hold (NUL and other control characters) is refused at
// the door, the same way on every form and endpoint: a field error (400) on forms, problem+json
// on the API, and nothing written. Run on PostgreSQL too: there a NUL byte used to be a 500.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app";
import { testDatabases } from "../../../test/support/databases";
import { makeProcess } from "../../components/budgeting/test/fixtures";
import { areaIds, createIdea, setProcess } from "../../components/ideas/test/factories";
import { makeConversation } from "../../components/opinions/test/factories";
import { STRONG_PASSWORD } from "../auth/test/helpers";

const NUL = "\u0000";
const DUTCH_MESSAGE = "onzichtbaar stuurteken";

describe.each(testDatabases)("text with control characters on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(database);
    await setProcess(t, { threshold: 5 });
  });
  afterAll(async () => {
    await t?.close();
  });

  const counts = async () => {
    const db = t.services.db.kysely;
    const count = async (table: "users" | "ideas" | "idea_comments" | "budget_projects" | "opinion_statements") =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      users: await count("users"),
      ideas: await count("ideas"),
      comments: await count("idea_comments"),
      projects: await count("budget_projects"),
      statements: await count("opinion_statements"),
    };
  };

  const expectFieldError = (res: { statusCode: number; body: string }, field: string) => {
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(DUTCH_MESSAGE);
    expect(res.body).toContain(`href="#field-${field}"`);
  };

  it("re-renders register, idea, comment, project and statement forms with a field error; no writes", async () => {
    const before = await counts();
    const resident = await t.agentFor(t.users.resident);
    const [areaId] = await areaIds(t);

    const register = await t.agent().post("/registreren", {
      email: `nul${NUL}@example.org`,
      displayName: "Nieuwe Bewoner",
      password: STRONG_PASSWORD,
    });
    expectFieldError(register, "email");

    const idea = await resident.post("/ideeen", {
      title: "Een titel die klopt",
      body: `Een tekst die lang genoeg is, met een ${NUL} erin.`,
      areaId: String(areaId),
    });
    expectFieldError(idea, "body");

    const ideaId = await createIdea(t);
    const counted = await counts();
    const comment = await resident.post(`/ideeen/${ideaId}/reacties`, { body: `Goed plan${NUL}` });
    expectFieldError(comment, "body");

    const { process } = await makeProcess(t, { phase: "submit", projects: [] });
    const project = await resident.post(`/begroting/${process.id}/indienen`, {
      title: `Bankjes${NUL}`,
      description: "Bij de speeltuin",
      cost: "1000",
    });
    expectFieldError(project, "title");

    const { conversation } = await makeConversation(t, { statementMode: "direct" });
    const withSeeds = await counts();
    const statement = await t.agent().post(`/gesprekken/${conversation.id}/stellingen`, {
      text: `Meer groen in de straat${NUL}`,
    });
    expectFieldError(statement, "text");

    expect(before.users).toBe(counted.users);
    expect(await counts()).toEqual({ ...withSeeds });
    expect(counted.ideas).toBe(before.ideas + 1);
    expect(counted.comments).toBe(before.comments);
  });

  it("refuses other control characters the same way, and line breaks in a single-line title", async () => {
    const resident = await t.agentFor(t.users.resident);
    const [areaId] = await areaIds(t);
    const before = await counts();
    for (const title of ["Bel\u0007 in de titel", "Titel met\nregeleinde", "Titel\u001bmet escape", "Tab\tin titel"]) {
      const res = await resident.post("/ideeen", {
        title,
        body: "Een tekst die lang genoeg is om in te dienen.",
        areaId: String(areaId),
      });
      expectFieldError(res, "title");
    }
    const body = await resident.post("/ideeen", {
      title: "Een titel die klopt",
      body: "Een tekst met een escape \u001b[31m erin, die lang genoeg is.",
      areaId: String(areaId),
    });
    expectFieldError(body, "body");
    // Line breaks and tabs belong in multi-line text.
    const fine = await resident.post("/ideeen", {
      title: "Een titel die klopt",
      body: "Eerste regel\r\n\tTweede regel, lang genoeg.",
      areaId: String(areaId),
    });
    expect(fine.statusCode).toBe(303);
    expect((await counts()).ideas).toBe(before.ideas + 1);
  });

  it("answers the API with problem+json and pages with 400 for a NUL in a query or path", async () => {
    const api = await t.agent().get(`/api/v1/ideas?q=bank${encodeURIComponent(NUL)}`);
    expect(api.statusCode).toBe(400);
    expect(api.headers["content-type"]).toContain("application/problem+json");
    expect(api.json().invalidParams).toEqual([
      expect.objectContaining({ name: "q", code: "forms.errors.controlCharacter" }),
    ]);
    const list = await t.agent().get(`/ideeen?zoek=bank${encodeURIComponent(NUL)}`);
    expect(list.statusCode).toBe(400);
    expect(list.body).toContain(DUTCH_MESSAGE);
    const short = await t.agent().get(`/i/ab${encodeURIComponent(NUL)}`);
    expect(short.statusCode).toBe(400);
  });
});
