// The demo's survey in the Boomgaardplein consultation (in its input phase): every question
// type (one shown only on a condition) and 60 sent responses, varied but the same on every start
// (a fixed pseudo-random sequence). The site's residents answered with their accounts, the rest
// without one (the consultation allows it), and the last few on paper forms from the library that
// the demo official typed in (docs/paper.md), so the results can tell the three apart.
import crypto from "node:crypto";
import { addCalendarDays, localDate } from "../../../core/i18n/local-days";
import { resolveSource } from "../../../core/paper/batches";
import type { Services } from "../../../core/services";
import type { AnswerValue, Question } from "../domain/questions";
import { respondentArea } from "../domain/respondent-area";
import { visibleQuestionIds } from "../domain/visibility";
import { addPage, createSurvey, insertQuestion, surveyPages } from "../store/surveys";

export const DEMO_RESPONSES = 60;
/** Of the responses, the last this many are paper forms. */
export const DEMO_PAPER_RESPONSES = 6;
const base = { help: "", required: false, condition: null };

/** A small deterministic generator (mulberry32): the same demo on every start. */
function sequence(seed: number) {
  let a = seed;
  return (n: number) => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return (((x ^ (x >>> 14)) >>> 0) % n) as number;
  };
}

/** The survey, in the demo's open consultation (seed/page-demo.ts), with its sent responses. */
export async function seedSurveyDemo(services: Services, siteId: number, consultationId: number): Promise<void> {
  const db = services.db.kysely;
  const now = services.clock();
  const today = localDate(now.toISOString());
  const day = (n: number) => addCalendarDays(today, n);
  const areas = await db
    .selectFrom("areas")
    .select(["id", "name", "postcode_ranges"])
    .where("site_id", "=", siteId)
    .orderBy("id")
    .execute();
  const surveyId = await createSurvey(
    db,
    siteId,
    consultationId,
    {
      title: "Vragenlijst Boomgaardplein",
      intro: "Drie korte pagina's over hoe u het plein gebruikt en wat u wilt.",
      closesOn: day(21),
      published: true,
    },
    now,
  );
  const [first] = await surveyPages(db, surveyId);
  await db.updateTable("survey_pages").set({ title: "Over u en het plein" }).where("id", "=", first!.id).execute();
  const add = (pageId: number, q: Record<string, unknown>) =>
    insertQuestion(db, surveyId, pageId, { ...base, id: 0, ...q } as Question);
  const often = await add(first!.id, {
    type: "single",
    label: "Hoe vaak komt u op het Boomgaardplein?",
    choices: ["Bijna elke dag", "Elke week", "Af en toe", "Bijna nooit"],
    required: true,
  });
  await add(first!.id, { type: "area", label: "Waar woont u?", allowPostcode: true });
  await add(first!.id, { type: "number", label: "Hoeveel minuten loopt u naar het plein?", min: 0, max: 120 });
  const page2 = await addPage(db, surveyId, "Wat wilt u?");
  await add(page2, {
    type: "multiple",
    label: "Wat wilt u meer op het plein?",
    choices: ["Bomen en groen", "Bankjes", "Een speelplek", "Een terras", "Fietsenrekken"],
    max: 3,
    required: true,
  });
  await add(page2, {
    type: "ranking",
    label: "Wat is het belangrijkst?",
    choices: ["Groen", "Spelen", "Rust", "Parkeren"],
  });
  await add(page2, {
    type: "scale",
    label: "Hoe tevreden bent u nu over het plein?",
    min: 1,
    max: 5,
    minLabel: "Helemaal niet",
    maxLabel: "Heel erg",
  });
  await add(page2, {
    type: "grid",
    label: "Hoe veilig voelt u zich op het plein?",
    rows: ["Overdag", "'s Avonds"],
    choices: ["Veilig", "Neutraal", "Onveilig"],
  });
  const page3 = await addPage(db, surveyId, "Tot slot");
  await add(page3, {
    type: "longText",
    label: "Waarom komt u er bijna nooit?",
    condition: { questionId: often, value: 3 },
  });
  await add(page3, { type: "shortText", label: "Wat is uw favoriete plek in de buurt?" });
  await add(page3, { type: "longText", label: "Wilt u nog iets kwijt?" });

  const pages = await surveyPages(db, surveyId);
  const residents = await db
    .selectFrom("users")
    .leftJoin("user_roles", "user_roles.user_id", "users.id")
    .select(["users.id", "users.identity_verified_at"])
    .where("users.site_id", "=", siteId)
    .where("user_roles.role", "is", null)
    .orderBy("users.id")
    .limit(30)
    .execute();
  const official = await db
    .selectFrom("users")
    .innerJoin("user_roles", "user_roles.user_id", "users.id")
    .select("users.id")
    .where("users.site_id", "=", siteId)
    .where("user_roles.role", "=", "official")
    .executeTakeFirst();
  const paperBatch = official
    ? await resolveSource(
        db,
        siteId,
        { newBatch: { kind: "form", label: "Formulieren bibliotheek Boomgaard" } },
        official.id,
        now,
      )
    : null;
  const pick = sequence(20261205);
  const reasons = [
    "Het is er te druk met auto's.",
    "Er is niets te doen voor kinderen.",
    "Ik woon aan de andere kant van de wijk.",
  ];
  const places = ["Het park", "De bibliotheek", "Het Appelpad", "Het speeltuintje", "De markt op zaterdag"];
  const remarks = [
    "Graag meer schaduw in de zomer.",
    "Denk aan mensen met een rollator.",
    "",
    "",
    "Minder tegels, meer groen!",
  ];
  for (let i = 0; i < DEMO_RESPONSES; i++) {
    const answers = new Map<number, AnswerValue>();
    for (const q of pages.flatMap((p) => p.questions)) {
      if (!q.required && pick(5) === 0) continue; // some optional questions stay open
      switch (q.type) {
        case "single":
          answers.set(q.id, [0, 0, 1, 1, 1, 2, 2, 3][pick(8)]!);
          break;
        case "area":
          answers.set(
            q.id,
            areas.length && pick(3) > 0 ? { area: areas[pick(areas.length)]!.id } : { postcode: `105${1 + pick(7)}` },
          );
          break;
        case "number":
          answers.set(q.id, 1 + pick(25));
          break;
        case "multiple": {
          const chosen = [...new Set([pick(5), pick(5), pick(3)])].sort((a, b) => a - b);
          answers.set(q.id, chosen);
          break;
        }
        case "ranking": {
          const order = [0, 1, 2, 3];
          for (let k = order.length - 1; k > 0; k--) {
            const j = pick(k + 1);
            [order[k], order[j]] = [order[j]!, order[k]!];
          }
          answers.set(q.id, order);
          break;
        }
        case "scale":
          answers.set(q.id, [1, 2, 2, 3, 3, 3, 4, 4, 5][pick(9)]!);
          break;
        case "grid":
          answers.set(q.id, [pick(2), pick(3)]);
          break;
        case "longText":
          answers.set(q.id, q.condition ? reasons[pick(reasons.length)]! : remarks[pick(remarks.length)]!);
          break;
        case "shortText":
          answers.set(q.id, places[pick(places.length)]!);
          break;
      }
      if (answers.get(q.id) === "") answers.delete(q.id);
    }
    const shown = visibleQuestionIds(pages, answers);
    for (const id of answers.keys()) if (!shown.has(id)) answers.delete(id);
    const onPaper = paperBatch !== null && i >= DEMO_RESPONSES - DEMO_PAPER_RESPONSES;
    const resident = onPaper ? undefined : residents[i];
    const verified = Boolean(resident?.identity_verified_at);
    const at = new Date(now.getTime() - (DEMO_RESPONSES - i) * 2 * 3_600_000).toISOString();
    const { id } = await db
      .insertInto("survey_responses")
      .values({
        survey_id: surveyId,
        user_id: resident?.id ?? null,
        anonymous_key:
          resident || onPaper ? null : crypto.createHash("sha256").update(`demo-survey:${i}`).digest("base64url"),
        source: onPaper ? "paper" : resident ? "online" : "anonymous",
        paper_batch_id: onPaper ? paperBatch : null,
        entered_by: onPaper ? official!.id : null,
        entered_at: onPaper ? at : null,
        verified: verified ? 1 : 0,
        area_id: respondentArea(
          null,
          pages.flatMap((p) => p.questions),
          answers,
          areas,
        ),
        created_at: at,
        updated_at: at,
        submitted_at: at,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await db
      .insertInto("survey_answers")
      .values(
        [...answers].map(([questionId, value]) => ({
          response_id: id,
          question_id: questionId,
          value: JSON.stringify(value),
        })),
      )
      .execute();
  }
}
