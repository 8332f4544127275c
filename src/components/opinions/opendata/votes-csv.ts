import { POLIS_CSV, writeCsv } from "../../../core/csv";
import { CsvTable } from "./csv-table";

/** One row of votes.csv: 1 agree, −1 disagree, 0 pass. Re-votes appear as extra rows. */
export interface OpenDataVote {
  timestamp: number;
  datetime: string;
  commentId: string;
  voterId: string;
  vote: -1 | 0 | 1;
}

/** With `commentIds` (those of comments.csv), a vote on any other comment is an error at its line. */
export function parseVotesCsv(text: string, file = "votes.csv", commentIds?: ReadonlySet<string>): OpenDataVote[] {
  const table = new CsvTable(text, file, ["comment-id", "voter-id", "vote"]);
  return table.rows.map((row) => {
    const commentId = table.id(row, "comment-id");
    if (commentIds && !commentIds.has(commentId)) table.fail(row, `comment-id ${commentId} is not in comments.csv`);
    return {
      timestamp: table.timestamp(row, "timestamp"),
      datetime: table.text(row, "datetime"),
      commentId,
      voterId: table.id(row, "voter-id"),
      vote: table.vote(row, "vote"),
    };
  });
}

export function writeVotesCsv(votes: readonly OpenDataVote[]): string {
  return writeCsv(
    [
      ["timestamp", "datetime", "comment-id", "voter-id", "vote"],
      ...votes.map((v) => [String(v.timestamp), v.datetime, v.commentId, v.voterId, String(v.vote)]),
    ],
    POLIS_CSV,
  );
}
