// Which statement a participant sees next: the engine's chooser over the accepted statements
// they have not answered, with the current counts and the latest stored analysis.
import type { Executor } from "../../../core/db/database";
import { chooseNextStatement } from "../domain/next-statement";
import type { VoteCounts } from "../domain/types";
import { currentAnalysis } from "../store/analysis-cache";
import { listStatements } from "../store/statements";
import type { Statement } from "../store/tables";
import { votesOfParticipant } from "../store/votes";
import "../store/tables";

export interface Progress { answered: number; total: number }

export async function nextStatement(db: Executor, conversationId: number, participantId: number | null): Promise<{ statement: Statement | null; progress: Progress }> {
  const statements = await listStatements(db, conversationId, ["accepted"]);
  const mine = participantId === null ? [] : await votesOfParticipant(db, participantId);
  const answered = new Set(mine.map((v) => v.statementId));
  const open = statements.filter((s) => !answered.has(s.id));
  const progress = { answered: statements.length - open.length, total: statements.length };
  if (open.length === 0) return { statement: null, progress };
  const [counts, analysis] = await Promise.all([voteCounts(db, conversationId), currentAnalysis(db, conversationId)]);
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

async function voteCounts(db: Executor, conversationId: number): Promise<Map<number, VoteCounts>> {
  const rows = await db.selectFrom("opinion_votes").select(["statement_id", "vote", (eb) => eb.fn.countAll<number>().as("n")])
    .where("conversation_id", "=", conversationId).groupBy(["statement_id", "vote"]).execute();
  const counts = new Map<number, VoteCounts>();
  for (const row of rows) {
    const c = counts.get(row.statement_id) ?? { agree: 0, disagree: 0, pass: 0 };
    counts.set(row.statement_id, c);
    if (row.vote === 1) c.agree += Number(row.n);
    else if (row.vote === -1) c.disagree += Number(row.n);
    else c.pass += Number(row.n);
  }
  return counts;
}
