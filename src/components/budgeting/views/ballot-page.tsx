// The vote page around the ballot form: who is voting, whether a ballot was already saved, and
// the way in for people without an account (a voting code) or outside the area.
import type { PageContext } from "../../../core/views/context";
import { Layout } from "../../../core/views/layout";
import { BallotForm, type BallotFormProps } from "./ballot-form";

export function BallotPage(props: BallotFormProps & { hasVoted: boolean; heading: string; intro: string }) {
  const { ctx } = props;
  const refused = props.check !== null && !props.check.ok;
  return (
    <Layout ctx={ctx} title={props.heading}>
      <h1 class="utrecht-heading-1">{props.heading}</h1>
      <p class="utrecht-paragraph">{props.intro}</p>
      {props.hasVoted && !refused ? (
        <div class="utrecht-alert utrecht-alert--ok" role="status">
          <p class="utrecht-paragraph">{ctx.t("budgeting.ballot.alreadyVoted")}</p>
        </div>
      ) : null}
      <BallotForm {...props} />
      {/* After a refusal the error comes first; the earlier vote is mentioned below, not in green. */}
      {props.hasVoted && refused ? <p class="utrecht-paragraph">{ctx.t("ballotTotals.notSaved")}</p> : null}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/begroting/${props.process.id}`}>
          {ctx.t("budgeting.ballot.back")}
        </a>
      </p>
    </Layout>
  );
}

/** Shown instead of the ballot when this visitor cannot vote online here. */
/** The vote is not open (any more): said instead of the ballot. */
export function CannotVotePage({ ctx, processId, title }: { ctx: PageContext; processId: number; title: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{t("budgeting.vote.closed")}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/begroting/${processId}`}>
          {t("budgeting.ballot.back")}
        </a>
      </p>
    </Layout>
  );
}
