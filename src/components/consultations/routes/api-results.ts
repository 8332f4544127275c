// One question's results as JSON: the same keys for every type (null where a type has no such
// figure), so a client reads `options` for any choice-like question without knowing the type.
// - single, multiple, scale, area: `options` with counts and percentages (area: per area, with
//   `postcodes` beside it); grid: `rows`, each with its options; ranking: `options` with the mean
//   position (1 = first) and null counts; number: `statistics`; short and long text:
//   `openAnswers` (hidden ones not counted) and `themes`.
import type { Question } from "../domain/questions";
import type { OptionCount } from "../domain/results";
import type { QuestionReport } from "../domain/survey-report";

const option = (o: OptionCount, label: string) => ({
  value: o.key as number,
  label,
  count: o.count,
  percent: o.percent,
  meanPosition: null,
});

function labelOf(q: Question, key: number, areaNames: ReadonlyMap<number, string>): string {
  if ("choices" in q) return q.choices[key] ?? "";
  if (q.type === "area") return areaNames.get(key) ?? "";
  return String(key);
}

export function resultsJson(report: QuestionReport, areaNames: ReadonlyMap<number, string>) {
  const { question: q, result: r } = report;
  const text = r.type === "shortText" || r.type === "longText";
  const options =
    r.type === "single" || r.type === "multiple" || r.type === "scale"
      ? r.options.map((o) => option(o, labelOf(q, o.key as number, areaNames)))
      : r.type === "area"
        ? r.areas.map((o) => option(o, labelOf(q, o.key as number, areaNames)))
        : r.type === "ranking"
          ? r.items.map((i) => ({
              value: i.key,
              label: labelOf(q, i.key, areaNames),
              count: null,
              percent: null,
              meanPosition: i.meanPosition,
            }))
          : [];
  return {
    id: q.id,
    type: q.type,
    label: q.label,
    answered: r.answered,
    options,
    rows:
      r.type === "grid" && q.type === "grid"
        ? r.rows.map((row) => ({
            value: row.row,
            label: q.rows[row.row] ?? "",
            answered: row.answered,
            options: row.options.map((o) => option(o, q.choices[o.key as number] ?? "")),
          }))
        : null,
    postcodes:
      r.type === "area"
        ? r.postcodes.map((p) => ({ postcode: String(p.key), count: p.count, percent: p.percent }))
        : null,
    statistics: r.type === "number" ? { mean: r.mean, median: r.median, min: r.min, max: r.max } : null,
    openAnswers: text ? r.openAnswers : null,
    themes: text ? report.themes.map((t) => ({ name: t.name, count: t.count })) : null,
  };
}
