import type { OpenDataComment } from "./comments-csv";
import type { OpenDataParticipantsVotes } from "./participants-votes-csv";
import type { OpenDataSummary } from "./summary-csv";
import type { OpenDataVote } from "./votes-csv";

/** The four files of a Pol.is openData export, parsed. The last two are optional on import. */
export interface OpenDataExport {
  comments: OpenDataComment[];
  votes: OpenDataVote[];
  participantsVotes?: OpenDataParticipantsVotes;
  summary?: OpenDataSummary;
}

export const openDataFiles = {
  comments: "comments.csv",
  votes: "votes.csv",
  participantsVotes: "participants-votes.csv",
  summary: "summary.csv",
} as const;
