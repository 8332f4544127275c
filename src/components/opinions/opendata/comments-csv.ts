import { POLIS_CSV, writeCsv } from "../../../core/csv";
import { CsvTable } from "./csv-table";
import { OpenDataParseError } from "./parse-error";

/** One row of comments.csv. `moderated`: 1 accepted, 0 unmoderated, −1 moderated out. */
export interface OpenDataComment {
  timestamp: number;
  datetime: string;
  commentId: string;
  authorId: string;
  agrees: number;
  disagrees: number;
  moderated: -1 | 0 | 1;
  body: string;
}

const columns = [
  "timestamp",
  "datetime",
  "comment-id",
  "author-id",
  "agrees",
  "disagrees",
  "moderated",
  "comment-body",
];

export function parseCommentsCsv(text: string, file = "comments.csv"): OpenDataComment[] {
  const table = new CsvTable(text, file, ["comment-id", "moderated"]);
  const seen = new Set<string>();
  return table.rows.map((row) => {
    const commentId = table.id(row, "comment-id");
    if (seen.has(commentId)) throw new OpenDataParseError(file, row.line, `comment-id ${commentId} appears twice`);
    seen.add(commentId);
    return {
      timestamp: table.timestamp(row, "timestamp"),
      datetime: table.text(row, "datetime"),
      commentId,
      authorId: table.text(row, "author-id"),
      agrees: table.integer(row, "agrees", 0),
      disagrees: table.integer(row, "disagrees", 0),
      moderated: table.vote(row, "moderated"),
      body: table.text(row, "comment-body"),
    };
  });
}

export function writeCommentsCsv(comments: readonly OpenDataComment[]): string {
  return writeCsv(
    [
      columns,
      ...comments.map((c) => [
        String(c.timestamp),
        c.datetime,
        c.commentId,
        c.authorId,
        String(c.agrees),
        String(c.disagrees),
        String(c.moderated),
        c.body,
      ]),
    ],
    POLIS_CSV,
  );
}
