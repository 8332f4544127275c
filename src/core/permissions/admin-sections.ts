// Who may see which part of the admin area. Pure over a set of roles, so the dashboard, the route
// guards and the tests all use one rule.
import type { AdminLink } from "../components";
import type { Role } from "../db/types";

export interface AdminSection extends AdminLink {
  id: string;
}

/** The sections core itself offers; components add theirs through `adminLinks` in the manifest. */
export const CORE_ADMIN_SECTIONS: readonly AdminSection[] = [
  { id: "users", href: "/admin/gebruikers", labelKey: "admin.sections.users", roles: ["admin"] },
  { id: "site", href: "/admin/site", labelKey: "admin.sections.site", roles: ["admin"] },
  { id: "areas", href: "/admin/gebieden", labelKey: "admin.sections.areas", roles: ["admin"] },
  { id: "map", href: "/admin/kaart", labelKey: "places.settings.section", roles: ["admin"] },
  { id: "identity", href: "/admin/inloggen", labelKey: "admin.sections.identity", roles: ["admin"] },
  { id: "letters", href: "/admin/briefcodes", labelKey: "admin.sections.letters", roles: ["admin"] },
  { id: "outbox", href: "/admin/outbox", labelKey: "admin.sections.outbox", roles: ["admin"] },
  { id: "audit", href: "/admin/audit", labelKey: "admin.sections.audit", roles: ["admin"] },
];

/** Staff roles: every role except the plain resident may open the admin area. */
export const STAFF_ROLES: readonly Role[] = ["moderator", "official", "council", "admin"];

export const mayOpenAdmin = (roles: ReadonlySet<Role>): boolean => STAFF_ROLES.some((r) => roles.has(r));

export const mayUseSection = (roles: ReadonlySet<Role>, section: Pick<AdminLink, "roles">): boolean =>
  section.roles.some((r) => r !== "resident" && roles.has(r));

/**
 * The sections shown on the dashboard: core's, then the components', each only when one of the
 * user's roles allows it. A component link that grants "resident" is ignored: the admin area is
 * for staff only.
 */
export function visibleSections(roles: ReadonlySet<Role>, componentLinks: readonly AdminLink[]): AdminLink[] {
  if (!mayOpenAdmin(roles)) return [];
  const allowed = [...CORE_ADMIN_SECTIONS, ...componentLinks].filter((s) => mayUseSection(roles, s));
  // A component may name one page twice for different roles (e.g. "manage" and "moderate"); a user
  // holding both roles sees it once, under the first label.
  return allowed.filter((s, i) => allowed.findIndex((o) => o.href === s.href) === i);
}
