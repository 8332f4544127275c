// A council meeting is set for a whole day in the municipality's time zone (the form asks a date,
// not a time). Scheduling asks for today or later; a meeting is "past" from the day after it, so
// on the meeting day itself pages still say it will be discussed (we do not know the hour).
import { localDate } from "../../../core/i18n/local-days";

/** A meeting date (YYYY-MM-DD) that may be scheduled at `now`: today or later, local time. */
export const meetingDateAllowed = (day: string, now: Date): boolean => day >= localDate(now.toISOString());

/** Whether the meeting on `meetingAt` (an instant within its day) is over at `now`. */
export const meetingIsPast = (meetingAt: string, now: Date): boolean =>
  localDate(meetingAt) < localDate(now.toISOString());
