import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bundledDataset } from "../../core/datasets";
import { runPbCli } from "./cli";

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

  it.each([
    [["compute", assen, "--rule", "best"], 2, /--rule must be one of/],
    [["compute", assen, "--increment"], 2, /needs a value/],
    [["compute", assen, "--min-votes", "many"], 2, /needs a number/],
    [["compute", assen, "--bogus"], 2, /unknown option --bogus/],
    [["compute", assen, "--json=yes"], 2, /--json takes no value/],
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
