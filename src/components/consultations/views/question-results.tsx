// One question's results: a chart (results-chart.tsx) and a table with the same figures, or for
// numbers and rankings only the table; open answers show their number and the themes. Staff get a
// link to read and moderate the open answers (`openAnswersHref`).
import type { ComponentChildren } from "preact";
import { formatNumber } from "../../../core/i18n/catalog";
import type { PageContext } from "../../../core/views/context";
import { TableScroll } from "../../../core/views/table-scroll";
import { UserText, userLang } from "../../../core/views/user-text";
import type { Question } from "../domain/questions";
import { type OptionCount, percent } from "../domain/results";
import type { QuestionReport } from "../domain/survey-report";
import { type ChartRow, ResultsChart } from "./results-chart";

const th = "utrecht-table__header-cell";
const td = "utrecht-table__cell";

function CountTable(props: { ctx: PageContext; caption: string; first: string; rows: readonly ChartRow[] }) {
  const { ctx, rows } = props;
  const t = ctx.t;
  return (
    <TableScroll label={props.caption}>
      <table class="utrecht-table data-table">
        <caption class="utrecht-table__caption">{props.caption}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class={th} scope="col">
              {props.first}
            </th>
            <th class={th} scope="col">
              {t("consultations.results.count")}
            </th>
            <th class={th} scope="col">
              {t("consultations.results.percent")}
            </th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {rows.map((r) => (
            <tr class="utrecht-table__row">
              <th class={th} scope="row" {...userLang(ctx)}>
                {r.label}
              </th>
              <td class={`${td} data-table__number`}>{formatNumber(ctx.lang, r.count)}</td>
              <td class={`${td} data-table__number`}>{`${formatNumber(ctx.lang, r.percent)}%`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function Counts(props: { ctx: PageContext; caption: string; first: string; rows: ChartRow[] }) {
  return (
    <>
      <ResultsChart ctx={props.ctx} rows={props.rows} />
      <CountTable {...props} />
    </>
  );
}

const labelled = (options: readonly OptionCount[], label: (key: number | string) => string): ChartRow[] =>
  options.map((o) => ({ label: label(o.key), count: o.count, percent: o.percent }));

function scaleLabel(q: Question & { type: "scale" }, key: number | string): string {
  if (key === q.min && q.minLabel) return `${key} (${q.minLabel})`;
  if (key === q.max && q.maxLabel) return `${key} (${q.maxLabel})`;
  return String(key);
}

function Body(props: { ctx: PageContext; report: QuestionReport; areaNames: ReadonlyMap<number, string> }) {
  const { ctx, report } = props;
  const { question: q, result: r } = report;
  const t = ctx.t;
  const caption = t("consultations.results.tableCaption", { question: q.label });
  const answer = t("consultations.results.answer");
  if ((q.type === "single" || q.type === "multiple") && "options" in r)
    return (
      <Counts
        ctx={ctx}
        caption={caption}
        first={answer}
        rows={labelled(r.options, (k) => q.choices[k as number] ?? "")}
      />
    );
  if (q.type === "scale" && "options" in r)
    return <Counts ctx={ctx} caption={caption} first={answer} rows={labelled(r.options, (k) => scaleLabel(q, k))} />;
  if (r.type === "number") {
    const n = (v: number | null) => (v === null ? "–" : formatNumber(ctx.lang, v));
    const stats: [string, string][] = [
      [t("consultations.results.mean"), n(r.mean)],
      [t("consultations.results.median"), n(r.median)],
      [t("consultations.results.min"), n(r.min)],
      [t("consultations.results.max"), n(r.max)],
    ];
    return <Pairs ctx={ctx} caption={caption} rows={stats} />;
  }
  if (q.type === "ranking" && r.type === "ranking") {
    const items = [...r.items].sort((a, b) => (a.meanPosition ?? Infinity) - (b.meanPosition ?? Infinity));
    const rows: [string, string][] = items.map((i) => [
      q.choices[i.key] ?? "",
      i.meanPosition === null ? "–" : formatNumber(ctx.lang, i.meanPosition),
    ]);
    return (
      <>
        <p class="utrecht-paragraph">{t("consultations.results.rankingExplained")}</p>
        <Pairs ctx={ctx} caption={caption} rows={rows} valueHeading={t("consultations.results.meanPosition")} />
      </>
    );
  }
  if (q.type === "grid" && r.type === "grid")
    return (
      <>
        {r.rows.map((row) => (
          <>
            <h3 class="utrecht-heading-3" {...userLang(ctx)}>
              {q.rows[row.row]}
            </h3>
            <Counts
              ctx={ctx}
              caption={t("consultations.results.gridCaption", { question: q.label, row: q.rows[row.row] ?? "" })}
              first={answer}
              rows={labelled(row.options, (k) => q.choices[k as number] ?? "")}
            />
          </>
        ))}
      </>
    );
  if (r.type === "area") {
    const areaRows = labelled(r.areas, (k) => props.areaNames.get(k as number) ?? String(k));
    return (
      <>
        <Counts ctx={ctx} caption={caption} first={t("consultations.results.area")} rows={areaRows} />
        {r.postcodes.length ? (
          <CountTable
            ctx={ctx}
            caption={t("consultations.results.postcodesCaption", { question: q.label })}
            first={t("consultations.results.postcode")}
            rows={labelled(r.postcodes, String)}
          />
        ) : null}
      </>
    );
  }
  return null;
}

function Pairs(props: { ctx: PageContext; caption: string; rows: [string, string][]; valueHeading?: string }) {
  return (
    <TableScroll label={props.caption}>
      <table class="utrecht-table data-table">
        <caption class="utrecht-table__caption">{props.caption}</caption>
        {props.valueHeading ? (
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class={th} scope="col">
                {props.ctx.t("consultations.results.item")}
              </th>
              <th class={th} scope="col">
                {props.valueHeading}
              </th>
            </tr>
          </thead>
        ) : null}
        <tbody class="utrecht-table__body">
          {props.rows.map(([k, v]) => (
            <tr class="utrecht-table__row">
              <th class={th} scope="row">
                {k}
              </th>
              <td class={`${td} data-table__number`}>{v}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function OpenAnswers(props: { ctx: PageContext; report: QuestionReport; href?: string }) {
  const { ctx, report } = props;
  const t = ctx.t;
  const r = report.result;
  const open = r.type === "shortText" || r.type === "longText" ? r.openAnswers : 0;
  const tagged = report.themes.filter((th) => th.count > 0);
  return (
    <>
      <p class="utrecht-paragraph">
        {t("consultations.results.openAnswers", { count: open })}
        {report.hidden ? ` ${t("consultations.results.hiddenCount", { count: report.hidden })}` : ""}
        {props.href ? (
          <>
            {" "}
            <a class="utrecht-link" href={props.href}>
              {t("consultations.results.readOpenAnswers", { question: report.question.label })}
            </a>
          </>
        ) : null}
      </p>
      {tagged.length ? (
        <CountTable
          ctx={ctx}
          caption={t("consultations.results.themesCaption", { question: report.question.label })}
          first={t("consultations.results.theme")}
          rows={tagged.map((th) => ({ label: th.name, count: th.count, percent: percent(th.count, open) }))}
        />
      ) : null}
    </>
  );
}

export function QuestionResults(props: {
  ctx: PageContext;
  number: number;
  report: QuestionReport;
  areaNames: ReadonlyMap<number, string>;
  openAnswersHref?: string;
}): ComponentChildren {
  const { ctx, report } = props;
  const q = report.question;
  const t = ctx.t;
  const text = q.type === "shortText" || q.type === "longText";
  return (
    <section class="question-results" aria-labelledby={`result-${q.id}`}>
      <h2 class="utrecht-heading-2" id={`result-${q.id}`}>
        {t("consultations.results.questionHeading", { number: props.number })} <UserText ctx={ctx}>{q.label}</UserText>
      </h2>
      <p class="utrecht-paragraph">
        {t(`consultations.type.${q.type}`)}. {t("consultations.results.answered", { count: report.result.answered })}
      </p>
      {text ? (
        <OpenAnswers ctx={ctx} report={report} href={props.openAnswersHref} />
      ) : (
        <Body ctx={ctx} report={report} areaNames={props.areaNames} />
      )}
    </section>
  );
}
