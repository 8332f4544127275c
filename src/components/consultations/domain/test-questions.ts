// One question of every type, for the domain tests (and later the store and route tests).
import type { Question, SurveyPage } from "./questions";

const base = { help: "", required: false, condition: null };

export const single = (id = 1, more: Partial<Question> = {}): Question =>
  ({
    ...base,
    id,
    type: "single",
    label: "Do you park in the street?",
    choices: ["Yes", "No", "Sometimes"],
    ...more,
  }) as Question;
export const multiple = (id = 2, max: number | null = 2, more: Partial<Question> = {}): Question =>
  ({
    ...base,
    id,
    type: "multiple",
    label: "How do you travel?",
    choices: ["Car", "Bike", "Bus", "Foot"],
    max,
    ...more,
  }) as Question;
export const scale = (id = 3, more: Partial<Question> = {}): Question =>
  ({
    ...base,
    id,
    type: "scale",
    label: "How busy?",
    min: 1,
    max: 5,
    minLabel: "Quiet",
    maxLabel: "Very busy",
    ...more,
  }) as Question;
export const number = (id = 4, min: number | null = 0, max: number | null = 10): Question =>
  ({ ...base, id, type: "number", label: "How many cars?", min, max }) as Question;
export const shortText = (id = 5): Question => ({ ...base, id, type: "shortText", label: "Your street" }) as Question;
export const longText = (id = 6): Question => ({ ...base, id, type: "longText", label: "Anything else?" }) as Question;
export const ranking = (id = 7): Question =>
  ({ ...base, id, type: "ranking", label: "Rank these", choices: ["Trees", "Benches", "Parking"] }) as Question;
export const grid = (id = 8, more: Partial<Question> = {}): Question =>
  ({
    ...base,
    id,
    type: "grid",
    label: "How safe?",
    rows: ["Day", "Night"],
    choices: ["Safe", "Unsafe"],
    ...more,
  }) as Question;
export const area = (id = 9, allowPostcode = true): Question =>
  ({ ...base, id, type: "area", label: "Where do you live?", allowPostcode }) as Question;

export const required = (q: Question): Question => ({ ...q, required: true });

export const page = (id: number, ...questions: Question[]): SurveyPage => ({ id, title: `Page ${id}`, questions });

export const AREAS = { areaIds: [11, 12] };
