// What a participation component declares about itself. Core walks these manifests; it never
// imports a component by name (see src/components/index.ts for the list).
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { VNode } from "preact";
import type { Migration } from "kysely";
import type { Role } from "./db/types";
import type { Executor } from "./db/database";
import type { Services } from "./services";

export interface OutboxHandler {
  /** Handles one outbox row of this kind after commit; throw to retry later with back-off. */
  (services: Services, payload: unknown, meta: { id: number; siteId: number | null }): Promise<void>;
}

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

/** A group of downloads on the open-data page (/open-data), already in the visitor's language. */
export interface OpenDataSection {
  /** Fragment id, so resident pages can link to their own group ("/open-data#ideas"). */
  id: string;
  heading: string;
  intro?: string;
  links: { href: string; label: string }[];
}

export interface CliCommand {
  summary: string;
  run(argv: string[], io: { out(s: string): void; err(s: string): void }): Promise<number>;
}

export interface ComponentManifest {
  name: string;
  /** Migration names must sort by date: "2026-11-27-ideas-001". */
  migrations: Record<string, Migration>;
  routes?(app: FastifyInstance, services: Services): void | Promise<void>;
  seedDemo?(services: Services, siteId: number): Promise<void>;
  outboxHandlers?: Record<string, OutboxHandler>;
  jobs?: ScheduledJob[];
  nav?: NavItem[];
  adminLinks?: AdminLink[];
  cli?: Record<string, CliCommand>;
  /** A section on the site's home page (e.g. ideas close to their threshold). */
  homeSection?(request: FastifyRequest, services: Services): Promise<VNode | null>;
  /** Feeds, CSV/JSON files and API documents this component publishes, for the open-data page.
   *  Resident pages link there instead of showing file formats themselves. */
  openData?(request: FastifyRequest, services: Services): Promise<OpenDataSection[]>;
  /** Everything this component holds about one user (own contributions included), for the
   *  "download my data" file at /account/gegevens.json. Keys become part of that file. */
  exportUserData?(services: Services, userId: number): Promise<Record<string, unknown>>;
  /** Runs inside the transaction that deletes an account: remove or anonymise personal data the
   *  component holds. Contributions stay; their author shows as "former participant". */
  onUserDeleted?(services: Services, trx: Executor, userId: number): Promise<void>;
}
