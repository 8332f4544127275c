import { formatCsv } from "./csv";
import { CsvTable } from "./csv-table";

/** One row of votes.csv: 1 agree, −1 disagree, 0 pass. Re-votes appear as extra rows. */
export interface OpenDataVote {
  timestamp: number;
  datetime: string;
  commentId: string;
  voterId: string;
  vote: -1 | 0 | 1;
}

export function parseVotesCsv(text: string, file = "votes.csv"): OpenDataVote[] {
  const table = new CsvTable(text, file, ["comment-id", "voter-id", "vote"]);
  return table.rows.map((row) => ({
    timestamp: table.integer(row, "timestamp", 0),
    datetime: table.text(row, "datetime"),
    commentId: table.id(row, "comment-id"),
    voterId: table.id(row, "voter-id"),
    vote: table.vote(row, "vote"),
  }));
}

export function writeVotesCsv(votes: readonly OpenDataVote[]): string {
  return formatCsv([
    ["timestamp", "datetime", "comment-id", "voter-id", "vote"],
    ...votes.map((v) => [String(v.timestamp), v.datetime, v.commentId, v.voterId, String(v.vote)]),
  ]);
}
