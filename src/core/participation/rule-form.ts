// The settings form of participation rules: per action a level, areas (checkboxes) and a minimum
// age. Pure: parses the posted fields against the site's areas and gives rules or field errors.
import type { FieldError } from "../http/errors";
import type { FormState } from "../views/forms";
import type { ParticipationRule } from "./rule";
import type { VerificationLevel } from "./verification-level";

export const fieldNames = (action: string) => ({
  level: `${action}Level`,
  areas: `${action}Areas`,
  minAge: `${action}MinAge`,
});

const asList = (v: unknown): string[] =>
  typeof v === "string" ? [v] : Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];

/** The form showing stored rules. */
export function ruleFormValues(rules: Record<string, ParticipationRule>): FormState {
  const values: Record<string, string> = {};
  for (const [action, rule] of Object.entries(rules)) {
    const f = fieldNames(action);
    values[f.level] = rule.level;
    values[f.areas] = rule.areaIds.join(",");
    values[f.minAge] = rule.minAge === null ? "" : String(rule.minAge);
  }
  return { values, errors: [] };
}

export type RuleFormResult<A extends string> =
  | { ok: true; rules: Record<A, ParticipationRule> }
  | { ok: false; form: FormState };

export function parseRuleForm<A extends string>(
  body: unknown,
  actions: readonly A[],
  levels: readonly VerificationLevel[],
  areaIds: readonly number[],
): RuleFormResult<A> {
  const input = (body && typeof body === "object" ? body : {}) as Record<string, unknown>;
  const values: Record<string, string> = {};
  const errors: FieldError[] = [];
  const rules = {} as Record<A, ParticipationRule>;
  for (const action of actions) {
    const f = fieldNames(action);
    const level = typeof input[f.level] === "string" ? (input[f.level] as string) : "";
    const areas = asList(input[f.areas]);
    const minAgeText = typeof input[f.minAge] === "string" ? (input[f.minAge] as string).trim() : "";
    values[f.level] = level;
    values[f.areas] = areas.join(",");
    values[f.minAge] = minAgeText;
    if (!(levels as readonly string[]).includes(level))
      errors.push({ field: f.level, messageKey: "participation.errors.level" });
    const ids = areas.map((a) => (/^\d{1,9}$/.test(a) ? Number(a) : Number.NaN));
    if (ids.some((id) => !areaIds.includes(id)))
      errors.push({ field: f.areas, messageKey: "participation.errors.areas" });
    const minAge = minAgeText === "" ? null : /^\d{1,3}$/.test(minAgeText) ? Number(minAgeText) : Number.NaN;
    if (minAge !== null && !(minAge >= 1 && minAge <= 120))
      errors.push({ field: f.minAge, messageKey: "participation.errors.minAge" });
    rules[action] = { level: level as VerificationLevel, areaIds: ids, minAge };
  }
  return errors.length > 0 ? { ok: false, form: { values, errors } } : { ok: true, rules };
}
