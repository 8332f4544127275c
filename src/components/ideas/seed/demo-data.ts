// Texts of the demo ideas (Dutch: the demo district is Dutch) and names of demo residents.
import type { AnswerKind, IdeaState } from "../domain/states";

export const FIRST_NAMES = [
  "Fatima",
  "Jeroen",
  "Aylin",
  "Pieter",
  "Noor",
  "Mehmet",
  "Lotte",
  "Kofi",
  "Eva",
  "Samir",
  "Anna",
  "Youssef",
  "Sophie",
  "Daan",
  "Priya",
  "Bram",
  "Hanna",
  "Ricardo",
  "Mila",
  "Thijs",
];
export const LAST_NAMES = [
  "Bakker",
  "El Amrani",
  "Visser",
  "Yılmaz",
  "de Boer",
  "Mulder",
  "Asante",
  "Smit",
  "Kaya",
  "Meijer",
  "de Jong",
  "Pinas",
  "van Dijk",
  "Peters",
];

export interface DemoIdea {
  title: string;
  body: string;
  category: string | null;
  state: IdeaState;
  publishedDaysAgo: number;
  supports: number;
  comments: string[];
  forwardedDaysAgo?: number;
  answer?: { kind: AnswerKind; text: string; daysAgo: number };
  update?: string;
  hiddenReason?: string;
}

export const DEMO_IDEAS: DemoIdea[] = [
  {
    title: "Meer bankjes in het Erasmuspark",
    category: "green",
    state: "open",
    publishedDaysAgo: 20,
    supports: 21,
    body:
      "Ouderen in de buurt willen graag vaker naar het park. Maar er zijn te weinig plekken om even te zitten.\n\n" +
      "Mijn voorstel:\n- zes nieuwe bankjes langs het rondje om de vijver\n- twee bankjes bij de speeltuin",
    comments: ["Goed idee! Mijn moeder wandelt daar elke dag.", "Graag ook een bankje in de schaduw."],
  },
  {
    title: "Geveltuintjes in de Jan Evertsenstraat",
    category: "green",
    state: "open",
    publishedDaysAgo: 40,
    supports: 12,
    body:
      "Laat bewoners een **geveltuin** aanleggen. " +
      "De gemeente haalt de tegels weg, de bewoners zorgen voor de planten.",
    comments: ["Wij doen mee met ons blok."],
  },
  {
    title: "Zebrapad bij basisschool De Kleine Reus",
    category: "traffic",
    state: "forwarded",
    publishedDaysAgo: 30,
    supports: 31,
    forwardedDaysAgo: 6,
    body: "Kinderen steken elke ochtend over op een drukke plek zonder zebrapad. Er moet een veilige oversteek komen.",
    comments: ["Ik zie elke ochtend bijna-ongelukken.", "Ook een klaar-over zou helpen."],
  },
  {
    title: "Buurtkamer in het oude bibliotheekgebouw",
    category: "culture",
    state: "scheduled",
    publishedDaysAgo: 70,
    supports: 33,
    forwardedDaysAgo: 50,
    body:
      "Het oude bibliotheekgebouw staat leeg. Maak er een buurtkamer van waar iedereen koffie kan drinken, " +
      "huiswerk kan maken en elkaar kan ontmoeten.",
    comments: ["Dat gebouw is perfect hiervoor.", "Ik wil wel vrijwilliger zijn."],
    update: "We onderzoeken samen met de eigenaar of het gebouw tijdelijk gebruikt mag worden.",
  },
  {
    title: "Speelplek voor tieners op het Mercatorplein",
    category: "play",
    state: "answered",
    publishedDaysAgo: 110,
    supports: 27,
    forwardedDaysAgo: 70,
    body:
      "Voor jonge kinderen is er genoeg, voor tieners niets. " +
      "Een pannakooi of een plek om te skaten zou veel jongeren blij maken.",
    comments: ["Mijn zoon van 14 zou er elke dag zijn."],
    answer: {
      kind: "partly_adopted",
      daysAgo: 35,
      text:
        "De stadsdeelcommissie steunt het idee. Een pannakooi komt er in 2027. " +
        "Voor een skateplek is op het plein geen ruimte; we zoeken een andere plek in de buurt.",
    },
  },
  {
    title: "Afvalbakken met deksel tegen meeuwen",
    category: "clean",
    state: "in_progress",
    publishedDaysAgo: 150,
    supports: 29,
    forwardedDaysAgo: 110,
    body: "Meeuwen halen het afval uit de open bakken. Bakken met een deksel houden de straat schoon.",
    comments: [],
    answer: {
      kind: "adopted",
      daysAgo: 80,
      text: "Overgenomen. We vervangen in 2027 alle open afvalbakken in de buurt door bakken met een deksel.",
    },
  },
  {
    title: "Lantaarnpaal in het donkere steegje",
    category: "safety",
    state: "completed",
    publishedDaysAgo: 200,
    supports: 26,
    forwardedDaysAgo: 170,
    body: "Het steegje achter de supermarkt is 's avonds aardedonker. Mensen voelen zich er niet veilig.",
    comments: ["Eindelijk licht, dank!"],
    answer: { kind: "adopted", daysAgo: 140, text: "Overgenomen. Er komen twee lantaarnpalen." },
  },
  {
    title: "Wekelijkse boekenruil op het plein",
    category: "culture",
    state: "expired",
    publishedDaysAgo: 100,
    supports: 9,
    body: "Elke zaterdag een tafel waar je boeken kunt ruilen.",
    comments: ["Leuk, maar wie gaat het organiseren?"],
  },
  {
    title: "Minder parkeerplaatsen, meer fietsenrekken",
    category: "traffic",
    state: "open",
    publishedDaysAgo: 16,
    supports: 0,
    body: "Vervang in elke straat twee parkeerplaatsen door fietsenrekken. Nu staan fietsen overal op de stoep.",
    comments: [],
  },
  {
    title: "Hondenuitlaatplek bij de Kostverlorenvaart",
    category: "other",
    state: "withdrawn",
    publishedDaysAgo: 60,
    supports: 3,
    body: "Een omheinde plek waar honden los mogen lopen.",
    comments: [],
  },
  {
    title: "Moestuin op het braakliggende terrein",
    category: "green",
    state: "open",
    publishedDaysAgo: 3,
    supports: 4,
    body:
      "Op het terrein naast de sporthal kan een moestuin komen voor de buurt. " +
      "[Zo werkt het in Noord](https://example.org/moestuin-noord).",
    comments: [],
  },
  {
    title: "Reclame voor een webwinkel",
    category: null,
    state: "open",
    publishedDaysAgo: 8,
    supports: 0,
    hiddenReason: "Dit bericht was reclame en geen idee voor de buurt.",
    body: "Koop nu goedkoop bij onze winkel!",
    comments: [],
  },
];
