// The votes per statement: the live totals, and per group the share that agrees (from the
// latest analysis).
import type { PageContext } from "../../../core/views/context";
import type { OpinionAnalysis, VoteCounts } from "../domain/types";
import { sharePercent } from "./group-share";
import { groupStyle } from "./group-style";
import { userLang } from "../../../core/views/user-text";
import { TableScroll } from "../../../core/views/table-scroll";

interface Props {
  ctx: PageContext;
  statements: Map<number, string>;
  counts: Map<number, VoteCounts>;
  analysis: OpinionAnalysis | null;
}

export function VotesTable({ ctx, statements, counts, analysis }: Props) {
  const { t } = ctx;
  const byGroup = new Map((analysis?.statements ?? []).map((s) => [Number(s.statement), s.byGroup]));
  const groups = analysis?.groups ?? [];
  return (
    <section aria-labelledby="opinion-votes-heading">
      <h2 class="utrecht-heading-2" id="opinion-votes-heading">
        {t("opinions.report.votesHeading")}
      </h2>
      {statements.size === 0 ? (
        <p class="utrecht-paragraph">{t("opinions.report.none")}</p>
      ) : (
        <TableScroll label={t("opinions.report.votesTable")}>
          <table class="data-table opinion-votes">
            <caption class="visually-hidden">{t("opinions.report.votesHeading")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("opinions.report.statement")}</th>
                <th scope="col">{t("opinions.vote.agree")}</th>
                <th scope="col">{t("opinions.vote.disagree")}</th>
                <th scope="col">{t("opinions.report.passed")}</th>
                {groups.map((g) => (
                  <th scope="col">{t("opinions.report.groupAgreeShare", { letter: groupStyle(g.id).letter })}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {[...statements].map(([id, text]) => {
                const c = counts.get(id) ?? { agree: 0, disagree: 0, pass: 0 };
                const perGroup = byGroup.get(id);
                return (
                  <tr>
                    <th scope="row" {...userLang(ctx)}>
                      {text}
                    </th>
                    <td class="data-table__number">{c.agree}</td>
                    <td class="data-table__number">{c.disagree}</td>
                    <td class="data-table__number">{c.pass}</td>
                    {groups.map((g) => {
                      const v = perGroup?.[g.id];
                      const share = v ? sharePercent(v.agree, v.agree + v.disagree + v.pass) : null;
                      return <td class="data-table__number">{share === null ? "–" : `${share}%`}</td>;
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
