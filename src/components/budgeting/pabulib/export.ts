import { PABULIB_CSV, writeCsv } from "../../../core/csv";
import type { PbFile } from "./pb-file";

/**
 * Writes a PbFile back in pabulib's format; parsePabulib(exportPabulib(f)) equals f. Through the
 * one CSV module, so a project name "=…" reaches a spreadsheet as text (and reads back unchanged).
 */
export function exportPabulib(pb: PbFile): string {
  return writeCsv(
    [
      ["META"],
      ["key", "value"],
      ...pb.meta,
      ["PROJECTS"],
      pb.projects.columns,
      ...pb.projects.rows,
      ["VOTES"],
      pb.votes.columns,
      ...pb.votes.rows,
    ],
    PABULIB_CSV,
  );
}
