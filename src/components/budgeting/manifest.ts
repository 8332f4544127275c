// The budgeting component: participatory budgets with projects, ballots, voting codes, paper
// ballots and explained results (greedy or Method of Equal Shares; see docs/budgeting.md).
import type { ComponentManifest } from "../../core/components";
import { pbCommand } from "./commands/pb-cli";
import { seedBudgeting } from "./commands/seed-demo";
import * as m001 from "./migrations/2026-11-28-budgeting-001";
import * as m002 from "./migrations/2026-12-02-budgeting-002";
import { projectMapItems } from "./routes/location";
import * as mLocations from "./migrations/2026-12-03-budgeting-locations";
import * as mPhotos from "./migrations/2026-12-01-budgeting-photos";
import * as mParticipation from "./migrations/2026-12-03-budgeting-participation";
import * as mPools from "./migrations/2026-12-04-budgeting-pools";
import * as mWindows from "./migrations/2026-12-04-budgeting-windows";
import { budgetingJobs } from "./windows/job";
import { registerWindowRoutes } from "./windows/routes";
import { registerProjectPhotoRoutes } from "./photos/routes";
import "./photos/tables";
import { registerAdminRoutes } from "./routes/admin";
import { registerBudgetsApiRoutes } from "./routes/api";
import { BUDGETS_OPENAPI } from "./routes/openapi";
import { registerAdminImportRoutes } from "./routes/admin-import";
import { registerAdminPoolRoutes } from "./routes/admin-pools";
import { registerAdminVotingRoutes } from "./routes/admin-voting";
import { registerProjectRoutes } from "./routes/project";
import { registerPublicRoutes } from "./routes/public";
import { registerVoteRoutes } from "./routes/vote";
import { budgetingPersonalData } from "./store/personal-data";
import { budgetingOpenData } from "./open-data-links";
import { budgetingLinkableParts } from "./linkable-parts";
import { budgetingHomeSection } from "./views/home-section";

export const budgetingManifest: ComponentManifest = {
  name: "budgeting",
  migrations: {
    "2026-11-28-budgeting-001": m001,
    "2026-12-01-budgeting-photos": mPhotos,
    "2026-12-02-budgeting-002": m002,
    "2026-12-03-budgeting-locations": mLocations,
    "2026-12-03-budgeting-participation": mParticipation,
    "2026-12-04-budgeting-pools": mPools,
    "2026-12-04-budgeting-windows": mWindows,
  },
  routes(app, services) {
    // The import page must be registered before /admin/begroting/:id would match "importeren";
    // find-my-way prefers static segments anyway, so the order only keeps reading easy.
    registerAdminImportRoutes(app, services);
    registerAdminRoutes(app, services);
    registerAdminVotingRoutes(app, services);
    registerAdminPoolRoutes(app, services);
    registerPublicRoutes(app, services);
    registerVoteRoutes(app, services);
    registerProjectRoutes(app, services);
    registerProjectPhotoRoutes(app, services);
    registerWindowRoutes(app, services);
    registerBudgetsApiRoutes(app, services);
  },
  // Proposal and voting windows open and close by themselves (windows/job.ts).
  jobs: budgetingJobs,
  seedDemo: (services, siteId) => seedBudgeting(services, siteId),
  nav: [{ href: "/begroting", labelKey: "budgeting.nav" }],
  // Who may open /admin/begroting: the same roles as `mayReview` in permissions.ts.
  adminLinks: [{ href: "/admin/begroting", labelKey: "staff.links.budgets", roles: ["admin", "official"] }],
  homeSection: budgetingHomeSection,
  openData: budgetingOpenData,
  openApi: BUDGETS_OPENAPI,
  cli: { pb: pbCommand },
  personalData: budgetingPersonalData,
  linkableParts: budgetingLinkableParts,
  mapItems: projectMapItems,
};
