// What the opinions component publishes as open data, for the site's open-data page: every
// conversation that has started, in the Pol.is export format (CSV files, no names or addresses).
import type { FastifyRequest } from "fastify";
import type { OpenDataSection } from "../../core/components";
import type { Services } from "../../core/services";
import { EXPORT_FILES } from "./commands/export-conversation";
import { conversationPhase } from "./permissions";
import { listConversations } from "./store/conversations";

export const OPINIONS_OPEN_DATA_ID = "opinions";

export async function opinionsOpenData(request: FastifyRequest, services: Services): Promise<OpenDataSection[]> {
  const now = services.clock();
  const started = (await listConversations(services.db.kysely, request.site.id)).filter(
    (c) => conversationPhase(c, now) !== "upcoming",
  );
  if (started.length === 0) return [];
  return [
    {
      id: OPINIONS_OPEN_DATA_ID,
      heading: request.t("opinions.openData.heading"),
      intro: request.t("opinions.openData.intro"),
      links: started.flatMap((c) =>
        EXPORT_FILES.map((file) => ({
          href: `/gesprekken/${c.id}/export/${file}`,
          label: request.t("opinions.openData.file", { topic: c.topic, file }),
        })),
      ),
    },
  ];
}
