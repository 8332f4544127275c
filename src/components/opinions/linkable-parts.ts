// The site's conversations, for a consultation that links one (core/components.ts `linkableParts`).
import type { ComponentManifest } from "../../core/components";
import "./store/tables";

export const opinionsLinkableParts: NonNullable<ComponentManifest["linkableParts"]> = async (
  services,
  siteId,
  t,
  now,
) => {
  const rows = await services.db.kysely
    .selectFrom("opinion_conversations")
    .select(["id", "topic", "opens_at", "closes_at"])
    .where("site_id", "=", siteId)
    .orderBy("id", "desc")
    .execute();
  const at = now.toISOString();
  return rows.map((c) => {
    const open = c.opens_at <= at && (c.closes_at === null || c.closes_at > at);
    return {
      kind: "opinions",
      kindLabel: t("opinions.linkable.kind"),
      id: c.id,
      title: c.topic,
      url: `/gesprekken/${c.id}`,
      open,
      stateLabel: t(open ? "opinions.linkable.open" : "opinions.linkable.closed"),
    };
  });
};
