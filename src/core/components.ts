// What a participation component declares about itself. Core walks these manifests; it never
// imports a component by name (see src/components/index.ts for the list).
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { VNode } from "preact";
import type { Migration } from "kysely";
import type { Role } from "./db/types";
import type { Translate } from "./i18n/catalog";
import type { MapItem } from "./places/map-items";
import type { PersonalData } from "./personal-data/types";
import type { Services } from "./services";

/** Handles one outbox row of this kind after commit; throw to retry later with back-off. */
export type OutboxHandler = (
  services: Services,
  payload: unknown,
  meta: { id: number; siteId: number | null },
) => Promise<void>;

export interface ScheduledJob {
  name: string;
  everySeconds: number;
  /** Must be idempotent: several processes may run it, and a late run must do no harm. */
  run(services: Services, now: Date): Promise<void>;
}

export interface NavItem {
  href: string;
  labelKey: string;
}

/** A section of the admin area (/admin) that a component adds; shown to users with one of `roles`. */
export interface AdminLink {
  href: string;
  labelKey: string;
  roles: Role[];
}

/** What a component's command gets besides its arguments. */
export interface CliIo {
  out(s: string): void;
  err(s: string): void;
  /**
   * Runs `fn` with the app's services (database, mail; configuration from the environment) and
   * closes them after. main.ts supplies it, so no component imports the app, which imports them.
   */
  withServices<T>(fn: (services: Services) => Promise<T>): Promise<T>;
}

/** A group of downloads on the open-data page (/open-data), already in the visitor's language. */
export interface OpenDataSection {
  /** Fragment id, so resident pages can link to their own group ("/open-data#ideas"). */
  id: string;
  heading: string;
  intro?: string;
  links: { href: string; label: string }[];
}

/** A part of the site another part may point to (a consultation links its conversation, ideas
 *  process or budget), already in the visitor's language. */
export interface LinkablePart {
  /** The component's name: with `id` what a link stores. */
  kind: string;
  kindLabel: string;
  id: number;
  title: string;
  url: string;
  /** Residents can take part now; `stateLabel` says how ("Stemmen", "Open"). */
  open: boolean;
  stateLabel: string;
}

export interface CliCommand {
  summary: string;
  run(argv: string[], io: CliIo): Promise<number>;
}

export interface ComponentManifest {
  name: string;
  /** Migration names must sort by date: "2026-11-27-ideas-001". */
  migrations: Record<string, Migration>;
  routes?(app: FastifyInstance, services: Services): void | Promise<void>;
  seedDemo?(services: Services, siteId: number): Promise<void>;
  /** A second demo pass, after every component's seedDemo: content that comes from another
   *  component's demo content (paper supports from a demo meeting, through core/paper). */
  seedDemoAfter?(services: Services, siteId: number): Promise<void>;
  outboxHandlers?: Record<string, OutboxHandler>;
  jobs?: ScheduledJob[];
  nav?: NavItem[];
  adminLinks?: AdminLink[];
  cli?: Record<string, CliCommand>;
  /** A section on the site's home page (e.g. ideas close to their threshold). */
  homeSection?(request: FastifyRequest, services: Services): Promise<VNode | null>;
  /** A section on the accountability page (/verantwoording): what came of this component's input. */
  accountabilitySection?(request: FastifyRequest, services: Services): Promise<VNode | null>;
  /** The personal data the component holds: its tables' rules on account deletion, the part of
   *  "download my data" (/account/gegevens.json) it contributes, and the erasure itself. */
  personalData: PersonalData;
  /** Feeds, CSV/JSON files and API documents this component publishes, for the open-data page.
   *  Resident pages link there instead of showing file formats themselves. */
  openData?(request: FastifyRequest, services: Services): Promise<OpenDataSection[]>;
  /** Paths and schemas this component adds to the one OpenAPI document at /api/v1/openapi.json. */
  openApi?: { paths: Record<string, unknown>; schemas: Record<string, unknown> };
  /** Located items for the site map (/kaart) and "near me" (core/places), in the visitor's language. */
  mapItems?(request: FastifyRequest, services: Services): Promise<MapItem[]>;
  /** The site's parts of this component that a consultation may link to (docs/consultations.md). */
  linkableParts?(services: Services, siteId: number, t: Translate, now: Date): Promise<LinkablePart[]>;
  /** Meetings of the site that paper contributions can come from (core/paper), newest first. */
  paperMeetings?(services: Services, siteId: number): Promise<PaperMeeting[]>;
}

/** A meeting as a source of paper contributions: its id and a label ("Buurtavond, 3 december"). */
export interface PaperMeeting {
  id: number;
  label: string;
}
