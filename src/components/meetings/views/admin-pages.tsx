// Staff pages: all meetings, one meeting's registrations with its actions, and the sign-in sheet.
import { formatDate } from "../../../core/i18n/catalog";
import type { PageContext } from "../../../core/views/context";
import { Layout } from "../../../core/views/layout";
import { TableScroll } from "../../../core/views/table-scroll";
import { placesLeft } from "../domain/meeting";
import type { MeetingWithArea } from "../store/meetings";
import type { OutcomeRow, RegistrationRow } from "../store/tables";
import { PostButton } from "../../../core/views/forms";
import { when } from "./parts";

export function AdminListPage({ ctx, meetings }: { ctx: PageContext; meetings: MeetingWithArea[] }) {
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t("meetings.admin.title")}>
      <h1 class="utrecht-heading-1">{t("meetings.admin.title")}</h1>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/admin/bijeenkomsten/nieuw">
          {t("meetings.admin.new")}
        </a>
      </p>
      {meetings.length === 0 ? (
        <p class="utrecht-paragraph">{t("meetings.list.none")}</p>
      ) : (
        <ul class="utrecht-unordered-list meeting-list">
          {meetings.map((m) => (
            <li class="utrecht-unordered-list__item">
              <a class="utrecht-link" href={`/admin/bijeenkomsten/${m.id}`}>
                {m.title}
              </a>
              {m.status === "cancelled" ? ` (${t("meetings.cancelledLabel")})` : ""}
              <br />
              {when(ctx, m)}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

const yesNo = (ctx: PageContext, v: number) => ctx.t(v ? "meetings.admin.yes" : "meetings.admin.no");

export function AdminMeetingPage({
  ctx,
  meeting,
  registrations,
  outcomes,
}: {
  ctx: PageContext;
  meeting: MeetingWithArea;
  registrations: RegistrationRow[];
  outcomes: OutcomeRow[];
}) {
  const t = ctx.t;
  const base = `/admin/bijeenkomsten/${meeting.id}`;
  const count = (s: string) => registrations.filter((r) => r.status === s).length;
  const left = placesLeft(meeting.confirmed_count, meeting.capacity);
  const shown = registrations.filter((r) => r.status !== "cancelled");
  return (
    <Layout ctx={ctx} title={t("meetings.admin.meetingTitle", { title: meeting.title })}>
      <h1 class="utrecht-heading-1">{t("meetings.admin.meetingTitle", { title: meeting.title })}</h1>
      <p class="utrecht-paragraph">
        {when(ctx, meeting)}
        {meeting.status === "cancelled" ? ` (${t("meetings.cancelledLabel")})` : ""}
      </p>
      <ul class="utrecht-unordered-list">
        <li class="utrecht-unordered-list__item">
          <a class="utrecht-link" href={`/bijeenkomsten/${meeting.id}`}>
            {t("meetings.admin.publicPage")}
          </a>
        </li>
        {meeting.status === "scheduled" ? (
          <li class="utrecht-unordered-list__item">
            <a class="utrecht-link" href={`${base}/bewerken`}>
              {t("meetings.admin.edit")}
            </a>
          </li>
        ) : null}
        <li class="utrecht-unordered-list__item">
          <a class="utrecht-link" href={`${base}/presentielijst`}>
            {t("meetings.admin.signInSheet")}
          </a>
        </li>
        <li class="utrecht-unordered-list__item">
          <a class="utrecht-link" href={`${base}/aanmeldingen.csv`}>
            {t("meetings.admin.csv")}
          </a>
        </li>
        <li class="utrecht-unordered-list__item">
          <a class="utrecht-link" href={`${base}/mail`}>
            {t("meetings.admin.mail")}
          </a>
        </li>
        <li class="utrecht-unordered-list__item">
          <a class="utrecht-link" href={`${base}/verslag`}>
            {t("meetings.admin.minutes")}
          </a>
        </li>
        <li class="utrecht-unordered-list__item">
          <a class="utrecht-link" href={`${base}/verslag-pdf`}>
            {t("meetings.admin.pdfLink")}
          </a>
        </li>
        {meeting.status === "scheduled" ? (
          <li class="utrecht-unordered-list__item">
            <a class="utrecht-link" href={`${base}/annuleren`}>
              {t("meetings.admin.cancel")}
            </a>
          </li>
        ) : null}
      </ul>
      <h2 class="utrecht-heading-2">{t("meetings.admin.registrations")}</h2>
      <p class="utrecht-paragraph">
        {t("meetings.admin.counts", {
          confirmed: count("confirmed"),
          waiting: count("waiting"),
          unconfirmed: count("unconfirmed"),
        })}
        {left !== null ? ` ${t("meetings.placesLeft", { count: left, capacity: meeting.capacity ?? 0 })}` : ""}
      </p>
      {shown.length ? (
        <TableScroll label={t("meetings.admin.registrations")}>
          <table class="utrecht-table data-table">
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                {["name", "email", "status", "dietary", "interpreter", "remarks", "registeredAt"].map((c) => (
                  <th class="utrecht-table__header-cell" scope="col">
                    {t(`meetings.admin.column.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {shown.map((r) => (
                <tr class="utrecht-table__row">
                  <td class="utrecht-table__cell">{r.name}</td>
                  <td class="utrecht-table__cell">{r.email}</td>
                  <td class="utrecht-table__cell">{t(`meetings.status.${r.status}`)}</td>
                  <td class="utrecht-table__cell">{r.dietary}</td>
                  <td class="utrecht-table__cell">{yesNo(ctx, r.interpreter)}</td>
                  <td class="utrecht-table__cell">{r.remarks}</td>
                  <td class="utrecht-table__cell">{formatDate(ctx.lang, r.created_at, true)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p class="utrecht-paragraph">{t("meetings.admin.noRegistrations")}</p>
      )}
      <h2 class="utrecht-heading-2">{t("meetings.after.outcomes")}</h2>
      {outcomes.length ? (
        <ul class="utrecht-unordered-list">
          {outcomes.map((o) => (
            <li class="utrecht-unordered-list__item">
              <a class="utrecht-link" href={o.url}>
                {o.label}
              </a>{" "}
              <PostButton
                ctx={ctx}
                action={`${base}/resultaten/${o.id}/verwijderen`}
                label={t("meetings.admin.removeOutcome")}
                variant="subtle"
              />
            </li>
          ))}
        </ul>
      ) : (
        <p class="utrecht-paragraph">{t("meetings.admin.noOutcomes")}</p>
      )}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`${base}/resultaten`}>
          {t("meetings.admin.addOutcome")}
        </a>
      </p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/admin/bijeenkomsten">
          {t("meetings.admin.back")}
        </a>
      </p>
    </Layout>
  );
}
