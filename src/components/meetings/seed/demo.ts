// The demo district's meetings: an evening last month with minutes, attendance and outcomes, and
// one next week that is full, with a waiting list. Registrations are written directly (no mails:
// nobody should get a demo mail at start-up), through the same rule for who gets a place.
import crypto from "node:crypto";
import { addCalendarDays, localDate, localDateTimeToIso } from "../../../core/i18n/local-days";
import type { Services } from "../../../core/services";
import { placeFor } from "../domain/meeting";
import { newSeed } from "../store/links";

export async function seedMeetingsDemo(services: Services, siteId: number): Promise<void> {
  const db = services.db.kysely;
  const now = services.clock();
  const today = localDate(now.toISOString());
  const area = await db.selectFrom("areas").select("id").where("site_id", "=", siteId).orderBy("id").executeTakeFirst();
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
