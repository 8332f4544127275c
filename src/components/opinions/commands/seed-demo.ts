// Demo content: an open conversation about parking with seed statements and made-up residents
// whose answers form three groups, so the map shows something on the first visit; plus a real
// Pol.is conversation (Seattle's $15/hour, bundled in datasets/) imported as a closed one.
import { DEMO_DATASETS } from "../../../core/datasets";
import { iso } from "../../../core/db/time";
import type { Services } from "../../../core/services";
import { seededRandom } from "../domain/seeded-random";
import { readExportDirectory } from "../opendata/read-export-directory";
import { markChanged } from "../store/conversations";
import { recomputeAnalysis } from "./analyze-conversation";
import { createConversation } from "./create-conversation";
import { importConversation } from "./import-conversation";
import { listStatements } from "../store/statements";
import { PARKING_BLOCS, PARKING_INTRODUCTION, PARKING_STATEMENTS, PARKING_TOPIC } from "./seed-parking";

export const SEATTLE_TOPIC = "$15/hour (Seattle, Pol.is 2014)";
const PER_BLOC = 24;

export async function seedOpinionsDemo(services: Services, siteId: number): Promise<void> {
  const db = services.db.kysely;
  const now = services.clock();
  const conversation = await createConversation(services, {
    siteId,
    actorUserId: null,
    seedStatements: PARKING_STATEMENTS,
    settings: {
      topic: PARKING_TOPIC,
      introduction: PARKING_INTRODUCTION,
      statementMode: "moderated",
      participation: "anonymous",
      opensAt: iso(new Date(now.getTime() - 7 * 86_400_000)),
      closesAt: iso(new Date(now.getTime() + 42 * 86_400_000)),
    },
  });
  const statements = await listStatements(db, conversation.id, ["accepted"]);
  const random = seededRandom(2026);
  await db.transaction().execute(async (trx) => {
    let n = 0;
    for (const [b, leaning] of PARKING_BLOCS.entries()) {
      for (let i = 0; i < PER_BLOC; i++) {
        const participant = await trx
          .insertInto("opinion_participants")
          .values({
            conversation_id: conversation.id,
            user_id: null,
            anonymous_key_hash: null,
            external_id: `demo-${b}-${i}`,
            created_at: iso(now),
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        const votes = statements.flatMap((s, j) => {
          if (random() < 0.2) return []; // not everyone answers everything
          const vote = (random() < 0.12 ? Math.floor(random() * 3) - 1 : leaning[j]!) as -1 | 0 | 1;
          return [
            {
              conversation_id: conversation.id,
              participant_id: participant.id,
              statement_id: s.id,
              vote,
              voted_at: iso(new Date(now.getTime() - ++n * 60_000)),
            },
          ];
        });
        if (votes.length) await trx.insertInto("opinion_votes").values(votes).execute();
      }
    }
    await markChanged(trx, conversation.id);
  });
  await recomputeAnalysis(services, conversation.id);
  await seedRealConversation(services, siteId);
}

async function seedRealConversation(services: Services, siteId: number): Promise<void> {
  const data = await readExportDirectory(DEMO_DATASETS.seattleConversation);
  const conversation = await importConversation(services, { siteId, actorUserId: null, topic: SEATTLE_TOPIC, data });
  await recomputeAnalysis(services, conversation.id);
}
