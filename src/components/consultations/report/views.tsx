// The participation report's views: the figures (shared by the staff page and the public page),
// the staff form, and the public report, which prints as an A4 document (report print styles in
// src/web/styles.css).
import { formatDate } from "../../../core/i18n/catalog";
import type { PageContext } from "../../../core/views/context";
import { Field, Form, type FormState, SelectField } from "../../../core/views/forms";
import { Layout } from "../../../core/views/layout";
import { TableScroll } from "../../../core/views/table-scroll";
import { MarkdownText, userLang } from "../../../core/views/user-text";
import { percent } from "../domain/results";
import type { ReportFigures } from "./figures";
import { DECISIONS, REPORT_LIMITS, type ReportText } from "./report";

export interface FigureNames {
  areas: ReadonlyMap<number, string>;
  surveys: ReadonlyMap<number, string>;
}

function CountTable({
  ctx,
  caption,
  head,
  rows,
  total,
}: {
  ctx: PageContext;
  caption: string;
  head: string;
  rows: { label: string; count: number }[];
  total: number;
}) {
  const t = ctx.t;
  return (
    <TableScroll label={caption}>
      <table class="utrecht-table data-table">
        <caption class="utrecht-table__caption">{caption}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">
              {head}
            </th>
            <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
              {t("consultations.report.responses")}
            </th>
            <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
              {t("consultations.report.share")}
            </th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {rows.map((r) => (
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row">
                {r.label}
              </th>
              <td class="utrecht-table__cell utrecht-table__cell--numeric">{r.count}</td>
              <td class="utrecht-table__cell utrecht-table__cell--numeric">
                {t("consultations.report.percent", { percent: percent(r.count, total) })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Who took part: responses in all, by participation level, by area and per survey. */
export function ReportFiguresView({
  ctx,
  figures,
  names,
}: {
  ctx: PageContext;
  figures: ReportFigures;
  names: FigureNames;
}) {
  const t = ctx.t;
  const total = figures.responses;
  return (
    <section aria-labelledby="report-figures" class="report__figures">
      <h2 class="utrecht-heading-2" id="report-figures">
        {t("consultations.report.whoTookPart")}
      </h2>
      <p class="utrecht-paragraph">{t("consultations.report.responsesInAll", { count: total })}</p>
      {total > 0 ? (
        <>
          <CountTable
            ctx={ctx}
            caption={t("consultations.report.byLevel")}
            head={t("consultations.report.level")}
            total={total}
            rows={figures.byLevel.map((l) => ({ label: t(`consultations.report.levels.${l.level}`), count: l.count }))}
          />
          <CountTable
            ctx={ctx}
            caption={t("consultations.report.byArea")}
            head={t("consultations.report.area")}
            total={total}
            rows={figures.byArea.map((a) => ({
              label: a.areaId === null ? t("consultations.report.areaUnknown") : (names.areas.get(a.areaId) ?? "?"),
              count: a.count,
            }))}
          />
          <CountTable
            ctx={ctx}
            caption={t("consultations.report.bySurvey")}
            head={t("consultations.report.survey")}
            total={total}
            rows={figures.bySurvey.map((s) => ({ label: names.surveys.get(s.surveyId) ?? "?", count: s.count }))}
          />
        </>
      ) : null}
    </section>
  );
}

/** What we do with what we heard: each point with its decision and the reason. */
function Points({ ctx, report }: { ctx: PageContext; report: ReportText }) {
  const t = ctx.t;
  return (
    <ol class="report__points">
      {report.points.map((p) => (
        <li class="report__point">
          <p class="utrecht-paragraph report__point-text" {...userLang(ctx)}>
            {p.point}
          </p>
          <p class="utrecht-paragraph">
            <strong>{t(`consultations.report.decisions.${p.decision}`)}</strong>
            {" — "}
            <span {...userLang(ctx)}>{p.reason}</span>
          </p>
        </li>
      ))}
    </ol>
  );
}

export function PublicReportPage(props: {
  ctx: PageContext;
  title: string;
  consultationPath: string;
  report: ReportText & { publishedAt: string };
  figures: ReportFigures;
  names: FigureNames;
}) {
  const { ctx, report } = props;
  const t = ctx.t;
  const title = t("consultations.report.pageTitle", { title: props.title });
  return (
    <Layout ctx={ctx} title={title}>
      <article class="report">
        <h1 class="utrecht-heading-1">{title}</h1>
        <p class="utrecht-paragraph">
          {t("consultations.report.publishedOn", { date: formatDate(ctx.lang, report.publishedAt) })}
        </p>
        <h2 class="utrecht-heading-2">{t("consultations.report.asked")}</h2>
        <MarkdownText ctx={ctx} source={report.asked} />
        <ReportFiguresView ctx={ctx} figures={props.figures} names={props.names} />
        <h2 class="utrecht-heading-2">{t("consultations.report.heard")}</h2>
        <MarkdownText ctx={ctx} source={report.heard} />
        <h2 class="utrecht-heading-2">{t("consultations.report.whatWeDo")}</h2>
        <Points ctx={ctx} report={report} />
        <p class="utrecht-paragraph no-print">
          <a class="utrecht-link" href={props.consultationPath}>
            {t("consultations.report.backToConsultation")}
          </a>
        </p>
      </article>
    </Layout>
  );
}

/** The staff form: the two texts, then a row per point (saved ones and a few empty ones). */
export function ReportForm({
  ctx,
  form,
  action,
  rows,
}: {
  ctx: PageContext;
  form: FormState;
  action: string;
  rows: number;
}) {
  const t = ctx.t;
  const decisionOptions = [
    { value: "", label: t("consultations.report.chooseDecision") },
    ...DECISIONS.map((d) => ({ value: d, label: t(`consultations.report.decisions.${d}`) })),
  ];
  return (
    <Form ctx={ctx} action={action} form={form} submitLabel={t("consultations.report.save")}>
      <Field
        ctx={ctx}
        form={form}
        name="asked"
        label={t("consultations.report.asked")}
        hint={t("consultations.report.askedHint")}
        multiline
        rows={6}
        maxLength={REPORT_LIMITS.text}
      />
      <Field
        ctx={ctx}
        form={form}
        name="heard"
        label={t("consultations.report.heard")}
        hint={t("consultations.report.heardHint")}
        multiline
        rows={8}
        maxLength={REPORT_LIMITS.text}
      />
      <h2 class="utrecht-heading-2">{t("consultations.report.whatWeDo")}</h2>
      <p class="utrecht-paragraph">{t("consultations.report.pointsHint")}</p>
      {Array.from({ length: rows }, (_, i) => i + 1).map((i) => (
        <fieldset class="utrecht-form-fieldset">
          <legend class="utrecht-form-fieldset__legend">{t("consultations.report.point", { number: i })}</legend>
          <Field
            ctx={ctx}
            form={form}
            name={`point${i}`}
            label={t("consultations.report.pointText")}
            multiline
            rows={2}
            maxLength={REPORT_LIMITS.point}
          />
          <SelectField
            ctx={ctx}
            form={form}
            name={`decision${i}`}
            label={t("consultations.report.decision")}
            options={decisionOptions}
          />
          <Field
            ctx={ctx}
            form={form}
            name={`reason${i}`}
            label={t("consultations.report.reason")}
            multiline
            rows={3}
            maxLength={REPORT_LIMITS.reason}
          />
        </fieldset>
      ))}
    </Form>
  );
}
