import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bundledDataset } from "../../../core/datasets";
import { analyzeConversation } from "../domain/analyze-conversation";
import { parseRedDwarfFixture } from "./red-dwarf-fixture";

const fixtures = bundledDataset("polis/red-dwarf-fixtures");

async function load(name: string) {
  const dir = path.join(fixtures, name);
  return parseRedDwarfFixture(
    await readFile(path.join(dir, "votes.json"), "utf8"),
    await readFile(path.join(dir, "comments.json"), "utf8"),
  );
}

describe("red-dwarf fixtures", () => {
  it("reads the old pid/tid/mod keys and the new ones alike", async () => {
    const old = await load("below-100-ptpts");
    const current = await load("25ptpt-3gp-no-strict-with-meta");
    expect(old.votes).toHaveLength(504);
    expect(current.votes).toHaveLength(1386);
    expect(old.moderatedOut).toHaveLength(2); // strict moderation: two statements refused
    expect(old.votes.every((v) => typeof v.participant === "number" && [-1, 0, 1].includes(v.vote))).toBe(true);
  });

  it("finds the three groups of the 25-participant fixture", async () => {
    const analysis = analyzeConversation(await load("25ptpt-3gp-no-strict-with-meta"));
    expect(analysis.groups).toHaveLength(3);
    expect(analysis.positions).toHaveLength(27);
  });
});
