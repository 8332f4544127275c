import { readdir, readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { bundledDataset } from "../../../core/datasets";
import { exportPabulib, fromElection, PabulibParseError, parsePabulib, toElection } from "./index";

const sample = `META
key;value
budget;100
vote_type;cumulative
description;"Quoted; with a ""quote"""
PROJECTS
project_id;cost;name
1;60;Park
2;40;"Bench; big"
VOTES
voter_id;vote;points
v1;1,2;3,2
v2;2;5
`;

function parseError(text: string): PabulibParseError {
  try {
    toElection(parsePabulib(text));
  } catch (e) {
    if (e instanceof PabulibParseError) return e;
    throw e;
  }
  throw new Error("expected a PabulibParseError");
}

describe("pabulib parsing", () => {
  it("reads sections, quoted fields and cumulative points", () => {
    const pb = parsePabulib(sample);
    expect(pb.meta.find(([k]) => k === "description")![1]).toBe('Quoted; with a "quote"');
    const e = toElection(pb);
    expect(e).toMatchObject({ kind: "cumulative", budget: 100 });
    expect(e.projects[1]).toEqual({ id: "2", cost: 40, name: "Bench; big" });
    expect(e.ballots[0]).toEqual({ projects: ["1", "2"], points: [3, 2] });
  });

  it.each([
    [sample.replace("v2;2;5", "v2;2"), 13, /3 fields/],
    [sample.replace("2;40;", "2;4x0;"), 9, /whole-number cost/],
    [sample.replace("v2;2;5", "v2;9;5"), 13, /unknown "9"/],
    [sample.replace("v1;1,2;3,2", "v1;1,2;3"), 12, /2 whole-number points/],
    [sample.replace("PROJECTS\n", ""), 6, /section PROJECTS, found VOTES|the section|fields/],
    [sample.replace("voter_id;vote;points", "voter_id;ballot;points"), 11, /column "vote"/],
    [sample.replace('"Bench; big"', '"Bench; big'), 9, /closing double quote/],
    [sample.replace("budget;100", "budget;lots"), 1, /budget/],
  ])("names the line and what was expected (%#)", (text, line, message) => {
    const e = parseError(text);
    expect(e.line).toBe(line);
    expect(e.message).toMatch(message);
  });

  it("round-trips through export (sample and every bundled real file)", async () => {
    const strip = (f: ReturnType<typeof parsePabulib>) => ({
      meta: f.meta,
      projects: { columns: f.projects.columns, rows: f.projects.rows },
      votes: { columns: f.votes.columns, rows: f.votes.rows },
    });
    const pb = parsePabulib(sample);
    expect(strip(parsePabulib(exportPabulib(pb)))).toEqual(strip(pb));
    const files = [];
    for (const folder of ["pabulib", "pabulib-takahashim-equalshares-fixtures"])
      for (const name of await readdir(bundledDataset(folder))) files.push(bundledDataset(`${folder}/${name}`));
    expect(files.length).toBe(7);
    for (const file of files) {
      const parsed = parsePabulib(await readFile(file, "utf8"));
      expect(toElection(parsed).ballots.length, file).toBeGreaterThan(80);
      expect(strip(parsePabulib(exportPabulib(parsed))), file).toEqual(strip(parsed));
    }
  });

  it("exports an election held by the app and reads it back as the same election", () => {
    const election = toElection(parsePabulib(sample));
    const again = toElection(
      parsePabulib(exportPabulib(fromElection(election, ["v1", "v2"], [["description", "Test"]]))),
    );
    expect(again).toEqual(election);
  });

  it("exports a formula in a name as text for spreadsheets, and reads it back unchanged", () => {
    const pb = parsePabulib(sample.replace("1;60;Park", '1;60;"=HYPERLINK(""http://x"";""klik"")"'));
    const text = exportPabulib(pb);
    expect(text).toContain('1;60;"\'=HYPERLINK(""http://x"";""klik"")"\n');
    expect(parsePabulib(text).projects.rows[0]).toEqual(["1", "60", '=HYPERLINK("http://x";"klik")']);
  });
});
