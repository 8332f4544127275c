// Pieces every meetings page shares: when and where, accessibility of the venue, places left,
// the Markdown text (the subset the ideas use), and a checkbox in NL Design System markup.
import { formatDate } from "../../../core/i18n/catalog";
import { localTime } from "../../../core/i18n/local-days";
import type { PageContext } from "../../../core/views/context";
import type { FormState } from "../../../core/views/forms";
import { fieldState, FieldNotes } from "../../../core/views/forms";
import { userLang } from "../../../core/views/user-text";
import { isPast, placesLeft } from "../domain/meeting";
import type { MeetingRow } from "../store/tables";

/** "10 december 2026, 19:30 – 21:30". */
export function when(ctx: PageContext, m: Pick<MeetingRow, "starts_at" | "ends_at">): string {
  return ctx.t("meetings.when", {
    date: formatDate(ctx.lang, m.starts_at),
    start: localTime(m.starts_at),
    end: localTime(m.ends_at),
  });
}

export function MeetingFacts({
  ctx,
  meeting,
  now,
}: {
  ctx: PageContext;
  meeting: MeetingRow & { area_name: string | null };
  now: Date;
}) {
  const t = ctx.t;
  const left = placesLeft(meeting.confirmed_count, meeting.capacity);
  return (
    <dl class="meeting-facts">
      <dt>{t("meetings.fields.when")}</dt>
      <dd>
        <time datetime={meeting.starts_at}>{when(ctx, meeting)}</time>
      </dd>
      <dt>{t("meetings.fields.kind")}</dt>
      <dd>{t(`meetings.kind.${meeting.kind}`)}</dd>
      {meeting.place ? (
        <>
          <dt>{t("meetings.fields.place")}</dt>
          <dd {...userLang(ctx)}>{meeting.place}</dd>
        </>
      ) : null}
      {meeting.area_name ? (
        <>
          <dt>{t("meetings.fields.area")}</dt>
          <dd>{meeting.area_name}</dd>
        </>
      ) : null}
      <dt>{t("meetings.fields.organiser")}</dt>
      <dd {...userLang(ctx)}>{meeting.organiser}</dd>
      {meeting.registration !== "none" && meeting.status === "scheduled" && !isPast(meeting, now) ? (
        <>
          <dt>{t("meetings.fields.places")}</dt>
          <dd>
            {left === null
              ? t(`meetings.registrationMode.${meeting.registration}`)
              : t("meetings.placesLeft", { count: left, capacity: meeting.capacity ?? 0 })}
          </dd>
        </>
      ) : null}
    </dl>
  );
}

export function Accessibility({ ctx, meeting }: { ctx: PageContext; meeting: MeetingRow }) {
  if (meeting.kind === "online") return null;
  const t = ctx.t;
  const items = [
    meeting.wheelchair ? t("meetings.access.wheelchair") : t("meetings.access.noWheelchair"),
    meeting.hearing_loop ? t("meetings.access.hearingLoop") : null,
    meeting.sign_language ? t("meetings.access.signLanguage") : null,
  ].filter(Boolean);
  return (
    <section aria-labelledby="access-heading">
      <h2 class="utrecht-heading-2" id="access-heading">
        {t("meetings.access.heading")}
      </h2>
      <ul class="utrecht-unordered-list">
        {items.map((i) => (
          <li class="utrecht-unordered-list__item">{i}</li>
        ))}
      </ul>
    </section>
  );
}

export function CheckboxField({
  ctx,
  form,
  name,
  label,
  hint,
}: {
  ctx: PageContext;
  form?: FormState;
  name: string;
  label: string;
  hint?: string;
}) {
  const { id, error, describedBy } = fieldState(form, name, Boolean(hint));
  return (
    <div class={`utrecht-form-field utrecht-form-field--checkbox${error ? " utrecht-form-field--invalid" : ""}`}>
      <div class="utrecht-form-field__input">
        <input
          class="utrecht-checkbox utrecht-checkbox--html-input"
          type="checkbox"
          id={id}
          name={name}
          value="1"
          checked={form?.values[name] === "1"}
          aria-describedby={describedBy}
        />
      </div>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label utrecht-form-label--checkbox" for={id}>
          {label}
        </label>
      </div>
      <FieldNotes ctx={ctx} id={id} hint={hint} error={error} />
    </div>
  );
}
