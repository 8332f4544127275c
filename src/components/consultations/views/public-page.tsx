// A consultation's public page: one page with everything open in it. What it is about (summary,
// text, areas, contact, place), its timeline with the current phase marked, then "take part": its
// open surveys, its polls and the linked parts of the site; following; documents and updates. Once
// the participation report is published, a link to it follows the timeline.
import type { VNode } from "preact";
import type { LinkablePart } from "../../../core/components";
import type { PageContext } from "../../../core/views/context";
import { PostButton } from "../../../core/views/forms";
import { Layout } from "../../../core/views/layout";
import { MarkdownText, userLang } from "../../../core/views/user-text";
import type { Phase } from "../domain/timeline";
import { PollBlock, type PollView } from "../polls/poll-block";
import type { ConsultationRow, SurveyRow } from "../store/tables";
import { dayText, type DocumentItem, Documents, Facts, LinkedParts, Timeline, Updates } from "./public-parts";

export interface ConsultationPageProps {
  ctx: PageContext;
  consultation: ConsultationRow;
  areas: string[];
  contact: string | null;
  phases: Phase[];
  now: Date;
  surveys: SurveyRow[];
  polls: PollView[];
  parts: LinkablePart[];
  docs: DocumentItem[];
  updates: { id: number; title: string; body: string; created_at: string }[];
  /** null: not logged in. */
  following: boolean | null;
  place?: { head: VNode; section: VNode };
  /** The published participation report; null while there is none. */
  reportPath: string | null;
}

function Follow({ ctx, id, following }: { ctx: PageContext; id: number; following: boolean | null }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="follow-heading">
      <h2 class="utrecht-heading-2" id="follow-heading">
        {t("consultations.follow.heading")}
      </h2>
      <p class="utrecht-paragraph">{t(following ? "consultations.follow.following" : "consultations.follow.intro")}</p>
      {following === null ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/inloggen?terug=/raadplegingen/${id}`}>
            {t("consultations.follow.logIn")}
          </a>
        </p>
      ) : (
        <PostButton
          ctx={ctx}
          action={`/raadplegingen/${id}/volgen`}
          label={t(following ? "consultations.follow.stop" : "consultations.follow.start")}
          fields={{ volgen: following ? "0" : "1" }}
        />
      )}
    </section>
  );
}

export function ConsultationPage(props: ConsultationPageProps) {
  const { ctx, consultation: c, surveys, polls, parts } = props;
  const { t } = ctx;
  const back = `/raadplegingen/${c.id}`;
  const nothingOpen = surveys.length === 0 && polls.length === 0 && parts.length === 0;
  return (
    <Layout ctx={ctx} title={c.title} head={props.place?.head}>
      <h1 class="utrecht-heading-1" {...userLang(ctx)}>
        {c.title}
      </h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead" {...userLang(ctx)}>
        {c.summary}
      </p>
      <Facts ctx={ctx} areas={props.areas} contact={props.contact} />
      <MarkdownText ctx={ctx} source={c.body} />
      <Timeline ctx={ctx} phases={props.phases} now={props.now} />
      {props.reportPath ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={props.reportPath}>
            {t("consultations.report.view")}
          </a>
        </p>
      ) : null}
      <section aria-labelledby="take-part-heading">
        <h2 class="utrecht-heading-2" id="take-part-heading">
          {t("consultations.public.takePart")}
        </h2>
        {nothingOpen ? <p class="utrecht-paragraph">{t("consultations.public.nothingOpen")}</p> : null}
        {surveys.length ? (
          <section aria-labelledby="surveys-heading">
            <h3 class="utrecht-heading-3" id="surveys-heading">
              {t("consultations.public.surveys")}
            </h3>
            <ul class="utrecht-unordered-list">
              {surveys.map((s) => (
                <li class="utrecht-unordered-list__item">
                  <a class="utrecht-link" href={`/vragenlijsten/${s.id}`} {...userLang(ctx)}>
                    {s.title}
                  </a>{" "}
                  ({t("consultations.public.surveyUntil", { date: dayText(ctx, s.closes_on) })})
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {polls.map((view) => (
          <PollBlock ctx={ctx} view={view} back={back} />
        ))}
        <LinkedParts ctx={ctx} parts={parts} />
      </section>
      {props.place?.section}
      <Follow ctx={ctx} id={c.id} following={props.following} />
      <Documents ctx={ctx} consultationId={c.id} docs={props.docs} />
      <Updates ctx={ctx} updates={props.updates} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/raadplegingen">
          {t("consultations.public.backToList")}
        </a>
      </p>
    </Layout>
  );
}
