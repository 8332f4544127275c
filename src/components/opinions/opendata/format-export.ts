import { writeCommentsCsv } from "./comments-csv";
import { openDataFiles, type OpenDataExport } from "./open-data-export";
import { writeParticipantsVotesCsv } from "./participants-votes-csv";
import { writeSummaryCsv } from "./summary-csv";
import { writeVotesCsv } from "./votes-csv";

/** File name → CSV text for every file present in the export. */
export function formatOpenDataExport(data: OpenDataExport): Record<string, string> {
  const files: Record<string, string> = {
    [openDataFiles.comments]: writeCommentsCsv(data.comments),
    [openDataFiles.votes]: writeVotesCsv(data.votes),
  };
  if (data.participantsVotes)
    files[openDataFiles.participantsVotes] = writeParticipantsVotesCsv(data.participantsVotes);
  if (data.summary) files[openDataFiles.summary] = writeSummaryCsv(data.summary);
  return files;
}
