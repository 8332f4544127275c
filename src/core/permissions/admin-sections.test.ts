import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Role } from "../db/types";
import { CORE_ADMIN_SECTIONS, mayOpenAdmin, mayUseSection, visibleSections } from "./admin-sections";
import { ROLES } from "./roles";

const roles = (...r: Role[]) => new Set<Role>(["resident", ...r]);
const roleSet = fc.subarray([...ROLES]).map((r) => new Set<Role>(r));

describe("admin sections", () => {
  it("lets only staff open the admin area", () => {
    expect(mayOpenAdmin(roles())).toBe(false);
    expect(mayOpenAdmin(new Set())).toBe(false);
    for (const r of ["moderator", "official", "council", "admin"] as Role[]) expect(mayOpenAdmin(roles(r))).toBe(true);
  });

  it("shows all core sections to an admin and none to other staff", () => {
    expect(visibleSections(roles("admin"), []).map((s) => s.href)).toEqual(CORE_ADMIN_SECTIONS.map((s) => s.href));
    expect(visibleSections(roles("moderator", "official", "council"), [])).toEqual([]);
  });

  it("shows a component's section only to the roles it names", () => {
    const link = { href: "/admin/moderatie", labelKey: "x.moderation", roles: ["moderator"] as Role[] };
    expect(visibleSections(roles("moderator"), [link])).toEqual([link]);
    expect(visibleSections(roles("official"), [link])).toEqual([]);
    expect(visibleSections(roles("admin"), [link]).map((s) => s.href)).not.toContain("/admin/moderatie");
  });

  it("shows a page named twice for different roles only once", () => {
    const manage = { href: "/admin/x", labelKey: "x.manage", roles: ["official"] as Role[] };
    const moderate = { href: "/admin/x", labelKey: "x.moderate", roles: ["moderator"] as Role[] };
    expect(visibleSections(roles("official", "moderator"), [manage, moderate])).toEqual([manage]);
    expect(visibleSections(roles("moderator"), [manage, moderate])).toEqual([moderate]);
  });

  it("never shows anything to a resident, even when a component offers a resident link", () => {
    const link = { href: "/admin/open", labelKey: "x.open", roles: ["resident", "official"] as Role[] };
    expect(visibleSections(roles(), [link])).toEqual([]);
    expect(mayUseSection(roles(), link)).toBe(false);
    expect(mayUseSection(roles("official"), link)).toBe(true);
  });

  it("only ever shows sections whose roles the user holds", () => {
    const linkArb = fc.record({
      href: fc.constant("/admin/x"),
      labelKey: fc.constant("x"),
      roles: fc.subarray([...ROLES]),
    });
    fc.assert(
      fc.property(roleSet, fc.array(linkArb, { maxLength: 5 }), (have, links) => {
        for (const section of visibleSections(have, links)) {
          expect(section.roles.some((r) => r !== "resident" && have.has(r))).toBe(true);
        }
        if (!mayOpenAdmin(have)) expect(visibleSections(have, links)).toEqual([]);
      }),
    );
  });
});
