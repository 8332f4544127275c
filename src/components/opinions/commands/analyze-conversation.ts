// Recomputes one conversation's opinion map and stores it. Claimed with a conditional update, so
// with several processes exactly one computes; the version read before computing is stored, so
// votes cast during the computation trigger another run rather than being lost.
import crypto from "node:crypto";
import type { Executor } from "../../../core/db/database";
import type { Services } from "../../../core/services";
import { analyzeConversation } from "../domain/analyze-conversation";
import type { ConversationInput } from "../domain/types";
import { changesVersion, claimAnalysis, storeAnalysis } from "../store/analyses";
import { listStatements } from "../store/statements";
import { votesOfConversation } from "../store/votes";

/** Long enough for any analysis; a crashed process's claim expires after it. */
const CLAIM_SECONDS = 120;

export async function recomputeAnalysis(services: Services, conversationId: number): Promise<boolean> {
  const now = services.clock();
  const db = services.db.kysely;
  const claim = crypto.randomBytes(12).toString("base64url");
  if (!(await claimAnalysis(db, conversationId, claim, now, new Date(now.getTime() + CLAIM_SECONDS * 1000))))
    return false;
  const version = await changesVersion(db, conversationId);
  const input = await analysisInput(db, conversationId);
  const result = analyzeConversation(input);
  return storeAnalysis(db, conversationId, claim, version, result, now);
}

async function analysisInput(db: Executor, conversationId: number): Promise<ConversationInput> {
  const [statements, votes] = await Promise.all([
    listStatements(db, conversationId, ["accepted"]),
    votesOfConversation(db, conversationId),
  ]);
  return {
    statements: statements.map((s) => s.id),
    votes: votes.map((v) => ({
      participant: v.participantId,
      statement: v.statementId,
      vote: v.vote,
      time: Date.parse(v.votedAt),
    })),
  };
}
