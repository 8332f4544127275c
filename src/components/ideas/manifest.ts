// The ideas component: residents' ideas with a support threshold, forwarding to the council and a
// public answer on a clock. See docs/ideas.md for the lifecycle, the promise and the settings.
import type { FastifyInstance } from "fastify";
import type { ComponentManifest } from "../../core/components";
import type { Services } from "../../core/services";
import { COMMENT_EVENT, commentHandler } from "./notify/comment-fan-out";
import * as m001 from "./migrations/2026-11-27-ideas-001";
import * as mPhotos from "./migrations/2026-12-01-ideas-photos";
import * as mCommentNotifications from "./migrations/2026-12-02-ideas-comment-notifications";
import { ideaMapItems } from "./map-items";
import { registerLocationSettingsRoutes } from "./routes/location";
import * as mLocations from "./migrations/2026-12-03-ideas-locations";
import * as mDueEndOfDay from "./migrations/2026-12-02-ideas-due-end-of-day";
import * as mParticipation from "./migrations/2026-12-03-ideas-participation";
import * as mPaper from "./migrations/2026-12-04-ideas-paper";
import { FORWARDED_EVENT, NOTIFY_EVENT } from "./commands/change-state";
import { forwardedHandler, notifyHandler } from "./notify/fan-out";
import { ideaJobs } from "./notify/jobs";
import { registerActionRoutes } from "./routes/actions";
import { registerAdminRoutes } from "./routes/admin";
import { registerApiRoutes } from "./routes/api";
import { registerCampaignRoutes } from "./routes/campaign";
import { registerCommentRoutes } from "./routes/comments";
import { registerModerationRoutes } from "./routes/moderation";
import { registerOpenDataRoutes } from "./routes/open-data";
import { registerIdeaPhotoRoutes } from "./photos/routes";
import { registerPublicRoutes } from "./routes/public";
import { registerPaperRoutes } from "./routes/paper";
import { registerPaperFormRoutes } from "./routes/paper-forms";
import { registerPaperIdeaRoutes } from "./routes/paper-idea";
import { registerUnsubscribeRoutes } from "./routes/unsubscribe";
import { ideasOpenData } from "./open-data-links";
import { ideasLinkableParts } from "./linkable-parts";
import { homeSection } from "./views/home-section";
import { seedIdeasDemo } from "./seed/demo";
import { seedPaperDemo } from "./seed/demo-paper";
import { ideasPersonalData } from "./store/personal-data";
import "./store/tables";
import "./photos/tables";

export const ideasComponent: ComponentManifest = {
  name: "ideas",
  migrations: {
    "2026-11-27-ideas-001": m001,
    "2026-12-01-ideas-photos": mPhotos,
    "2026-12-02-ideas-comment-notifications": mCommentNotifications,
    "2026-12-02-ideas-due-end-of-day": mDueEndOfDay,
    "2026-12-03-ideas-locations": mLocations,
    "2026-12-03-ideas-participation": mParticipation,
    "2026-12-04-ideas-paper": mPaper,
  },
  routes(app: FastifyInstance, services: Services) {
    registerPublicRoutes(app, services);
    registerActionRoutes(app, services);
    registerCommentRoutes(app, services);
    registerCampaignRoutes(app, services);
    registerOpenDataRoutes(app, services);
    registerApiRoutes(app, services);
    registerUnsubscribeRoutes(app, services);
    registerAdminRoutes(app, services);
    registerModerationRoutes(app, services);
    registerIdeaPhotoRoutes(app, services);
    registerLocationSettingsRoutes(app, services);
    registerPaperRoutes(app, services);
    registerPaperFormRoutes(app, services);
    registerPaperIdeaRoutes(app, services);
  },
  seedDemo: seedIdeasDemo,
  seedDemoAfter: seedPaperDemo,
  outboxHandlers: {
    [NOTIFY_EVENT]: notifyHandler,
    [FORWARDED_EVENT]: forwardedHandler,
    [COMMENT_EVENT]: commentHandler,
  },
  jobs: ideaJobs,
  nav: [
    { href: "/ideeen", labelKey: "ideas.nav.ideas" },
    { href: "/verantwoording", labelKey: "ideas.nav.accountability" },
    { href: "/kaart", labelKey: "places.nav.map" },
  ],
  adminLinks: [
    { href: "/admin/ideeen", labelKey: "ideas.admin.dashboardLink", roles: ["official", "admin"] },
    { href: "/admin/ideeen/raad", labelKey: "ideas.admin.councilLink", roles: ["council", "official", "admin"] },
    { href: "/admin/ideeen/meldingen", labelKey: "ideas.admin.moderationLink", roles: ["moderator", "admin"] },
    { href: "/admin/ideeen/instellingen", labelKey: "ideas.admin.settingsLink", roles: ["admin"] },
    { href: "/admin/ideeen/plek", labelKey: "places.ideas.adminLink", roles: ["admin"] },
    { href: "/admin/ideeen/papier/nieuw", labelKey: "paper.idea.adminLink", roles: ["official", "admin"] },
  ],
  homeSection,
  personalData: ideasPersonalData,
  linkableParts: ideasLinkableParts,
  openData: ideasOpenData,
  mapItems: ideaMapItems,
};
