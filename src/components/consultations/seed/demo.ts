// The consultations demo: an open consultation with a poll, a linked conversation, an update and
// a survey of every question type with its responses (page-demo.ts, survey-demo.ts), and a closed
// consultation with its published participation report.
import type { Services } from "../../../core/services";
import { saveReport, setReportPublished, markAnnounced } from "../report/store";
import { seedPageDemo } from "./page-demo";
import { seedSurveyDemo } from "./survey-demo";

export async function seedConsultationsDemo(services: Services, siteId: number): Promise<void> {
  const { open, closed } = await seedPageDemo(services, siteId);
  await seedSurveyDemo(services, siteId, open);
  const now = services.clock();
  await services.db.kysely.transaction().execute(async (trx) => {
    await saveReport(
      trx,
      closed,
      {
        asked:
          "We vroegen bewoners van de Appelbuurt hoe het parkeren in hun straat gaat, en wat beter kan. " +
          "Dat deden we met een peiling en op een bewonersavond.",
        heard:
          "De meeste mensen kunnen soms of bijna nooit in hun eigen straat parkeren. Veel mensen noemen " +
          "bezoekers van de winkels aan de Dorpsstraat. Ook vragen mensen om meer plekken voor fietsen.",
        points: [
          {
            point: "Meer parkeerplekken voor bewoners in de avond",
            decision: "partly",
            reason: "Vanaf 18:00 uur worden 20 plekken aan de Dorpsstraat alleen voor vergunninghouders.",
          },
          {
            point: "Meer fietsenrekken bij de winkels",
            decision: "adopted",
            reason: "Er komen 40 nieuwe plekken voor fietsen, in het voorjaar.",
          },
          {
            point: "Een parkeergarage onder het Boomgaardplein",
            decision: "not",
            reason: "Dat is te duur voor het aantal plekken, en het plein wordt juist groener.",
          },
        ],
      },
      now,
    );
    await setReportPublished(trx, closed, true, now);
    // The demo's participants are not mailed: the report was "published" before they arrived.
    await markAnnounced(trx, closed, now);
  });
}
