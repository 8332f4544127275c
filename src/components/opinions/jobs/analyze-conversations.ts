// The scheduled job: every few seconds, recompute the conversations that got new votes or
// moderation decisions since their last analysis. Never inside a request, so a vote stays fast.
import type { ScheduledJob } from "../../../core/components";
import type { Services } from "../../../core/services";
import { recomputeAnalysis } from "../commands/analyze-conversation";
import { conversationsNeedingAnalysis } from "../store/analyses";

const BATCH = 10;

export async function analyzeChangedConversations(services: Services, now: Date): Promise<number> {
  let done = 0;
  for (const id of await conversationsNeedingAnalysis(services.db.kysely, now, BATCH)) {
    if (await recomputeAnalysis(services, id)) done++;
  }
  return done;
}

export const analyzeConversationsJob: ScheduledJob = {
  name: "opinions.analyze",
  everySeconds: 3,
  run: async (services, now) => {
    await analyzeChangedConversations(services, now);
  },
};
