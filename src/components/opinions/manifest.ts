// The opinions component: Pol.is-style conversations with an opinion map.
import type { ComponentManifest } from "../../core/components";
import { runOpinionsCli } from "./cli";
import { runImportCli } from "./commands/import-cli";
import { seedOpinionsDemo } from "./commands/seed-demo";
import { analyzeConversationsJob } from "./jobs/analyze-conversations";
import * as m001 from "./migrations/2026-11-28-opinions-001";
import { registerOpinionRoutes } from "./routes/index";
import { defaultLimits, type OpinionLimits } from "./routes/rate-limits";
import { opinionsPersonalData } from "./store/personal-data";
import { opinionsHomeSection } from "./views/home-section";

/** Tests and the benchmark pass other limits; the app uses the defaults. */
export function createOpinionsComponent(options: { limits?: Partial<OpinionLimits> } = {}): ComponentManifest {
  const limits = { ...defaultLimits, ...options.limits };
  return {
    name: "opinions",
    migrations: { "2026-11-28-opinions-001": m001 },
    routes: (app, services) => registerOpinionRoutes(app, services, limits),
    seedDemo: seedOpinionsDemo,
    jobs: [analyzeConversationsJob],
    nav: [{ href: "/gesprekken", labelKey: "opinions.nav" }],
    homeSection: opinionsHomeSection,
    personalData: opinionsPersonalData,
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
