// The consultations component: the municipality's own questions about a plan or a place, with a
// timeline of phases and surveys built by staff. See docs/consultations.md.
import type { FastifyInstance } from "fastify";
import type { ComponentManifest } from "../../core/components";
import type { Services } from "../../core/services";
import * as m001 from "./migrations/2026-12-02-consultations-001";
import * as m002 from "./migrations/2026-12-03-consultations-locations";
import * as m003 from "./migrations/2026-12-04-survey-response-source";
import * as mReports from "./migrations/2026-12-05-consultation-reports";
import { reportsAccountabilitySection } from "./report/accountability";
import { registerReportRoutes } from "./report/routes";
import * as mAnswering from "./migrations/2026-12-05-survey-answering";
import { registerAnswerRoutes } from "./routes/answer";
import * as mResults from "./migrations/2026-12-05-survey-results";
import * as mPages from "./migrations/2026-12-05-consultation-pages";
import * as mPaper from "./migrations/2026-12-06-survey-paper-entry";
import * as mCodes from "./migrations/2026-12-06-survey-answer-codes";
import { registerAnswerCodeRoutes } from "./codes/routes";
import { UPDATE_EVENT, updateMailHandler } from "./notify/update-mails";
import { registerPollAdminRoutes } from "./polls/admin-routes";
import { registerDocumentAdminRoutes } from "./routes/admin-documents";
import { registerLinkAdminRoutes } from "./routes/admin-links";
import { registerUpdateAdminRoutes } from "./routes/admin-updates";
import { consultationMapItems } from "./routes/map-items";
import { registerConsultationPublicRoutes } from "./routes/public";
import { consultationsHomeSection } from "./views/home-section";
import "./store/page-tables";
import { registerConsultationAdminRoutes } from "./routes/admin-consultations";
import { registerQuestionAdminRoutes } from "./routes/admin-questions";
import { registerResultsAdminRoutes } from "./routes/admin-results";
import { registerSurveyAdminRoutes } from "./routes/admin-surveys";
import { seedConsultationsDemo } from "./seed/demo";
import { registerConsultationsApiRoutes } from "./routes/api";
import { CONSULTATIONS_OPENAPI } from "./routes/openapi";
import { registerPublicResultsRoutes } from "./routes/public-results";
import { registerPaperSurveyRoutes } from "./routes/paper-survey";
import { registerPaperEntryRoutes } from "./routes/paper-entry";
import { consultationsPersonalData } from "./store/personal-data";
import "./store/tables";

export const consultationsComponent: ComponentManifest = {
  name: "consultations",
  migrations: {
    "2026-12-02-consultations-001": m001,
    "2026-12-03-consultations-locations": m002,
    "2026-12-04-survey-response-source": m003,
    "2026-12-05-consultation-reports": mReports,
    "2026-12-05-survey-answering": mAnswering,
    "2026-12-05-survey-results": mResults,
    "2026-12-05-consultation-pages": mPages,
    "2026-12-06-survey-paper-entry": mPaper,
    "2026-12-06-survey-answer-codes": mCodes,
  },
  routes(app: FastifyInstance, services: Services) {
    registerConsultationAdminRoutes(app, services);
    registerSurveyAdminRoutes(app, services);
    registerQuestionAdminRoutes(app, services);
    registerReportRoutes(app, services);
    registerAnswerRoutes(app, services);
    registerResultsAdminRoutes(app, services);
    registerPublicResultsRoutes(app, services);
    registerConsultationsApiRoutes(app, services);
    registerConsultationPublicRoutes(app, services);
    registerPollAdminRoutes(app, services);
    registerLinkAdminRoutes(app, services);
    registerDocumentAdminRoutes(app, services);
    registerUpdateAdminRoutes(app, services);
    registerPaperSurveyRoutes(app, services);
    registerPaperEntryRoutes(app, services);
    registerAnswerCodeRoutes(app, services);
  },
  seedDemo: seedConsultationsDemo,
  outboxHandlers: { [UPDATE_EVENT]: updateMailHandler },
  nav: [{ href: "/raadplegingen", labelKey: "consultations.nav" }],
  homeSection: consultationsHomeSection,
  mapItems: consultationMapItems,
  adminLinks: [{ href: "/admin/raadplegingen", labelKey: "consultations.admin.link", roles: ["official", "admin"] }],
  accountabilitySection: reportsAccountabilitySection,
  personalData: consultationsPersonalData,
  openApi: CONSULTATIONS_OPENAPI,
};
