import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCsv, parseCsv } from "./csv";
import { OpenDataParseError } from "./parse-error";
import { parseCommentsCsv } from "./comments-csv";
import { parseVotesCsv } from "./votes-csv";

describe("CSV", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks, and their start line", () => {
    const records = parseCsv('a,b\n1,"x, ""y""\nz"\n2,plain\n', "f.csv");
    expect(records).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["1", 'x, "y"\nz'] },
      { line: 4, fields: ["2", "plain"] },
    ]);
  });

  it("writes what it reads", () => {
    const field = fc.string({ unit: fc.constantFrom("a", ",", '"', "\n", " ", "é", "1") });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const width = rows[0]!.length;
        const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ""));
        // A record that is one empty field is an empty line, which CSV cannot tell from nothing.
        fc.pre(table.every((r) => r.join("") !== "" || r.length > 1));
        expect(parseCsv(formatCsv(table), "t.csv").map((r) => r.fields)).toEqual(table);
      }),
    );
  });

  it("names the file and line of an unclosed quote", () => {
    expect(() => parseCsv('a,b\n1,2\n3,"open\n4', "comments.csv")).toThrow(
      expect.objectContaining({ name: "OpenDataParseError", file: "comments.csv", line: 3 }),
    );
  });

  it("names the file and line of a bad vote, a short row and a missing column", () => {
    const votes = "timestamp,datetime,comment-id,voter-id,vote\n1,x,0,0,1\n2,x,0,1,2\n";
    const error = (() => {
      try {
        parseVotesCsv(votes, "dir/votes.csv");
      } catch (e) {
        return e;
      }
    })() as OpenDataParseError;
    expect(error).toBeInstanceOf(OpenDataParseError);
    expect([error.file, error.line]).toEqual(["dir/votes.csv", 3]);
    expect(error.message).toMatch(/dir\/votes\.csv, line 3: "vote" must be -1, 0 or 1/);

    expect(() => parseVotesCsv("comment-id,voter-id,vote\n1,2\n")).toThrow(
      expect.objectContaining({ file: "votes.csv", line: 2 }),
    );
    expect(() => parseCommentsCsv("comment-id,comment-body\n1,hi\n")).toThrow(
      expect.objectContaining({ file: "comments.csv", line: 1, message: expect.stringContaining('"moderated"') }),
    );
    expect(() => parseCommentsCsv("comment-id,moderated\n1,1\n1,0\n")).toThrow(expect.objectContaining({ line: 3 }));
  });
});
