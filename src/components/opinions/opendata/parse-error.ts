/** A malformed openData file: names the file and the 1-based line so an admin can fix it. */
export class OpenDataParseError extends Error {
  override readonly name = "OpenDataParseError";
  constructor(
    readonly file: string,
    readonly line: number,
    readonly detail: string,
  ) {
    super(`${file}, line ${line}: ${detail}`);
  }
}
