// The results of a conversation: the opinion map with its table, each group and what sets it
// apart, the common ground, the votes per statement, and a link to the open-data page.
import { formatDate } from "../../../core/i18n/catalog";
import type { PageContext } from "../../../core/views/context";
import { Layout } from "../../../core/views/layout";
import { openDataHref } from "../../../core/pages/open-data";
import { opinionsOpenDataId } from "../open-data-links";
import type { OpinionAnalysis, VoteCounts } from "../domain/types";
import type { ConversationPhase } from "../permissions";
import type { Conversation } from "../store/tables";
import { ConversationStatus } from "./conversation-status";
import { GroupsSection, CommonGround } from "./report-groups";
import { MapTable, OpinionMap } from "./opinion-map";
import { VotesTable } from "./votes-table";

export interface ReportProps {
  ctx: PageContext;
  conversation: Conversation;
  phase: ConversationPhase;
  /** Only statements that are accepted now: anything else is left out of the report. */
  statements: Map<number, string>;
  counts: Map<number, VoteCounts>;
  participants: number;
  /** All answers, and those from verified residents (honest counts). */
  answers: { total: number; verified: number };
  analysis: { computedAt: string; result: OpinionAnalysis } | null;
}

export function ReportPage(props: ReportProps) {
  const { ctx, conversation: c, analysis } = props;
  const { t, lang } = ctx;
  const title = t("opinions.report.title", { topic: c.topic });
  const result = analysis?.result;
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <ConversationStatus ctx={ctx} conversation={c} phase={props.phase} />
      <p class="utrecht-paragraph">{t("opinions.report.participantCount", { count: props.participants })}</p>
      {props.answers.total > 0 ? (
        <p class="utrecht-paragraph opinion-verified-count">
          {t("participation.counts.votes", { count: props.answers.total, verified: props.answers.verified })}
        </p>
      ) : null}
      {!c.imported && props.phase !== "closed" ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/gesprekken/${c.id}`}>
            {t("opinions.report.takePart")}
          </a>
        </p>
      ) : null}
      <h2 class="utrecht-heading-2">{t("opinions.report.mapHeading")}</h2>
      {result && result.positions.length > 0 ? (
        <>
          <p class="utrecht-paragraph">{t("opinions.report.mapExplanation")}</p>
          <p class="utrecht-paragraph">
            {t("opinions.report.computedAt", { date: formatDate(lang, analysis.computedAt, true) })}
          </p>
          <figure class="opinion-map-figure">
            <OpinionMap ctx={ctx} analysis={result} />
            <figcaption class="utrecht-paragraph">
              {t("opinions.report.mapCaption", { unplaced: result.unplaced.length })}
            </figcaption>
          </figure>
          <MapTable ctx={ctx} analysis={result} />
          <GroupsSection ctx={ctx} analysis={result} statements={props.statements} />
          <CommonGround ctx={ctx} analysis={result} statements={props.statements} />
        </>
      ) : (
        <p class="utrecht-paragraph">{t("opinions.report.notYet")}</p>
      )}
      <VotesTable ctx={ctx} statements={props.statements} counts={props.counts} analysis={result ?? null} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={openDataHref(opinionsOpenDataId(c.id))}>
          {t("opinions.report.openDataLink")}
        </a>
      </p>
    </Layout>
  );
}
