// CSV for a mail merge of voting codes: the layout is core's (core/codes/codes-csv.ts).
import { codesCsv as oneTimeCodesCsv } from "../../../core/codes/codes-csv";

export const codesCsv = (processTitle: string, voteUrl: string, codes: readonly string[]): string =>
  oneTimeCodesCsv({ code: "stemcode", title: "proces" }, processTitle, voteUrl, codes);
