// Table types of the meetings component, added to the core's Database type.
import type { Generated, Selectable } from "kysely";
import type { MeetingKind, RegistrationMode, RegistrationStatus } from "../domain/meeting";

export interface MeetingsTable {
  id: Generated<number>;
  site_id: number;
  area_id: number | null;
  uid: string;
  sequence: number;
  status: "scheduled" | "cancelled";
  title: string;
  description: string;
  kind: MeetingKind;
  starts_at: string;
  ends_at: string;
  place: string;
  online_url: string | null;
  wheelchair: number;
  hearing_loop: number;
  sign_language: number;
  organiser: string;
  related_url: string | null;
  related_label: string | null;
  registration: RegistrationMode;
  capacity: number | null;
  guests_allowed: number;
  confirmed_count: number;
  minutes: string | null;
  attendees: number | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
  cancelled_at: string | null;
  /** The point on the map (micro-degrees) and its address text; see docs/maps.md. */
  location_lat_e6: number | null;
  location_lng_e6: number | null;
  location_address: string | null;
}

export interface MeetingRegistrationsTable {
  id: Generated<number>;
  meeting_id: number;
  user_id: number | null;
  name: string;
  email: string;
  language: "nl" | "en";
  status: RegistrationStatus;
  dietary: string;
  interpreter: number;
  remarks: string;
  link_seed: string;
  created_at: string;
  /** When the registration got its current place: confirmed, or its turn on the waiting list. */
  placed_at: string | null;
  cancelled_at: string | null;
  reminded_at: string | null;
}

export interface MeetingOutcomesTable {
  id: Generated<number>;
  meeting_id: number;
  label: string;
  url: string;
  created_at: string;
}

export interface MeetingMinutesFilesTable {
  meeting_id: number;
  bytes: Buffer;
  size: number;
  uploaded_at: string;
}

export type MeetingRow = Selectable<MeetingsTable>;
export type RegistrationRow = Selectable<MeetingRegistrationsTable>;
export type OutcomeRow = Selectable<MeetingOutcomesTable>;

declare module "../../../core/db/types" {
  interface Database {
    meetings: MeetingsTable;
    meeting_registrations: MeetingRegistrationsTable;
    meeting_outcomes: MeetingOutcomesTable;
    meeting_minutes_files: MeetingMinutesFilesTable;
  }
}
