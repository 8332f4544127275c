// The opinions component: Pol.is-style conversations with an opinion map.
import type { ComponentManifest } from "../../core/components";
import { runOpinionsCli } from "./cli";
import { runImportCli } from "./commands/import-cli";
import { seedOpinionsDemo } from "./commands/seed-demo";
import { analyzeConversationsJob } from "./jobs/analyze-conversations";
import * as m001 from "./migrations/2026-11-28-opinions-001";
import * as mParticipation from "./migrations/2026-12-03-opinions-participation";
import { registerOpinionRoutes } from "./routes/index";
import { defaultLimits, type OpinionLimits } from "./routes/rate-limits";
import { opinionsPersonalData } from "./store/personal-data";
import { opinionsOpenData } from "./open-data-links";
import { opinionsLinkableParts } from "./linkable-parts";
import { opinionsHomeSection } from "./views/home-section";

/** Tests and the benchmark pass other limits; the app uses the defaults. */
export function createOpinionsComponent(options: { limits?: Partial<OpinionLimits> } = {}): ComponentManifest {
  const limits = { ...defaultLimits, ...options.limits };
  return {
    name: "opinions",
    migrations: { "2026-11-28-opinions-001": m001, "2026-12-03-opinions-participation": mParticipation },
    routes: (app, services) => registerOpinionRoutes(app, services, limits),
    seedDemo: seedOpinionsDemo,
    jobs: [analyzeConversationsJob],
    nav: [{ href: "/gesprekken", labelKey: "opinions.nav" }],
    // /admin/gesprekken lists every conversation with its moderation queue; a moderator reaches
    // statement moderation from there, so the link is named after their task.
    adminLinks: [
      { href: "/admin/gesprekken", labelKey: "staff.links.conversations", roles: ["admin", "official"] },
      { href: "/admin/gesprekken", labelKey: "staff.links.statementModeration", roles: ["moderator"] },
    ],
    homeSection: opinionsHomeSection,
    personalData: opinionsPersonalData,
    openData: opinionsOpenData,
    linkableParts: opinionsLinkableParts,
    cli: {
      opinions: {
        summary: "import DIR --site SLUG | analyze DIR [--json] | compare DIR  (Pol.is openData)",
        run: (argv, io) =>
          argv[0] === "import"
            ? runImportCli(argv.slice(1), io.out, io.err, io.withServices)
            : runOpinionsCli(argv, io.out, io.err),
      },
    },
  };
}

export const opinionsComponent = createOpinionsComponent();
