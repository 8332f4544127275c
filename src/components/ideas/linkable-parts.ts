// The site's ideas processes, for a consultation that links one (core/components.ts `linkableParts`).
import type { ComponentManifest } from "../../core/components";
import "./store/tables";

export const ideasLinkableParts: NonNullable<ComponentManifest["linkableParts"]> = async (services, siteId, t) => {
  const rows = await services.db.kysely
    .selectFrom("idea_processes")
    .select(["id", "title", "active"])
    .where("site_id", "=", siteId)
    .orderBy("id", "desc")
    .execute();
  return rows.map((p) => ({
    kind: "ideas",
    kindLabel: t("ideas.linkable.kind"),
    id: p.id,
    title: p.title,
    url: "/ideeen",
    open: p.active === 1,
    stateLabel: t(p.active === 1 ? "ideas.linkable.open" : "ideas.linkable.closed"),
  }));
};
