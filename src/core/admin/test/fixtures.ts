// Shared by the admin route tests: a second site with its own admin (for cross-site attempts),
// database snapshots (to prove a refused request changed nothing), and the standard refusals.
import { expect } from "vitest";
import type { Migration } from "kysely";
import type { Agent, TestApp } from "../../../../test/support/app";
import type { ComponentManifest } from "../../components";
import type { Area, Site, User } from "../../db/types";
import { audit } from "../../audit/log";
import { queueMail } from "../../mail/queue";
import { addArea, createSite } from "../../sites/store";

export const OTHER_HOST = "andere.example";

export interface OtherSite {
  site: Site;
  admin: User;
  resident: User;
  area: Area;
  outboxId: number;
  agent: Agent;
}

/** Site 2 on host andere.example, with an admin, a resident, an area, a mail and an audit entry. */
export async function createOtherSite(t: TestApp): Promise<OtherSite> {
  const db = t.services.db.kysely;
  const site = await createSite(db, { slug: "andere", name: "Anderstad", hosts: [OTHER_HOST] }, t.clock());
  const admin = await t.newUser({
    siteId: site.id,
    email: "beheer@anderstad.example",
    name: "Beheer Anderstad",
    roles: ["admin"],
  });
  const resident = await t.newUser({ siteId: site.id, email: "bewoner@anderstad.example", name: "Bewoner Anderstad" });
  const area = await addArea(db, site.id, "Anderwijk", "2000-2010");
  await queueMail(
    db,
    site.id,
    { to: "geheim@anderstad.example", subject: "Alleen voor Anderstad", text: "tekst", html: "" },
    t.clock(),
  );
  const row = await db
    .selectFrom("outbox")
    .select("id")
    .where("site_id", "=", site.id)
    .orderBy("id", "desc")
    .executeTakeFirstOrThrow();
  await audit(
    db,
    { siteId: site.id, actorUserId: admin.id, action: "site.updated", subject: "anderstad-geheim" },
    t.clock(),
  );
  const agent = await t.agentFor(admin);
  agent.host = OTHER_HOST;
  return { site, admin, resident, area, outboxId: row.id, agent };
}

const ORDER: Record<string, string> = { site_hosts: "host", user_roles: "user_id", sessions: "id_hash" };
type Table = "sites" | "site_hosts" | "areas" | "users" | "user_roles" | "outbox" | "audit_log";

/** Every row of the given tables, in a stable order, to compare before and after a request. */
export async function snapshot(
  t: TestApp,
  tables: Table[] = ["sites", "site_hosts", "areas", "users", "user_roles", "outbox", "audit_log"],
) {
  const db = t.services.db.kysely;
  const out: Record<string, unknown[]> = {};
  for (const table of tables) {
    const rows = await db.selectFrom(table).selectAll().execute();
    const key = ORDER[table] ?? "id";
    out[table] = [...rows].sort(
      (a, b) =>
        String((a as Record<string, unknown>)[key]).localeCompare(String((b as Record<string, unknown>)[key]), "en", {
          numeric: true,
        }) || JSON.stringify(a).localeCompare(JSON.stringify(b)),
    );
  }
  return out;
}

/**
 * The refusals every admin-only route must give: anonymous → log-in page, a resident and staff
 * without the admin role → 403, a POST without CSRF token → 403; and none of them changes anything.
 */
export async function expectAdminOnly(
  t: TestApp,
  method: "GET" | "POST",
  url: string,
  form: Record<string, string | string[]> = {},
) {
  const before = await snapshot(t);
  const send = (agent: Agent, extra: Record<string, string | string[]> = {}) =>
    method === "GET" ? agent.get(url) : agent.post(url, { ...form, ...extra });
  const anonymous = await send(t.agent());
  if (method === "GET") {
    expect(anonymous.statusCode, `${url} anonymous`).toBe(303);
    expect(anonymous.headers.location).toBe(`/inloggen?terug=${encodeURIComponent(url)}`);
  } else {
    expect(anonymous.statusCode, `${url} anonymous`).toBe(303);
    expect(anonymous.headers.location).toMatch(/^\/inloggen\?terug=/);
  }
  for (const role of ["resident", "moderator", "official", "council"] as const) {
    const res = await send(await t.agentFor(t.users[role]));
    expect(res.statusCode, `${url} as ${role}`).toBe(403);
  }
  if (method === "POST") {
    const noToken = await send(await t.agentFor(t.users.admin), { _csrf: "" });
    expect(noToken.statusCode, `${url} without CSRF token`).toBe(403);
  }
  expect(await snapshot(t)).toEqual(before);
}

/** A component with a table that refers to areas, to prove a refused delete is a 409. */
export const areaReferenceComponent: ComponentManifest = {
  name: "area-references-test",
  migrations: {
    "2026-11-26-zz-area-references-test": {
      async up(db) {
        await db.schema
          .createTable("area_references_test")
          .addColumn("id", "integer", (c) => c.primaryKey())
          .addColumn("area_id", "integer", (c) => c.notNull().references("areas.id"))
          .execute();
      },
    } satisfies Migration,
  },
  adminLinks: [{ href: "/admin/moderatie", labelKey: "admin.sections.audit", roles: ["moderator"] }],
  personalData: {
    tables: { area_references_test: "not personal" },
    export: async () => ({}),
    erase: async () => {},
  },
};
