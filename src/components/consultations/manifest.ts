// The consultations component: the municipality's own questions about a plan or a place, with a
// timeline of phases and surveys built by staff. See docs/consultations.md.
import type { FastifyInstance } from "fastify";
import type { ComponentManifest } from "../../core/components";
import type { Services } from "../../core/services";
import * as m001 from "./migrations/2026-12-02-consultations-001";
import * as m002 from "./migrations/2026-12-03-consultations-locations";
import * as m003 from "./migrations/2026-12-04-survey-response-source";
import { registerConsultationAdminRoutes } from "./routes/admin-consultations";
import { registerQuestionAdminRoutes } from "./routes/admin-questions";
import { registerSurveyAdminRoutes } from "./routes/admin-surveys";
import { registerPaperSurveyRoutes } from "./routes/paper-survey";
import { consultationsPersonalData } from "./store/personal-data";
import "./store/tables";

export const consultationsComponent: ComponentManifest = {
  name: "consultations",
  migrations: {
    "2026-12-02-consultations-001": m001,
    "2026-12-03-consultations-locations": m002,
    "2026-12-04-survey-response-source": m003,
  },
  routes(app: FastifyInstance, services: Services) {
    registerConsultationAdminRoutes(app, services);
    registerSurveyAdminRoutes(app, services);
    registerQuestionAdminRoutes(app, services);
    registerPaperSurveyRoutes(app, services);
  },
  adminLinks: [{ href: "/admin/raadplegingen", labelKey: "consultations.admin.link", roles: ["official", "admin"] }],
  personalData: consultationsPersonalData,
};
