// Themes shipped with Inspraak: a class on <html> with its design-token file. Admins choose only
// from this list, so a site can never point at CSS that does not exist. A municipality's own
// brand tokens are added here in code, not typed into a form.
export const SHIPPED_THEMES = ["voorbeeld-theme"] as const;
export type ThemeClass = (typeof SHIPPED_THEMES)[number];

export const isShippedTheme = (value: string): value is ThemeClass =>
  (SHIPPED_THEMES as readonly string[]).includes(value);
