// Per group: how many people, and the statements that set the group apart from the others, each
// with the share of the group that answered so (the same figure as in the votes table).
// Then the common ground: statements every group tends to agree (or disagree) with.
import type { PageContext } from "../../../core/views/context";
import type { OpinionAnalysis } from "../domain/types";
import { sharePercent } from "./group-share";
import { groupStyle } from "./group-style";
import { userLang } from "../../../core/views/user-text";

interface Props {
  ctx: PageContext;
  analysis: OpinionAnalysis;
  statements: Map<number, string>;
}

export function GroupsSection({ ctx, analysis, statements }: Props) {
  const { t } = ctx;
  return (
    <section aria-labelledby="opinion-groups-heading">
      <h2 class="utrecht-heading-2" id="opinion-groups-heading">
        {t("opinions.report.groupsHeading", { count: analysis.groups.length })}
      </h2>
      <p class="utrecht-paragraph">{t("opinions.report.shareExplained")}</p>
      {analysis.groups.map((g) => {
        const style = groupStyle(g.id);
        const representative = g.representative.filter((r) => statements.has(Number(r.statement)));
        return (
          <div class="opinion-group">
            <h3 class="utrecht-heading-3">
              {t("opinions.report.groupHeading", { letter: style.letter, count: g.participants.length })}
            </h3>
            {representative.length === 0 ? (
              <p class="utrecht-paragraph">{t("opinions.report.noRepresentative")}</p>
            ) : (
              <ul class="utrecht-unordered-list">
                {representative.map((r) => (
                  <li class="utrecht-unordered-list__item">
                    <q {...userLang(ctx)}>{statements.get(Number(r.statement))}</q>{" "}
                    {t(r.direction === "agree" ? "opinions.report.groupAgrees" : "opinions.report.groupDisagrees", {
                      percent: sharePercent(r.success, r.seen) ?? 0,
                      count: r.success,
                      seen: r.seen,
                    })}
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </section>
  );
}

export function CommonGround({ ctx, analysis, statements }: Props) {
  const { t } = ctx;
  const agree = analysis.consensus.agree.filter((c) => statements.has(Number(c.statement)));
  const disagree = analysis.consensus.disagree.filter((c) => statements.has(Number(c.statement)));
  return (
    <section aria-labelledby="opinion-common-heading">
      <h2 class="utrecht-heading-2" id="opinion-common-heading">
        {t("opinions.report.commonHeading")}
      </h2>
      <p class="utrecht-paragraph">{t("opinions.report.commonIntro")}</p>
      <h3 class="utrecht-heading-3">{t("opinions.report.commonAgree")}</h3>
      {agree.length === 0 ? (
        <p class="utrecht-paragraph">{t("opinions.report.none")}</p>
      ) : (
        <ul class="utrecht-unordered-list">
          {agree.map((c) => (
            <li class="utrecht-unordered-list__item" {...userLang(ctx)}>
              {statements.get(Number(c.statement))}
            </li>
          ))}
        </ul>
      )}
      <h3 class="utrecht-heading-3">{t("opinions.report.commonDisagree")}</h3>
      {disagree.length === 0 ? (
        <p class="utrecht-paragraph">{t("opinions.report.none")}</p>
      ) : (
        <ul class="utrecht-unordered-list">
          {disagree.map((c) => (
            <li class="utrecht-unordered-list__item" {...userLang(ctx)}>
              {statements.get(Number(c.statement))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
