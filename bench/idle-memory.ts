// `node --import tsx bench/idle-memory.ts [--snapshot]`: where an idle server's resident memory
// is (issue #15), read from /proc/<pid>/smaps after the same page views and rest as
// measureStartup(): the node binary's own pages (code and ICU data Intl touches), the anonymous
// mappings (V8's heap and malloc's thread arenas) and malloc's main heap. --snapshot also writes a
// heap snapshot (for Chrome DevTools, "Summary" by constructor) into the repository folder.
import fs from "node:fs";
import path from "node:path";
import { freshDatabaseFile, residentMegabytes, spawnServer, startServerProcess } from "./http/server-process";

const snapshot = process.argv.includes("--snapshot");
const root = path.resolve(import.meta.dirname, ".."); // the server's working folder
const file = freshDatabaseFile();
const first = await startServerProcess(file);
await first.stop();
const server = await spawnServer(
  { DATABASE_URL: `sqlite:${file}`, ...(snapshot ? { NODE_OPTIONS: "--heapsnapshot-signal=SIGUSR2" } : {}) },
  true,
);
for (const page of ["/", "/inloggen", "/privacy", "/", "/inloggen"])
  await fetch(`${server.baseUrl}${page}`).then((r) => r.text());
await new Promise((resolve) => setTimeout(resolve, 2000));

const pid = server.child.pid!;
const byMapping = new Map<string, number>();
let mapping = "";
for (const line of fs.readFileSync(`/proc/${pid}/smaps`, "utf8").split("\n")) {
  const header = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
  if (header) mapping = header[1] || "[anonymous: V8 heap, thread arenas]";
  else if (line.startsWith("Rss:"))
    byMapping.set(mapping, (byMapping.get(mapping) ?? 0) + Number(line.split(/\s+/)[1]));
}
console.log(`idle RSS ${residentMegabytes(pid)} MB`);
for (const [name, kb] of [...byMapping].sort((a, b) => b[1] - a[1]).filter(([, kb]) => kb >= 512))
  console.log(`${(kb / 1024).toFixed(1).padStart(7)} MB  ${name}`);

if (snapshot) {
  const before = new Set(fs.readdirSync(root));
  server.child.kill("SIGUSR2");
  // Node writes Heap-<date>-<pid>-….heapsnapshot; wait until the file stops growing.
  let written: string | undefined;
  for (let last = -1; ; await new Promise((resolve) => setTimeout(resolve, 1000))) {
    written ??= fs.readdirSync(root).find((f) => !before.has(f) && f.endsWith(".heapsnapshot"));
    const size = written ? fs.statSync(path.join(root, written)).size : -1;
    if (size > 0 && size === last) break;
    last = size;
  }
  console.log(`heap snapshot: ${path.join(root, written!)}`);
}
await server.stop();
fs.rmSync(path.dirname(file), { recursive: true, force: true });
