import { CsvParseError, type CsvRecord, parseCsv } from "../../../core/csv";
import { PabulibParseError } from "./parse-error";
import type { PbFile, PbTable } from "./pb-file";

type Section = "META" | "PROJECTS" | "VOTES";
const ORDER: Section[] = ["META", "PROJECTS", "VOTES"];
const REQUIRED: Record<Section, string[]> = {
  META: ["key", "value"],
  PROJECTS: ["project_id", "cost"],
  VOTES: ["voter_id", "vote"],
};

const isBlank = (fields: readonly string[]) => fields.length === 1 && fields[0]!.trim() === "";

/**
 * Parses pabulib's format (pabulib.org/format): sections META, PROJECTS and VOTES, each a
 * header line then `;`-separated rows, quoted the way Python's csv module writes them (read by
 * the one CSV module, core/csv). Pure: text in, structure out. Throws PabulibParseError naming
 * the line and what was expected.
 */
export function parsePabulib(text: string): PbFile {
  const records = readRecords(text);
  const tables: Partial<Record<Section, { columns: string[]; rows: string[][]; lines: number[] }>> = {};
  let current: Section | null = null;
  for (let x = 0; x < records.length; x++) {
    const { line, fields } = records[x]!;
    if (isBlank(fields)) continue;
    const marker = fields.length === 1 ? fields[0]!.trim().toUpperCase() : "";
    if (ORDER.includes(marker as Section)) {
      const section = marker as Section;
      const expected: Section | undefined = ORDER[current === null ? 0 : ORDER.indexOf(current) + 1];
      if (section !== expected)
        throw new PabulibParseError(
          line,
          `section ${expected ?? "(none: VOTES is the last section)"}, found ${section}`,
        );
      current = section;
      const header = records[x + 1];
      if (header === undefined || isBlank(header.fields))
        throw new PabulibParseError(line + 1, `a header line for ${section}`);
      const columns = header.fields.map((c) => c.trim());
      for (const need of REQUIRED[section]) {
        if (!columns.includes(need))
          throw new PabulibParseError(header.line, `a column "${need}" in the ${section} header`);
      }
      tables[section] = { columns, rows: [], lines: [] };
      x++;
      continue;
    }
    if (current === null) throw new PabulibParseError(line, "the section header META");
    const table = tables[current]!;
    if (fields.length !== table.columns.length) {
      throw new PabulibParseError(
        line,
        `${table.columns.length} fields separated by ";" (${table.columns.join(";")}), found ${fields.length}`,
      );
    }
    table.rows.push(fields);
    table.lines.push(line);
  }
  const missing = ORDER.find((s) => !tables[s]);
  if (missing) throw new PabulibParseError((records.at(-1)?.line ?? 0) + 1, `a ${missing} section`);
  const meta = tables.META!.rows.map((r) => [r[0]!.trim(), r[1]!.trim()] as const);
  return { meta, projects: tables.PROJECTS as PbTable, votes: tables.VOTES as PbTable };
}

function readRecords(text: string): CsvRecord[] {
  try {
    return parseCsv(text, ".pb", ";");
  } catch (error) {
    if (error instanceof CsvParseError) throw new PabulibParseError(error.line, error.detail);
    throw error;
  }
}
