import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bundledDataset } from "../../core/datasets";
import { EXIT_TIED, runPbCli } from "./cli";

const assen = bundledDataset("pabulib/Netherlands_Assen_2024.pb");
/** A readable file that is not a pabulib file: its first line is not a section header. */
const notPabulib = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pb-cli-")), "notes.pb");
fs.writeFileSync(notPabulib, "Some notes\nabout nothing\n");

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runPbCli(
    argv,
    (s) => out.push(s),
    (s) => err.push(s),
  );
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("inspraak pb", () => {
  it("prints help", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("--completion none|add1|add1-greedy|greedy");
  });

  it("computes MES with add1 as JSON", async () => {
    const r = await run(["compute", assen, "--rule", "mes", "--completion", "add1", "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.winners).toHaveLength(9);
    expect(json.totalCost).toBe(76700);
    expect(json.perVoterBudget).toBe(2033);
    expect(json.projects[0]).toMatchObject({ id: "3", selected: true, explanation: { kind: "mes-funded" } });
  });

  it("prints a readable table", async () => {
    const r = await run(["compute", assen, "--rule", "greedy"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Winners \(\d+\):/);
    expect(r.out).toContain("Total cost: 99200");
  });

  it("takes the rule variants as flags, and --irresolute lists the ties that decided a winner", async () => {
    const votes = JSON.parse((await run(["compute", assen, "--json"])).out);
    const perCost = await run(["compute", assen, "--greedy-order", "votes-per-cost", "--json"]);
    expect(perCost.code).toBe(0);
    expect(JSON.parse(perCost.out).notes.order).toBe("votes-per-cost");
    expect(JSON.parse(perCost.out).winners).not.toEqual(votes.winners);
    const stop = await run(["compute", assen, "--rule", "phragmen", "--phragmen-stop", "first-overflow", "--json"]);
    expect(JSON.parse(stop.out).notes.stop).toBe("first-overflow");
    const clean = await run(["compute", assen, "--irresolute", "--json"]);
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.out)).toMatchObject({ resolute: true, ties: [] });

    // Two projects with the same votes and cost where only one fits: the outcome rests on the tie.
    const tied = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pb-cli-")), "tied.pb");
    fs.writeFileSync(
      tied,
      [
        "META",
        "key;value",
        "num_projects;2",
        "num_votes;1",
        "budget;50",
        "vote_type;approval",
        "PROJECTS",
        "project_id;cost;votes",
        "p1;40;1",
        "p2;40;1",
        "VOTES",
        "voter_id;vote",
        "v1;p1,p2",
        "",
      ].join("\n"),
    );
    const r = await run(["compute", tied, "--irresolute"]);
    expect(r.code).toBe(EXIT_TIED);
    expect(r.out).toContain("step 1: p1, p2 exactly tied; the tie-break chose p1");
    expect((await run(["compute", tied])).code).toBe(0);
  });

  it.each([
    [["compute", assen, "--rule", "best"], 2, /--rule must be one of/],
    [["compute", assen, "--increment"], 2, /needs a value/],
    [["compute", assen, "--min-votes", "many"], 2, /needs a number/],
    [["compute", assen, "--bogus"], 2, /unknown option --bogus/],
    [["compute", assen, "--json=yes"], 2, /--json takes no value/],
    [["compute", assen, "--greedy-order", "cost"], 2, /--greedy-order must be one of/],
    [["compute", assen, "--phragmen-stop", "never"], 2, /--phragmen-stop must be one of/],
    [["compute", assen, "--min-share", "2"], 2, /--min-share needs a number from 0 to 1, got "2"/],
    [["compute", assen, assen], 2, /unexpected argument/],
    [["compute"], 2, /missing FILE.pb/],
    [["frobnicate"], 2, /unknown command/],
    [["compute", "/nonexistent/file.pb"], 1, /cannot read the file/],
    [["compute", notPabulib], 1, /line 1: the section header META/],
  ])("refuses %j with exit code %i", async (argv, code, message) => {
    const r = await run(argv);
    expect(r.code).toBe(code);
    expect(r.err).toMatch(message);
    expect(r.err.split("\n")).toHaveLength(1);
    expect(r.out).toBe("");
  });
});
