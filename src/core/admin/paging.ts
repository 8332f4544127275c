// Paged lists in the admin area: 25 rows a page, the page number in ?pagina=.
import { z } from "zod";
import { badRequest } from "../http/errors";

export const PAGE_SIZE = 25;
const MAX_PAGE = 100_000;

export interface Paging {
  page: number;
  limit: number;
  offset: number;
}

const pageValue = z
  .string()
  .regex(/^[1-9]\d{0,5}$/)
  .transform(Number)
  .pipe(z.number().max(MAX_PAGE))
  .optional();

/** Reads ?pagina=; a value that is not a page number is a bad request, not page 1. */
export function pagingFrom(query: unknown, size = PAGE_SIZE): Paging {
  const parsed = pageValue.safeParse((query as { pagina?: unknown } | undefined)?.pagina);
  if (!parsed.success) throw badRequest();
  const page = parsed.data ?? 1;
  return { page, limit: size, offset: (page - 1) * size };
}

export const pageCount = (total: number, size = PAGE_SIZE): number => Math.max(1, Math.ceil(total / size));
