import { parseCommentsCsv } from "./comments-csv";
import { openDataFiles, type OpenDataExport } from "./open-data-export";
import { parseParticipantsVotesCsv } from "./participants-votes-csv";
import { parseSummaryCsv } from "./summary-csv";
import { parseVotesCsv } from "./votes-csv";

/** The texts of an export's files; the last two are optional. */
export interface OpenDataTexts {
  comments: string;
  votes: string;
  participantsVotes?: string;
  summary?: string;
}

/**
 * Parses and cross-checks the files of an export, the same for a directory (the CLI) and pasted
 * texts (the admin page). `name` gives what error messages call each file, e.g. its full path.
 */
export function parseOpenDataExport(
  texts: OpenDataTexts,
  name: (file: string) => string = (file) => file,
): OpenDataExport {
  const comments = parseCommentsCsv(texts.comments, name(openDataFiles.comments));
  const commentIds = new Set(comments.map((c) => c.commentId));
  return {
    comments,
    votes: parseVotesCsv(texts.votes, name(openDataFiles.votes), commentIds),
    participantsVotes:
      texts.participantsVotes === undefined
        ? undefined
        : parseParticipantsVotesCsv(texts.participantsVotes, name(openDataFiles.participantsVotes)),
    summary: texts.summary === undefined ? undefined : parseSummaryCsv(texts.summary, name(openDataFiles.summary)),
  };
}
