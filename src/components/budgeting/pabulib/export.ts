import { joinFields } from "./fields";
import type { PbFile, PbTable } from "./pb-file";

/** Writes a PbFile back in pabulib's format; parsePabulib(exportPabulib(f)) equals f. */
export function exportPabulib(pb: PbFile): string {
  const out: string[] = ["META", "key;value"];
  for (const [k, v] of pb.meta) out.push(joinFields([k, v]));
  writeTable(out, "PROJECTS", pb.projects);
  writeTable(out, "VOTES", pb.votes);
  return `${out.join("\n")}\n`;
}

function writeTable(out: string[], name: string, table: PbTable): void {
  out.push(name, joinFields(table.columns));
  for (const row of table.rows) out.push(joinFields(row));
}
