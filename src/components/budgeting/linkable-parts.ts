// The site's budgets, for a consultation that links one (core/components.ts `linkableParts`).
import type { ComponentManifest } from "../../core/components";
import "./store/tables";

export const budgetingLinkableParts: NonNullable<ComponentManifest["linkableParts"]> = async (services, siteId, t) => {
  const rows = await services.db.kysely
    .selectFrom("budget_processes")
    .select(["id", "title", "phase"])
    .where("site_id", "=", siteId)
    .orderBy("id", "desc")
    .execute();
  return rows.map((b) => ({
    kind: "budgeting",
    kindLabel: t("budgeting.linkable.kind"),
    id: b.id,
    title: b.title,
    url: `/begroting/${b.id}`,
    // Residents take part while projects are proposed and while they vote.
    open: b.phase === "submit" || b.phase === "vote",
    stateLabel: t(`budgeting.phase.${b.phase}`),
  }));
};
