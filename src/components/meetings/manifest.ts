// The meetings component: community evenings and online sessions with registration, a waiting
// list, calendars (iCalendar), minutes and outcomes. See docs/meetings.md.
import { meetingsForPaper } from "./store/paper-meetings";
import type { ComponentManifest } from "../../core/components";
import * as m001 from "./migrations/2026-12-02-meetings-001";
import * as m002 from "./migrations/2026-12-03-meetings-locations";
import { meetingJobs } from "./notify/jobs";
import { meetingsOpenData } from "./open-data-links";
import { registerAdminRoutes } from "./routes/admin";
import { registerApiRoutes } from "./routes/api";
import { meetingMapItems } from "./routes/location";
import { registerCalendarRoutes } from "./routes/calendar";
import { registerLinkRoutes } from "./routes/links";
import { registerMinutesPdfRoutes } from "./routes/minutes-pdf";
import { MEETINGS_OPENAPI } from "./routes/openapi";
import { registerPublicRoutes } from "./routes/public";
import { seedMeetingsDemo } from "./seed/demo";
import { meetingsPersonalData } from "./store/personal-data";
import { meetingsHomeSection } from "./views/home-section";
import "./store/tables";

export const meetingsComponent: ComponentManifest = {
  name: "meetings",
  migrations: { "2026-12-02-meetings-001": m001, "2026-12-03-meetings-locations": m002 },
  routes(app, services) {
    registerCalendarRoutes(app, services);
    registerPublicRoutes(app, services);
    registerLinkRoutes(app, services);
    registerApiRoutes(app, services);
    registerAdminRoutes(app, services);
    registerMinutesPdfRoutes(app, services);
  },
  seedDemo: seedMeetingsDemo,
  jobs: meetingJobs,
  nav: [{ href: "/bijeenkomsten", labelKey: "meetings.nav" }],
  adminLinks: [{ href: "/admin/bijeenkomsten", labelKey: "meetings.admin.link", roles: ["official", "admin"] }],
  homeSection: meetingsHomeSection,
  personalData: meetingsPersonalData,
  openData: meetingsOpenData,
  openApi: MEETINGS_OPENAPI,
  mapItems: meetingMapItems,
  paperMeetings: meetingsForPaper,
};
