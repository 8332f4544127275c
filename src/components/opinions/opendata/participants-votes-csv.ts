import { POLIS_CSV, writeCsv } from "../../../core/csv";
import { CsvTable } from "./csv-table";
import { OpenDataParseError } from "./parse-error";

/** One row of participants-votes.csv: a participant's latest vote per comment and their group. */
export interface OpenDataParticipantVotes {
  participant: string;
  /** Pol.is's group at export time; null when the participant was not placed. */
  groupId: number | null;
  nComments: number;
  nVotes: number;
  nAgree: number;
  nDisagree: number;
  /** comment-id → vote; comments the participant did not vote on are absent. */
  votes: Map<string, -1 | 0 | 1>;
}

export interface OpenDataParticipantsVotes {
  commentIds: string[];
  rows: OpenDataParticipantVotes[];
}

const fixed = ["participant", "group-id", "n-comments", "n-votes", "n-agree", "n-disagree"];

export function parseParticipantsVotesCsv(text: string, file = "participants-votes.csv"): OpenDataParticipantsVotes {
  const table = new CsvTable(text, file, fixed);
  const commentIds = table.header.filter((name) => !fixed.includes(name));
  const rows = table.rows.map((row) => {
    const votes = new Map<string, -1 | 0 | 1>();
    for (const commentId of commentIds) {
      if (table.text(row, commentId).trim() !== "") votes.set(commentId, table.vote(row, commentId));
    }
    const group = table.text(row, "group-id").trim();
    if (group !== "" && !/^\d+$/.test(group)) {
      throw new OpenDataParseError(file, row.line, `"group-id" must be empty or a whole number, found "${group}"`);
    }
    return {
      participant: table.id(row, "participant"),
      groupId: group === "" ? null : Number(group),
      nComments: table.integer(row, "n-comments", 0),
      nVotes: table.integer(row, "n-votes", 0),
      nAgree: table.integer(row, "n-agree", 0),
      nDisagree: table.integer(row, "n-disagree", 0),
      votes,
    };
  });
  return { commentIds, rows };
}

export function writeParticipantsVotesCsv(data: OpenDataParticipantsVotes): string {
  return writeCsv(
    [
      [...fixed, ...data.commentIds],
      ...data.rows.map((r) => [
        r.participant,
        r.groupId === null ? "" : String(r.groupId),
        String(r.nComments),
        String(r.nVotes),
        String(r.nAgree),
        String(r.nDisagree),
        ...data.commentIds.map((id) => {
          const vote = r.votes.get(id);
          return vote === undefined ? "" : String(vote);
        }),
      ]),
    ],
    POLIS_CSV,
  );
}
