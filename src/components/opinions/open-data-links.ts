// What the opinions component publishes as open data, for the site's open-data page: every
// conversation that has started, in the Pol.is export format (CSV files, no names or addresses),
// one group per conversation so its report page can link straight to it.
import type { FastifyRequest } from "fastify";
import type { OpenDataSection } from "../../core/components";
import type { Services } from "../../core/services";
import { EXPORT_FILES } from "./commands/export-conversation";
import { conversationPhase } from "./permissions";
import { listConversations } from "./store/conversations";

export const opinionsOpenDataId = (conversationId: number): string => `opinions-${conversationId}`;

const FILE_KEYS: Record<(typeof EXPORT_FILES)[number], string> = {
  "comments.csv": "opinions.openData.comments",
  "votes.csv": "opinions.openData.votes",
  "participants-votes.csv": "opinions.openData.participantsVotes",
  "summary.csv": "opinions.openData.summary",
};

export async function opinionsOpenData(request: FastifyRequest, services: Services): Promise<OpenDataSection[]> {
  const now = services.clock();
  const started = (await listConversations(services.db.kysely, request.site.id)).filter(
    (c) => conversationPhase(c, now) !== "upcoming",
  );
  return started.map((c) => ({
    id: opinionsOpenDataId(c.id),
    heading: request.t("opinions.openData.heading", { topic: c.topic }),
    intro: request.t("opinions.openData.intro"),
    links: EXPORT_FILES.map((file) => ({
      href: `/gesprekken/${c.id}/export/${file}`,
      label: request.t(FILE_KEYS[file], { file }),
    })),
  }));
}
