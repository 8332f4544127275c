// The demo district's meetings: an evening last month with minutes, attendance and outcomes, and
// one next week that is full, with a waiting list. Registrations are written directly (no mails:
// nobody should get a demo mail at start-up), through the same rule for who gets a place.
import crypto from "node:crypto";
import { addCalendarDays, localDate, localDateTimeToIso } from "../../../core/i18n/local-days";
import { storedBoundary } from "../../../core/places/boundary";
import { boundsOf, type LatLng, multiPolygonContains } from "../../../core/places/geometry";
import { toE6 } from "../../../core/places/point";
import type { Services } from "../../../core/services";
import { placeFor } from "../domain/meeting";
import { newSeed } from "../store/links";

export async function seedMeetingsDemo(services: Services, siteId: number): Promise<void> {
  const db = services.db.kysely;
  const now = services.clock();
  const today = localDate(now.toISOString());
  const area = await db
    .selectFrom("areas")
    .select(["id", "boundary"])
    .where("site_id", "=", siteId)
    .orderBy("id")
    .executeTakeFirst();
  const point = demoPoint(area?.boundary ?? null);
  const site = await db.selectFrom("sites").select("name").where("id", "=", siteId).executeTakeFirstOrThrow();
  const base = {
    site_id: siteId,
    area_id: area?.id ?? null,
    sequence: 0,
    status: "scheduled" as const,
    kind: "in_person" as const,
    place: "Buurthuis De Boomgaard, Appelstraat 12",
    online_url: null,
    wheelchair: 1,
    hearing_loop: 1,
    sign_language: 1,
    organiser: `Gemeente ${site.name}, team Participatie`,
    related_url: "/ideeen",
    related_label: "Ideeën uit de buurt",
    registration: "required" as const,
    guests_allowed: 1,
    created_by: null,
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
    cancelled_at: null,
    // The community centre on the map, inside the area's boundary (docs/maps.md).
    location_lat_e6: point ? toE6(point.lat) : null,
    location_lng_e6: point ? toE6(point.lng) : null,
    location_address: point ? "Appelstraat 12" : null,
  };
  const pastDay = addCalendarDays(today, -30);
  const past = await db
    .insertInto("meetings")
    .values({
      ...base,
      uid: `${crypto.randomUUID()}@inspraak`,
      title: "Buurtavond: wat doen we met het Boomgaardplein?",
      description:
        "Het plein wordt volgend jaar opnieuw ingericht. Kom vertellen wat u er wilt: " +
        "meer groen, een plek om te spelen, bankjes in de schaduw?\n\nKoffie en thee staan klaar.",
      starts_at: localDateTimeToIso(pastDay, "19:30"),
      ends_at: localDateTimeToIso(pastDay, "21:30"),
      capacity: 60,
      confirmed_count: 0,
      minutes:
        "**Aanwezig:** bewoners, de wijkagent en twee medewerkers van de gemeente.\n\n" +
        "- Veel mensen willen meer bomen en minder stenen.\n" +
        "- Kinderen vragen om een voetbalkooi; buren vrezen geluid na 21.00 uur.\n" +
        "- Afgesproken: de gemeente maakt twee ontwerpen en legt die in het voorjaar voor.",
      attendees: 34,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("meeting_outcomes")
    .values([
      {
        meeting_id: past.id,
        label: "Ideeën die op de avond zijn ingediend",
        url: "/ideeen",
        created_at: now.toISOString(),
      },
      {
        meeting_id: past.id,
        label: "Verantwoording: wat de gemeente met ideeën doet",
        url: "/verantwoording",
        created_at: now.toISOString(),
      },
    ])
    .execute();

  const nextDay = addCalendarDays(today, 7);
  const upcoming = await db
    .insertInto("meetings")
    .values({
      ...base,
      uid: `${crypto.randomUUID()}@inspraak`,
      kind: "hybrid",
      online_url: "https://meet.example.org/buurtbudget",
      title: "Inloopavond buurtbudget: kies mee",
      description: "We lichten de plannen voor het buurtbudget toe en u kunt vragen stellen. Meedoen kan ook online.",
      related_url: "/begroting",
      related_label: "Buurtbudget",
      starts_at: localDateTimeToIso(nextDay, "19:00"),
      ends_at: localDateTimeToIso(nextDay, "21:00"),
      capacity: 4,
      confirmed_count: 0,
      minutes: null,
      attendees: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  let confirmed = 0;
  for (let i = 1; i <= 6; i++) {
    const email = `bewoner${i}@example.org`;
    const user = await db
      .selectFrom("users")
      .select("id")
      .where("site_id", "=", siteId)
      .where("email", "=", email)
      .executeTakeFirst();
    const status = placeFor(confirmed, 4);
    if (status === "confirmed") confirmed++;
    await db
      .insertInto("meeting_registrations")
      .values({
        meeting_id: upcoming.id,
        user_id: user?.id ?? null,
        name: `Bewoner ${i}`,
        email,
        language: "nl",
        status,
        dietary: i === 2 ? "Vegetarisch" : "",
        interpreter: i === 3 ? 1 : 0,
        remarks: "",
        link_seed: newSeed(),
        created_at: new Date(now.getTime() - (10 - i) * 3_600_000).toISOString(),
        placed_at: new Date(now.getTime() - (10 - i) * 3_600_000).toISOString(),
        cancelled_at: null,
        reminded_at: null,
      })
      .execute();
  }
  await db.updateTable("meetings").set({ confirmed_count: confirmed }).where("id", "=", upcoming.id).execute();
}

/**
 * A fixed point inside the area: the middle of its bounds, or, when a concave border leaves that
 * outside, the first point of a grid over the bounds that lies inside. Null without a boundary.
 */
export function demoPoint(boundary: string | null): LatLng | null {
  const shape = storedBoundary(boundary);
  const b = shape ? boundsOf([shape]) : null;
  if (!shape || !b) return null;
  for (let i = 0; i <= 10; i++)
    for (let j = 0; j <= 10; j++) {
      const fy = 0.5 + (i % 2 ? 1 : -1) * Math.ceil(i / 2) * 0.1;
      const fx = 0.5 + (j % 2 ? 1 : -1) * Math.ceil(j / 2) * 0.1;
      const p = { lat: b.south + fy * (b.north - b.south), lng: b.west + fx * (b.east - b.west) };
      if (multiPolygonContains(shape, p)) return p;
    }
  return null;
}
