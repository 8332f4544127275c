// A participant answers a statement (or changes an earlier answer). One transaction: the
// checks, the participant on first use, the vote, and the mark that the analysis is stale.
import type { CurrentUser } from "../../../core/auth/sessions";
import { HttpError, notFound } from "../../../core/http/errors";
import { verifiedResident } from "../../../core/participation/participant";
import type { Services } from "../../../core/services";
import { participationRefusal, voteRefusal } from "../permissions";
import { markChanged } from "../store/conversations";
import { findOrCreateParticipant, type ParticipantIdentity } from "../store/participants";
import { loadVoteContext } from "../store/vote-context";
import { upsertVote, type VoteValue } from "../store/votes";

export const VOTE_VALUES = { agree: 1, disagree: -1, pass: 0 } as const satisfies Record<string, VoteValue>;
export type VoteChoice = keyof typeof VOTE_VALUES;

export interface CastVote {
  siteId: number;
  conversationId: number;
  statementId: number;
  choice: VoteChoice;
  user: CurrentUser | null;
  identity: () => ParticipantIdentity;
}

export async function castVote(services: Services, input: CastVote): Promise<{ participantId: number }> {
  const now = services.clock();
  const db = services.db.kysely;
  const identity = input.identity();
  return db.transaction().execute(async (trx) => {
    const context = await loadVoteContext(trx, input.siteId, input.conversationId, input.statementId, identity);
    if (!context) throw notFound();
    const { conversation, statement } = context;
    const refusal = participationRefusal(conversation, input.user, now);
    if (refusal) throw new HttpError(refusal.status, refusal.key);
    if (!statement) throw notFound("opinions.errors.statementNotFound");
    const refused = voteRefusal(statement);
    if (refused) throw new HttpError(refused.status, refused.key);
    const participantId = context.participantId ?? (await findOrCreateParticipant(trx, conversation.id, identity, now));
    await upsertVote(
      trx,
      {
        conversationId: conversation.id,
        participantId,
        statementId: statement.id,
        vote: VOTE_VALUES[input.choice],
        verified: input.user ? verifiedResident(input.user) : false,
      },
      now,
    );
    await markChanged(trx, conversation.id);
    return { participantId };
  });
}
