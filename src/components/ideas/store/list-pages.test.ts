// The idea list's pages: the page's ids and the total come first, then those ideas (ideas.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { createIdea, createIdeasApp } from "../test/factories";
import { listIdeas } from "./ideas";

describe.each(testDatabases)("pages of the idea list on $name", (database) => {
  let t: TestApp;
  const newestFirst: number[] = [];

  beforeAll(async () => {
    t = await createIdeasApp(database);
    for (let i = 0; i < 7; i++) {
      newestFirst.unshift(await createIdea(t, { title: `Idee ${i} voor de buurt` }));
      t.clock.advance(60_000); // one minute apart: published_at orders them
    }
    await createIdea(t, { publish: false, title: "Een concept dat niemand ziet" });
  });
  afterAll(() => t.close());

  const page = (n: number) => listIdeas(t.services.db, t.site.id, { page: n, pageSize: 3 }, t.clock());

  it("gives each page its ideas, newest first, whole and with names, and the same total", async () => {
    const pages = await Promise.all([page(1), page(2), page(3)]);
    expect(pages.map((p) => p.ideas.map((i) => i.id))).toEqual([
      newestFirst.slice(0, 3),
      newestFirst.slice(3, 6),
      newestFirst.slice(6),
    ]);
    expect(pages.map((p) => p.total)).toEqual([7, 7, 7]);
    const first = pages[0]!.ideas[0]!;
    expect(first.title).toBe("Idee 6 voor de buurt");
    expect(first.author_name).toBe(t.users.resident.display_name);
    expect(first.area_name).toBeTruthy();
  });

  it("still tells the total on a page past the last one", async () => {
    expect(await page(4)).toEqual({ ideas: [], total: 7 });
  });
});
