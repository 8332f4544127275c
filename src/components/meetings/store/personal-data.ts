// What the meetings component holds about one person, for "download my data" and account
// deletion (docs/personal-data.md). Registrations are removed; a place the person held at a
// meeting still to come goes to the next on the waiting list, with the same rule as a cancellation.
// Meetings a staff member created stay (they are public); only the pointer to the account goes.
import type { Executor } from "../../../core/db/database";
import type { Person, PersonalData } from "../../../core/personal-data/types";
import { lockMeeting, release } from "../commands/places";
import "./tables";

async function exportMeetingsData(db: Executor, person: Person) {
  const rows = await db
    .selectFrom("meeting_registrations")
    .innerJoin("meetings", "meetings.id", "meeting_registrations.meeting_id")
    .select(["meetings.id as meeting_id", "meetings.title", "meetings.starts_at"])
    .select([
      "meeting_registrations.name",
      "meeting_registrations.email",
      "meeting_registrations.status",
      "meeting_registrations.dietary",
      "meeting_registrations.interpreter",
      "meeting_registrations.remarks",
      "meeting_registrations.created_at",
    ])
    .where("meeting_registrations.user_id", "=", person.id)
    .where("meetings.site_id", "=", person.siteId)
    .orderBy("meeting_registrations.id")
    .execute();
  return {
    registrations: rows.map((r) => ({
      meetingId: r.meeting_id,
      meeting: r.title,
      startsAt: r.starts_at,
      name: r.name,
      email: r.email,
      status: r.status,
      dietaryNeeds: r.dietary,
      interpreter: r.interpreter === 1,
      remarks: r.remarks,
      registeredAt: r.created_at,
    })),
  };
}

async function eraseMeetingsData(trx: Executor, person: Person, now: Date) {
  const rows = await trx.selectFrom("meeting_registrations").selectAll().where("user_id", "=", person.id).execute();
  for (const row of rows) {
    const meeting = await lockMeeting(trx, person.siteId, row.meeting_id);
    // The freed place goes to the next person waiting on the job's next run (notify/jobs.ts), which
    // knows the site's address for the mail; the deletion transaction does not.
    if (meeting) await release(trx, meeting, row, now);
    await trx.deleteFrom("meeting_registrations").where("id", "=", row.id).execute();
  }
  await trx.updateTable("meetings").set({ created_by: null }).where("created_by", "=", person.id).execute();
}

export const meetingsPersonalData: PersonalData = {
  tables: {
    meetings: "anonymised",
    meeting_registrations: "removed",
    meeting_outcomes: "not personal",
    meeting_minutes_files: "not personal",
  },
  export: exportMeetingsData,
  erase: eraseMeetingsData,
};
