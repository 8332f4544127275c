export { PabulibParseError } from "./parse-error";
export { parsePabulib } from "./parse";
export { exportPabulib } from "./export";
export { toElection, officialSelection } from "./to-election";
export { fromElection } from "./from-election";
export { readPabulibFile } from "./read-file";
export { metaValue, type PbFile, type PbTable } from "./pb-file";
