// A conversation as Pol.is openData files. Only accepted statements and the votes on them are
// published (rejected and waiting statements are not public); participants appear under their
// number in this conversation only, never with an account. Author 0 stands for the municipality.
import type { Services } from "../../../core/services";
import { buildOpenDataExport } from "../opendata/build-export";
import { formatOpenDataExport } from "../opendata/format-export";
import { currentAnalysis } from "../store/analysis-cache";
import { listStatements } from "../store/statements";
import type { Conversation } from "../store/tables";
import { votesOfConversation } from "../store/votes";

export const EXPORT_FILES = ["comments.csv", "votes.csv", "participants-votes.csv", "summary.csv"] as const;
export type ExportFile = (typeof EXPORT_FILES)[number];

export async function exportConversation(
  services: Services,
  conversation: Conversation,
  url: string,
): Promise<Record<ExportFile, string>> {
  const db = services.db.kysely;
  const [statements, votes, analysis] = await Promise.all([
    listStatements(db, conversation.id, ["accepted"]),
    votesOfConversation(db, conversation.id),
    currentAnalysis(db, conversation.id),
  ]);
  const data = buildOpenDataExport({
    topic: conversation.topic,
    url,
    description: conversation.introduction,
    statements: statements.map((s) => ({
      id: s.id,
      authorId: s.author_participant_id ?? 0,
      body: s.text,
      createdAt: Date.parse(s.created_at),
      moderated: 1 as const,
    })),
    votes: votes.map((v) => ({
      participant: v.participantId,
      statement: v.statementId,
      vote: v.vote,
      time: Date.parse(v.votedAt),
    })),
    analysis: analysis?.result,
  });
  return formatOpenDataExport(data) as Record<ExportFile, string>;
}
