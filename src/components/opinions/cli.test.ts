import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bundledDataset } from "../../core/datasets";
import { runOpinionsCli } from "./cli";

const brexit = bundledDataset("polis/openData/brexit-consensus");

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runOpinionsCli(
    argv,
    (s) => out.push(s),
    (s) => err.push(s),
  );
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("inspraak opinions", () => {
  it("analyze DIR --json prints groups, consensus and unplaced participants", async () => {
    const { code, out } = await run(["analyze", brexit, "--json"]);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(Object.keys(result).sort()).toEqual(["consensus", "groups", "unplaced"]);
    expect(result.groups.length).toBeGreaterThanOrEqual(2);
    for (const [i, group] of result.groups.entries()) {
      expect(group.id).toBe(i);
      expect(group.participants.every((p: unknown) => typeof p === "number")).toBe(true);
      for (const rep of group.representative) expect(["agree", "disagree"]).toContain(rep.direction);
    }
    const placed = result.groups.flatMap((g: { participants: number[] }) => g.participants);
    expect(new Set([...placed, ...result.unplaced]).size).toBe(204);
    expect(result.consensus.agree.length + result.consensus.disagree.length).toBeGreaterThan(0);
  });

  it("excludes moderated-out comments and reports a malformed file by name and line", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "opinions-"));
    const comments = [
      "comment-id,moderated,comment-body",
      ...Array.from({ length: 8 }, (_, j) => `${j},${j === 0 ? -1 : 1},c${j}`),
    ];
    const votes = ["timestamp,comment-id,voter-id,vote"];
    for (let p = 0; p < 20; p++)
      for (let j = 0; j < 8; j++) votes.push(`${p * 10 + j},${j},${p},${(p + j) % 2 ? 1 : -1}`);
    await writeFile(path.join(dir, "comments.csv"), comments.join("\n"));
    await writeFile(path.join(dir, "votes.csv"), votes.join("\n"));
    const ok = await run(["analyze", dir, "--json"]);
    expect(ok.code).toBe(0);
    const result = JSON.parse(ok.out);
    const mentioned = [
      ...result.groups.flatMap((g: { representative: { statement: number }[] }) =>
        g.representative.map((r) => r.statement),
      ),
      ...result.consensus.agree,
      ...result.consensus.disagree,
    ];
    expect(mentioned).not.toContain(0);

    await writeFile(path.join(dir, "votes.csv"), `${votes.slice(0, 5).join("\n")}\n1,2,3,yes\n`);
    const bad = await run(["analyze", dir, "--json"]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain(`${path.join(dir, "votes.csv")}, line 6`);
  });

  it("answers wrong usage and a missing directory with an exit code", async () => {
    expect((await run([])).code).toBe(2);
    expect(await run(["analyze"])).toMatchObject({ code: 2, err: expect.stringMatching(/missing DIR/) });
    const wrong = await run(["analyze", brexit, "--yaml"]);
    expect(wrong).toMatchObject({ code: 2, out: "" });
    expect(wrong.err).toBe("inspraak opinions: unknown option --yaml (try: inspraak opinions --help)");
    expect(await run(["compare", brexit, "--json"])).toMatchObject({ code: 2, err: expect.stringMatching(/--json/) });
    expect(await run(["--help"])).toMatchObject({ code: 0, out: expect.stringContaining("opinions import DIR") });
    const missing = await run(["analyze", "/nonexistent/export", "--json"]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("comments.csv");
  });

  it("compare DIR reports the agreement with Pol.is's groups", async () => {
    const { code, out } = await run(["compare", brexit]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ groupsPolis: 2, groupsOurs: 2 });
  });
});
