import { parseCsv, POLIS_CSV, writeCsv } from "../../../core/csv";
import { OpenDataParseError } from "./parse-error";

/** summary.csv is a headerless list of key,value pairs (topic, url, voters, groups, …), in order. */
export type OpenDataSummary = [key: string, value: string][];

export function parseSummaryCsv(text: string, file = "summary.csv"): OpenDataSummary {
  return parseCsv(text, file).map((record) => {
    if (record.fields.length !== 2) {
      throw new OpenDataParseError(file, record.line, `expected key,value, found ${record.fields.length} fields`);
    }
    return [record.fields[0]!, record.fields[1]!];
  });
}

export function writeSummaryCsv(summary: OpenDataSummary): string {
  return writeCsv(summary, POLIS_CSV);
}

export function summaryValue(summary: OpenDataSummary, key: string): string | undefined {
  return summary.find(([k]) => k === key)?.[1];
}
