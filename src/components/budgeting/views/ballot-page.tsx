// The vote page around the ballot form: who is voting, whether a ballot was already saved, and
// the way in for people without an account (a voting code) or outside the area.
import type { PageContext } from "../../../core/views/context";
import { Layout } from "../../../core/views/layout";
import type { RuleExplanation } from "../../../core/participation/explain";
import { RuleNotice } from "../../../core/views/participation-rule";
import { UserText } from "../../../core/views/user-text";
import { VERIFY_FIRST_KEYS } from "../participation";
import { poolName, type Pool } from "../store/pools";
import { BallotForm, type BallotFormProps } from "./ballot-form";

export function BallotPage(
  props: BallotFormProps & {
    hasVoted: boolean;
    heading: string;
    intro: string;
    /** Pools this resident may not vote in, with their rule (shown after the ballot). */
    closedPools?: { pool: Pool; rule: RuleExplanation }[];
  },
) {
  const { ctx } = props;
  const refused = props.check !== null && !props.check.ok;
  const closed = props.closedPools ?? [];
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
      {closed.length > 0 ? (
        <section class="budget-closed-pools" aria-labelledby="closed-pools-title">
          <h2 class="utrecht-heading-2" id="closed-pools-title">
            {ctx.t("budgeting.pools.closedHeading")}
          </h2>
          {closed.map(({ pool, rule }) => (
            <>
              <h3 class="utrecht-heading-3" id={`ballot-pool-closed-${pool.id}`}>
                <UserText ctx={ctx}>{poolName(ctx.t, pool)}</UserText>
              </h3>
              <RuleNotice ctx={ctx} e={rule} verifyFirstKey={VERIFY_FIRST_KEYS.ballot} />
            </>
          ))}
        </section>
      ) : null}
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
