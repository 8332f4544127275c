import { describe, expect, it } from "vitest";
import { OpenDataParseError } from "./parse-error";
import { parseCommentsCsv } from "./comments-csv";
import { parseOpenDataExport } from "./parse-export";
import { parseVotesCsv } from "./votes-csv";

const caught = (parse: () => unknown): OpenDataParseError => {
  try {
    parse();
  } catch (e) {
    if (e instanceof OpenDataParseError) return e;
    throw e;
  }
  throw new Error("expected an OpenDataParseError");
};

const COMMENTS = "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n1,x,0,0,0,0,1,Hoi\n";

describe("openData parse errors", () => {
  it("names the file and line of a bad vote, a short row and a missing column", () => {
    const votes = "timestamp,datetime,comment-id,voter-id,vote\n1,x,0,0,1\n2,x,0,1,2\n";
    const error = caught(() => parseVotesCsv(votes, "dir/votes.csv"));
    expect([error.file, error.line]).toEqual(["dir/votes.csv", 3]);
    expect(error.message).toMatch(/dir\/votes\.csv, line 3: "vote" must be -1, 0 or 1/);

    expect(caught(() => parseVotesCsv("comment-id,voter-id,vote\n1,2\n"))).toMatchObject({
      file: "votes.csv",
      line: 2,
    });
    expect(caught(() => parseCommentsCsv("comment-id,comment-body\n1,hi\n"))).toMatchObject({
      file: "comments.csv",
      line: 1,
      message: expect.stringContaining('"moderated"'),
    });
    expect(caught(() => parseCommentsCsv("comment-id,moderated\n1,1\n1,0\n")).line).toBe(3);
    expect(caught(() => parseCommentsCsv('comment-id,moderated\n1,1\n3,"open\n4')).line).toBe(3);
  });

  it("names the file and line of a timestamp no date can hold", () => {
    const votes = `timestamp,datetime,comment-id,voter-id,vote\n1,x,0,0,1\n${1e16},x,0,1,1\n`;
    const error = caught(() => parseVotesCsv(votes, "dir/votes.csv"));
    expect(error.message).toBe(
      'dir/votes.csv, line 3: "timestamp" must be milliseconds since 1970 before the year 10000, ' +
        "found 10000000000000000",
    );
    expect(caught(() => parseCommentsCsv(COMMENTS.replace("\n1,x", "\n-5,x"), "c.csv"))).toMatchObject({ line: 2 });
    // The last millisecond of the year 9999 is still a date.
    expect(parseVotesCsv("timestamp,comment-id,voter-id,vote\n253402300799999,0,0,1\n")[0]!.timestamp).toBe(
      253402300799999,
    );
  });

  it("names the file and line of a vote on a comment that comments.csv does not have", () => {
    const votes = "timestamp,datetime,comment-id,voter-id,vote\n1,x,0,0,1\n2,x,7,1,1\n";
    const error = caught(() => parseOpenDataExport({ comments: COMMENTS, votes }, (f) => `/tmp/export/${f}`));
    expect(error.message).toBe("/tmp/export/votes.csv, line 3: comment-id 7 is not in comments.csv");
  });
});
