// The printable sign-in sheet (A4, print stylesheet in src/web/styles.css): everyone with a place
// and empty rows for people who walk in.
import type { PageContext } from "../../../core/views/context";
import { Layout } from "../../../core/views/layout";
import { TableScroll } from "../../../core/views/table-scroll";
import type { MeetingWithArea } from "../store/meetings";
import type { RegistrationRow } from "../store/tables";
import { when } from "./parts";

/** The sign-in sheet for the door: everyone with a place, then a few empty rows for walk-ins. */
export function SignInSheet({
  ctx,
  meeting,
  registrations,
}: {
  ctx: PageContext;
  meeting: MeetingWithArea;
  registrations: RegistrationRow[];
}) {
  const t = ctx.t;
  const rows = registrations.filter((r) => r.status === "confirmed");
  const blank = Array.from({ length: 10 }, () => null);
  return (
    <Layout ctx={ctx} title={t("meetings.admin.signInSheet")}>
      <h1 class="utrecht-heading-1">{meeting.title}</h1>
      <p class="utrecht-paragraph">
        {t("meetings.admin.signInSheet")}: {when(ctx, meeting)}
        {meeting.place ? `, ${meeting.place}` : ""}
      </p>
      <TableScroll label={t("meetings.admin.signInSheet")}>
        <table class="utrecht-table data-table sign-in-sheet">
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              {["name", "dietary", "interpreter", "signature"].map((c) => (
                <th class="utrecht-table__header-cell" scope="col">
                  {t(`meetings.admin.column.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {rows.map((r) => (
              <tr class="utrecht-table__row">
                <td class="utrecht-table__cell">{r.name}</td>
                <td class="utrecht-table__cell">{r.dietary}</td>
                <td class="utrecht-table__cell">{r.interpreter ? t("meetings.admin.yes") : ""}</td>
                <td class="utrecht-table__cell sign-in-sheet__signature" />
              </tr>
            ))}
            {blank.map(() => (
              <tr class="utrecht-table__row">
                <td class="utrecht-table__cell" />
                <td class="utrecht-table__cell" />
                <td class="utrecht-table__cell" />
                <td class="utrecht-table__cell sign-in-sheet__signature" />
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p class="utrecht-paragraph no-print">
        <a class="utrecht-link" href={`/admin/bijeenkomsten/${meeting.id}`}>
          {t("meetings.admin.back")}
        </a>
      </p>
    </Layout>
  );
}
