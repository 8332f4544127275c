// What an audit entry says, in words: each action has a catalog sentence (locales/<lang>/audit.json,
// key audit.sentences.<action>) that names its details, so an admin reads "Rollen veranderd.
// Erbij: Moderator." instead of a key and a JSON object. Details the sentence does not use are
// listed as "name: value"; an action without a sentence (a new component) still reads sensibly.
import type { Language } from "../db/types";
import { formatDate, hasMessage, messagePattern, type Translate } from "../i18n/catalog";

/** Details whose values are codes with their own catalog labels (role names, phases, answer kinds). */
const VALUE_LABELS: Record<string, string> = {
  granted: "admin.roles.",
  revoked: "admin.roles.",
  from: "budgeting.phase.",
  to: "budgeting.phase.",
  status: "budgeting.projectStatus.",
  kind: "ideas.answerKind.",
};
const DATE_DETAILS = new Set(["meetingAt", "proposalsOpenAt", "proposalsCloseAt", "votingOpenAt", "votingCloseAt"]);

function formatValue(lang: Language, t: Translate, name: string, value: unknown): string {
  if (Array.isArray(value)) {
    return value.length === 0 ? t("audit.none") : value.map((v) => formatValue(lang, t, name, v)).join(", ");
  }
  if (value === null || value === undefined || value === "") return t("audit.none");
  if (typeof value === "boolean") return t(value ? "audit.yes" : "audit.no");
  if (typeof value === "string" && DATE_DETAILS.has(name) && !Number.isNaN(Date.parse(value)))
    return formatDate(lang, value, true);
  const prefix = VALUE_LABELS[name];
  if (prefix && typeof value === "string" && hasMessage(lang, prefix + value)) return t(prefix + value);
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

export interface AuditDescription {
  sentence: string;
  /** Details the sentence leaves out, already formatted. */
  rest: { name: string; value: string }[];
}

export function describeAuditEntry(
  lang: Language,
  t: Translate,
  entry: { action: string; details: Record<string, unknown> },
): AuditDescription {
  const shown: Record<string, string> = {};
  for (const [name, value] of Object.entries(entry.details)) shown[name] = formatValue(lang, t, name, value);
  // Numbers stay numbers for the sentence: its plural forms ("{count, plural, one {# stemcode} …}")
  // choose by the number and format it themselves.
  const params: Record<string, string | number> = { ...shown };
  for (const [name, value] of Object.entries(entry.details)) if (typeof value === "number") params[name] = value;
  const key = `audit.sentences.${entry.action}`;
  const known = hasMessage(lang, key);
  // The sentence as written (its placeholders), not formatted: a plural needs its number first.
  const template = known ? messagePattern(lang, key) : "";
  // An older entry may lack a detail its sentence now names: say "none" rather than show "{name}".
  for (const m of template.matchAll(/\{(\w+)\}/g)) params[m[1]!] ??= t("audit.none");
  const sentence = known ? t(key, params) : t("audit.unknownAction", { action: entry.action });
  const named = (name: string) => new RegExp(`\\{${name}[,}]`).test(template);
  const rest = Object.entries(shown)
    .filter(([name]) => !named(name))
    .map(([name, value]) => ({ name, value }));
  return { sentence, rest };
}
