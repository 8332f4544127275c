// The public list of meetings: upcoming (soonest first) and past (latest first), optionally of one
// area, with the subscribable calendar of the same selection.
import type { Area } from "../../../core/db/types";
import type { PageContext } from "../../../core/views/context";
import { Layout } from "../../../core/views/layout";
import type { MeetingWithArea } from "../store/meetings";
import { when } from "./parts";

function MeetingList({ ctx, meetings }: { ctx: PageContext; meetings: MeetingWithArea[] }) {
  if (meetings.length === 0) return <p class="utrecht-paragraph">{ctx.t("meetings.list.none")}</p>;
  return (
    <ul class="utrecht-unordered-list meeting-list">
      {meetings.map((m) => (
        <li class="utrecht-unordered-list__item">
          <a class="utrecht-link" href={`/bijeenkomsten/${m.id}`}>
            {m.title}
          </a>
          {m.status === "cancelled" ? <strong> ({ctx.t("meetings.cancelledLabel")})</strong> : null}
          <br />
          {when(ctx, m)}
          {m.place ? ` · ${m.place}` : ""} · {ctx.t(`meetings.kind.${m.kind}`)}
        </li>
      ))}
    </ul>
  );
}

export function ListPage({
  ctx,
  upcoming,
  past,
  areas,
  area,
}: {
  ctx: PageContext;
  upcoming: MeetingWithArea[];
  past: MeetingWithArea[];
  areas: Area[];
  area: Area | null;
}) {
  const t = ctx.t;
  const feed = area ? `/bijeenkomsten/gebied/${area.id}.ics` : "/bijeenkomsten.ics";
  const title = area ? t("meetings.list.titleArea", { area: area.name }) : t("meetings.list.title");
  return (
    <Layout
      ctx={ctx}
      title={title}
      head={<link rel="alternate" type="text/calendar" title={t("meetings.calendar.feed")} href={feed} />}
    >
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{t("meetings.list.intro")}</p>
      <form method="get" action="/bijeenkomsten" class="meeting-filter">
        <div class="utrecht-form-field utrecht-form-field--select">
          <div class="utrecht-form-field__label">
            <label class="utrecht-form-label" for="filter-gebied">
              {t("meetings.fields.area")}
            </label>
          </div>
          <div class="utrecht-form-field__input">
            <select class="utrecht-select" id="filter-gebied" name="gebied">
              <option value="">{t("meetings.list.allAreas")}</option>
              {areas.map((a) => (
                <option value={String(a.id)} selected={area?.id === a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit" class="utrecht-button utrecht-button--secondary-action">
          {t("meetings.list.filter")}
        </button>
      </form>
      <h2 class="utrecht-heading-2">{t("meetings.list.upcoming")}</h2>
      <MeetingList ctx={ctx} meetings={upcoming} />
      <h2 class="utrecht-heading-2">{t("meetings.list.past")}</h2>
      <MeetingList ctx={ctx} meetings={past} />
      <h2 class="utrecht-heading-2">{t("meetings.calendar.heading")}</h2>
      <p class="utrecht-paragraph">
        {t("meetings.calendar.intro")}{" "}
        <a class="utrecht-link" href={feed}>
          {t("meetings.calendar.feed")}
        </a>
      </p>
    </Layout>
  );
}
