// Which statement a participant sees next: the engine's chooser over the accepted statements
// they have not answered, with the current counts and the latest stored analysis.
import type { Services } from "../../../core/services";
import { chooseNextStatement } from "../domain/next-statement";
import { currentAnalysis } from "../store/analysis-cache";
import { listStatements } from "../store/statements";
import type { Statement } from "../store/tables";
import { voteCountsByStatement, votesOfParticipant } from "../store/votes";
import "../store/tables";

export interface Progress {
  answered: number;
  total: number;
}

export async function nextStatement(
  services: Services,
  conversationId: number,
  participantId: number | null,
): Promise<{ statement: Statement | null; progress: Progress }> {
  const db = services.db.kysely;
  const statements = await listStatements(db, conversationId, ["accepted"]);
  const mine = participantId === null ? [] : await votesOfParticipant(db, participantId);
  const answered = new Set(mine.map((v) => v.statementId));
  const open = statements.filter((s) => !answered.has(s.id));
  const progress = { answered: statements.length - open.length, total: statements.length };
  if (open.length === 0) return { statement: null, progress };
  const [counts, analysis] = await Promise.all([
    voteCountsByStatement(db, conversationId),
    currentAnalysis(db, conversationId),
  ]);
  const id = chooseNextStatement({
    statements: statements.map((s) => s.id),
    answered,
    counts,
    analysis: analysis?.result ?? null,
    // Same participant and same number of answers: same statement, so a reload does not reshuffle.
    seed: participantId === null ? 0 : participantId * 7919 + answered.size,
  });
  return { statement: open.find((s) => s.id === id) ?? null, progress };
}
