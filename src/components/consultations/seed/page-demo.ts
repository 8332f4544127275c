// The demo site's consultations: one in its input phase (a poll on the home page with votes, a link
// to the demo's opinion-map conversation, an update) and one that is over, its phases in the past
// and its poll closed. Written through the component's own store; no mails (nobody follows yet).
import { translator } from "../../../core/i18n/catalog";
import { addCalendarDays, localDate } from "../../../core/i18n/local-days";
import { storedBoundary } from "../../../core/places/boundary";
import { boundsOf, type LatLng, multiPolygonContains } from "../../../core/places/geometry";
import { toE6 } from "../../../core/places/point";
import type { Services } from "../../../core/services";
import { castVote, closePoll, createPoll } from "../polls/store";
import { saveConsultation } from "../store/consultations";
import { addUpdate, replaceLinks } from "../store/page-parts";

/** A point inside the area, near its middle (null when the area has no boundary). */
function pointIn(boundary: string | null): LatLng | null {
  const shape = storedBoundary(boundary);
  const b = shape ? boundsOf([shape]) : null;
  if (!shape || !b) return null;
  for (const f of [0.5, 0.4, 0.6, 0.3, 0.7]) {
    const p = { lat: b.south + f * (b.north - b.south), lng: b.west + (1 - f) * (b.east - b.west) };
    if (multiPolygonContains(shape, p)) return p;
  }
  return null;
}

/** The open and the closed demo consultation; returns their ids for the survey and the report. */
export async function seedPageDemo(services: Services, siteId: number): Promise<{ open: number; closed: number }> {
  const db = services.db.kysely;
  const now = services.clock();
  const day = (n: number) => addCalendarDays(localDate(now.toISOString()), n);
  const area = await db
    .selectFrom("areas")
    .select(["id", "boundary"])
    .where("site_id", "=", siteId)
    .orderBy("id")
    .executeTakeFirst();
  const official = await db
    .selectFrom("users")
    .innerJoin("user_roles", "user_roles.user_id", "users.id")
    .select("users.id")
    .where("users.site_id", "=", siteId)
    .where("user_roles.role", "=", "official")
    .executeTakeFirst();
  // Residents with a confirmed address who hold no staff role: the ones who vote in the demo.
  const residents = await db
    .selectFrom("users")
    .select("id")
    .where("site_id", "=", siteId)
    .where("email_verified_at", "is not", null)
    .where("deleted_at", "is", null)
    .where((eb) =>
      eb.not(eb.exists(eb.selectFrom("user_roles").select("user_id").whereRef("user_roles.user_id", "=", "users.id"))),
    )
    .orderBy("id")
    .execute();
  const point = pointIn(area?.boundary ?? null);
  const parts = (
    await Promise.all(services.components.map((c) => c.linkableParts?.(services, siteId, translator("nl"), now) ?? []))
  ).flat();
  // The demo's conversation that is open now, else any.
  const conversation = parts.find((p) => p.kind === "opinions" && p.open) ?? parts.find((p) => p.kind === "opinions");

  return db.transaction().execute(async (trx) => {
    const open = await saveConsultation(
      trx,
      siteId,
      null,
      {
        title: "Het Boomgaardplein opnieuw inrichten",
        summary: "Het plein krijgt volgend jaar een nieuwe inrichting. Wat is voor u het belangrijkst?",
        body:
          "Het Boomgaardplein is nu vooral steen. De gemeente wil het plein **groener** en prettiger maken.\n\n" +
          "- Geef uw mening in de peiling.\n- Praat mee in het gesprek over het plein.\n\n" +
          "Na de inbreng maken we twee ontwerpen. Die leggen we aan u voor.",
        contactUserId: official?.id ?? null,
        areaIds: area ? [area.id] : [],
        phases: [
          { name: "Informatie", startsOn: day(-20), endsOn: day(-8) },
          { name: "Inbreng", startsOn: day(-7), endsOn: day(21) },
          { name: "Verwerking", startsOn: day(22), endsOn: day(50) },
          { name: "Besluit", startsOn: day(51), endsOn: day(80) },
        ],
        published: true,
        anonymousAnswers: true,
        location: point
          ? { point: { latE6: toE6(point.lat), lngE6: toE6(point.lng) }, address: "Boomgaardplein" }
          : null,
      },
      now,
    );
    const poll = await createPoll(
      trx,
      siteId,
      open,
      {
        question: "Wat wilt u het liefst op het Boomgaardplein?",
        choices: ["Meer bomen en groen", "Een speelplek", "Bankjes in de schaduw", "Ruimte voor de markt"],
        results: "afterVote",
        onHome: true,
        published: true,
      },
      now,
    );
    const choices = await trx
      .selectFrom("poll_choices")
      .select("id")
      .where("poll_id", "=", poll)
      .orderBy("position")
      .execute();
    // A spread that is not even: most want green, some a playground.
    const pattern = [0, 0, 1, 0, 2, 0, 1, 3, 0, 2, 1, 0];
    for (const [i, r] of residents.slice(0, 30).entries())
      await castVote(trx, poll, choices[pattern[i % pattern.length]!]!.id, r.id, now);
    if (conversation) await replaceLinks(trx, open, [{ kind: conversation.kind, targetId: conversation.id }]);
    await addUpdate(
      trx,
      open,
      {
        title: "De inbreng is begonnen",
        body: "Tot en met de laatste dag van de inbreng kunt u meedoen. Op de buurtavond kwamen al veel ideeën.",
        authorUserId: official?.id ?? null,
      },
      now,
    );

    const closed = await saveConsultation(
      trx,
      siteId,
      null,
      {
        title: "Parkeren in de Appelbuurt",
        summary: "Hoe ervaart u het parkeren in uw straat? Deze raadpleging is afgelopen.",
        body: "We vroegen bewoners hoe het parkeren gaat. Het verslag zegt wat we met de inbreng doen.",
        contactUserId: official?.id ?? null,
        areaIds: area ? [area.id] : [],
        phases: [
          { name: "Informatie", startsOn: day(-150), endsOn: day(-121) },
          { name: "Inbreng", startsOn: day(-120), endsOn: day(-91) },
          { name: "Verwerking", startsOn: day(-90), endsOn: day(-61) },
          { name: "Besluit", startsOn: day(-60), endsOn: day(-30) },
        ],
        published: true,
      },
      now,
    );
    const parking = await createPoll(
      trx,
      siteId,
      closed,
      {
        question: "Kunt u meestal in uw eigen straat parkeren?",
        choices: ["Ja, bijna altijd", "Soms", "Bijna nooit"],
        results: "afterClose",
        onHome: false,
        published: true,
      },
      now,
    );
    const parkingChoices = await trx
      .selectFrom("poll_choices")
      .select("id")
      .where("poll_id", "=", parking)
      .orderBy("position")
      .execute();
    for (const [i, r] of residents.slice(0, 24).entries())
      await castVote(trx, parking, parkingChoices[[1, 2, 0, 1, 2, 2][i % 6]!]!.id, r.id, now);
    await closePoll(trx, parking, now);
    return { open, closed };
  });
}
