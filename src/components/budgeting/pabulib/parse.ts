import { splitFields } from "./fields";
import { PabulibParseError } from "./parse-error";
import type { PbFile, PbTable } from "./pb-file";

type Section = "META" | "PROJECTS" | "VOTES";
const ORDER: Section[] = ["META", "PROJECTS", "VOTES"];
const REQUIRED: Record<Section, string[]> = {
  META: ["key", "value"],
  PROJECTS: ["project_id", "cost"],
  VOTES: ["voter_id", "vote"],
};

/**
 * Parses pabulib's format (pabulib.org/format): sections META, PROJECTS and VOTES, each a
 * header line then `;`-separated rows. Pure: text in, structure out. Throws
 * PabulibParseError naming the line and what was expected.
 */
export function parsePabulib(text: string): PbFile {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const tables: Partial<Record<Section, { columns: string[]; rows: string[][]; lines: number[] }>> = {};
  let current: Section | null = null;
  for (let x = 0; x < lines.length; x++) {
    const raw = lines[x]!;
    const lineNo = x + 1;
    if (raw.trim() === "") continue;
    const marker = raw.trim().toUpperCase();
    if (ORDER.includes(marker as Section)) {
      const section = marker as Section;
      const expected: Section | undefined = ORDER[current === null ? 0 : ORDER.indexOf(current) + 1];
      if (section !== expected)
        throw new PabulibParseError(
          lineNo,
          `section ${expected ?? "(none: VOTES is the last section)"}, found ${section}`,
        );
      current = section;
      const header = lines[x + 1];
      if (header === undefined || header.trim() === "")
        throw new PabulibParseError(lineNo + 1, `a header line for ${section}`);
      const columns = splitFields(header.trim(), lineNo + 1).map((c) => c.trim());
      for (const need of REQUIRED[section]) {
        if (!columns.includes(need))
          throw new PabulibParseError(lineNo + 1, `a column "${need}" in the ${section} header`);
      }
      tables[section] = { columns, rows: [], lines: [] };
      x++;
      continue;
    }
    if (current === null) throw new PabulibParseError(lineNo, "the section header META");
    const table = tables[current]!;
    const fields = splitFields(raw, lineNo);
    if (fields.length !== table.columns.length) {
      throw new PabulibParseError(
        lineNo,
        `${table.columns.length} fields separated by ";" (${table.columns.join(";")}), found ${fields.length}`,
      );
    }
    table.rows.push(fields);
    table.lines.push(lineNo);
  }
  const missing = ORDER.find((s) => !tables[s]);
  if (missing) throw new PabulibParseError(lines.length, `a ${missing} section`);
  const meta = tables.META!.rows.map((r) => [r[0]!.trim(), r[1]!.trim()] as const);
  return { meta, projects: tables.PROJECTS as PbTable, votes: tables.VOTES as PbTable };
}
