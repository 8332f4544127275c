// Query and path schemas of the open-data API (camelCase keys, as the Dutch API Design Rules ask).
import { z } from "zod";
import { CATEGORIES } from "../domain/categories";
import { IDEA_STATES } from "../domain/states";
import { SORTS } from "../store/ideas";

export const apiListQuery = z.object({
  areaId: z.coerce
    .number("ideas.api.integer")
    .int("ideas.api.integer")
    .positive("ideas.api.integer")
    .max(2_147_483_647, "ideas.api.integer")
    .optional(),
  state: z.enum(IDEA_STATES.filter((s) => s !== "draft") as [string, ...string[]], "ideas.api.state").optional(),
  category: z.enum(CATEGORIES, "ideas.api.category").optional(),
  q: z.string().max(200, "ideas.api.tooLong").optional(),
  sort: z.enum(SORTS, "ideas.api.sort").optional(),
  page: z.coerce
    .number("ideas.api.integer")
    .int("ideas.api.integer")
    .min(1, "ideas.api.page")
    .max(10_000, "ideas.api.page")
    .default(1),
  pageSize: z.coerce
    .number("ideas.api.integer")
    .int("ideas.api.integer")
    .min(1, "ideas.api.pageSize")
    .max(100, "ideas.api.pageSize")
    .default(20),
  format: z.enum(["json", "geojson"], "ideas.api.format").default("json"),
});

export const apiIdeaParams = z.object({
  id: z.coerce
    .number("ideas.api.integer")
    .int("ideas.api.integer")
    .positive("ideas.api.integer")
    .max(2_147_483_647, "ideas.api.integer"),
});
