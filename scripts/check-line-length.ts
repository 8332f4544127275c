// `npm run lint` part two: no line of our TypeScript or JSON source is over 120 characters.
// Biome's formatter wraps code at 120 but leaves long strings whole, so this catches the rest.
// Not checked: locales/ (catalog sentences are prose, and a JSON string cannot be split),
// datasets/ (third-party data, kept byte for byte) and package-lock.json (written by npm).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const MAX_LINE_LENGTH = 120;
const CHECKED = /\.(ts|tsx|json)$/;
const NOT_CHECKED = /^(locales|datasets)\/|(^|\/)package-lock\.json$/;

export interface LongLine {
  file: string;
  line: number;
  length: number;
}

/** Lines longer than `max` characters (counted as code points, so "€" is one). */
export function longLines(file: string, text: string, max = MAX_LINE_LENGTH): LongLine[] {
  return text.split(/\r?\n/).flatMap((line, i) => {
    const length = [...line].length;
    return length > max ? [{ file, line: i + 1, length }] : [];
  });
}

/** The repository's tracked files that this check covers (outside git: the files on disk). */
export function checkedFiles(root: string): string[] {
  let files: string[];
  try {
    files = execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8", stdio: "pipe" }).split("\0");
  } catch {
    files = filesOnDisk(root);
  }
  return files.filter((f) => CHECKED.test(f) && !NOT_CHECKED.test(f) && fs.existsSync(path.join(root, f)));
}

function filesOnDisk(root: string, dir = ""): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = dir ? `${dir}/${entry.name}` : entry.name;
    if (!entry.isDirectory()) return [relative];
    return /^(node_modules|data|\.git)$/.test(entry.name) ? [] : filesOnDisk(root, relative);
  });
}

if (process.argv[1] === import.meta.filename) {
  const root = path.resolve(import.meta.dirname, "..");
  const found = checkedFiles(root).flatMap((f) => longLines(f, fs.readFileSync(path.join(root, f), "utf8")));
  for (const l of found)
    process.stderr.write(`${l.file}:${l.line}: ${l.length} characters (at most ${MAX_LINE_LENGTH})\n`);
  process.exitCode = found.length ? 1 : 0;
}
