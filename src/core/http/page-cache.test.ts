// The one-second cache of anonymous pages: what it keeps, and that PAGE_CACHE=false renders every
// request (the benchmark's "uncached" figures depend on that switch doing what it says).
import { afterEach, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app";
import { testDatabases } from "../../../test/support/databases";
import { ideasComponent } from "../../components/ideas/manifest";
import { createIdea, setProcess } from "../../components/ideas/test/factories";

const [sqlite] = testDatabases;

describe("the anonymous page cache", () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  // A title changed behind the app's back (another process) shows at once only without the cache.
  async function titleAfterOutsideChange(env: Record<string, string>) {
    t = await createTestApp(sqlite!, { components: [ideasComponent], env });
    await setProcess(t, { threshold: 5 });
    const id = await createIdea(t, { title: "Een bankje bij de speeltuin" });
    const first = await t.agent().get(`/ideeen/${id}`);
    expect(first.body).toContain("Een bankje bij de speeltuin");
    await t.services.db.kysely
      .updateTable("ideas")
      .set({ title: "Een boom op het plein" })
      .where("id", "=", id)
      .execute();
    const again = await t.agent().get(`/ideeen/${id}`);
    t.clock.advance(1001);
    const later = await t.agent().get(`/ideeen/${id}`);
    return { again: again.body, later: later.body };
  }

  it("keeps an anonymous page for one second of the app's clock", async () => {
    const { again, later } = await titleAfterOutsideChange({});
    expect(again).toContain("Een bankje bij de speeltuin");
    expect(later).toContain("Een boom op het plein");
  });

  it("renders every request when PAGE_CACHE=false", async () => {
    const { again } = await titleAfterOutsideChange({ PAGE_CACHE: "false" });
    expect(again).toContain("Een boom op het plein");
    expect(again).not.toContain("Een bankje bij de speeltuin");
  });
});
