// The site settings form: one zod schema, messages as catalog keys.
import { z } from "zod";
import { singleLineText } from "../../http/text-rules";
import type { Site } from "../../db/types";
import { isLanguageChoice, parseEmailList } from "../../sites/site-settings";
import type { SiteSettings } from "../../sites/store";
import { isShippedTheme } from "../../sites/themes";

const MAX_TEXT = 20_000;
const longText = z
  .string()
  .max(MAX_TEXT, "admin.site.errors.textTooLong")
  .transform((s) => s.replace(/\r\n/g, "\n").trim());

export const siteSettingsSchema = z.object({
  name: singleLineText().trim().min(1, "admin.site.errors.name").max(100, "admin.site.errors.nameTooLong"),
  languages: z.string().refine(isLanguageChoice, "admin.site.errors.languages"),
  themeClass: z.string().refine(isShippedTheme, "admin.site.errors.theme"),
  councilName: singleLineText().trim().max(150, "admin.site.errors.councilNameTooLong"),
  councilEmails: z
    .string()
    .max(6000, "admin.site.errors.councilEmails")
    .transform((s, ctx) => {
      const emails = parseEmailList(s);
      if (emails === null) {
        ctx.addIssue({ code: "custom", message: "admin.site.errors.councilEmails" });
        return z.NEVER;
      }
      return emails;
    }),
  accessibilityNl: longText,
  accessibilityEn: longText,
  privacyNl: longText,
  privacyEn: longText,
});

export const toSettings = (data: z.infer<typeof siteSettingsSchema>): SiteSettings => ({ ...data });

/** The form's starting values: what the site has now. */
export function siteFormValues(site: Site): Record<string, string> {
  return {
    name: site.name,
    languages: site.languages,
    themeClass: site.theme_class,
    councilName: site.council_name,
    councilEmails: site.council_emails,
    accessibilityNl: site.accessibility_nl,
    accessibilityEn: site.accessibility_en,
    privacyNl: site.privacy_nl,
    privacyEn: site.privacy_en,
  };
}

/** Which settings differ, for the audit log (names only: the texts can be long). */
export function changedFields(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys(after).filter((k) => before[k] !== after[k]);
}
