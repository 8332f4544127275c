// The area form: a name and the postcode ranges that belong to it.
import { z } from "zod";
import { singleLineText } from "../../http/text-rules";
import { formatPostcodeRanges, parsePostcodeRanges } from "../../sites/postcodes";

export const areaSchema = z.object({
  name: singleLineText().trim().min(1, "admin.areas.errors.name").max(100, "admin.areas.errors.nameTooLong"),
  postcodeRanges: z
    .string()
    .max(1000, "admin.areas.errors.postcodeRanges")
    .transform((text, ctx) => {
      const ranges = parsePostcodeRanges(text);
      if (ranges === null) {
        ctx.addIssue({ code: "custom", message: "admin.areas.errors.postcodeRanges" });
        return z.NEVER;
      }
      return formatPostcodeRanges(ranges);
    }),
});

export type AreaInput = z.infer<typeof areaSchema>;
