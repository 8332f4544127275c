/** A malformed .pb file: `line` is 1-based, the message says what was expected. */
export class PabulibParseError extends Error {
  constructor(
    readonly line: number,
    readonly detail: string,
  ) {
    super(`line ${line}: ${detail}`);
    this.name = "PabulibParseError";
  }
}
