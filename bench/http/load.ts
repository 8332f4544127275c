// One autocannon run, reduced to the figures the report needs. Every load run gets a short
// warm-up first, so JIT compilation and first-request caches do not count against a page.
import autocannon from "autocannon";

export interface LoadResult {
  requestsPerSecond: number;
  p99Ms: number;
  /** Responses that were not 2xx, and connection errors: a page that fails is not fast. */
  failures: number;
  total: number;
}

export interface LoadOptions {
  url: string;
  headers?: Record<string, string>;
  durationSeconds: number;
  connections?: number;
  warmupSeconds?: number;
}

async function run(url: string, headers: Record<string, string>, duration: number, connections: number) {
  return autocannon({ url, headers, duration, connections, pipelining: 1 });
}

export async function measureLoad(options: LoadOptions): Promise<LoadResult> {
  const headers = options.headers ?? {};
  const connections = options.connections ?? 10;
  if ((options.warmupSeconds ?? 1) > 0) await run(options.url, headers, options.warmupSeconds ?? 1, connections);
  const result = await run(options.url, headers, options.durationSeconds, connections);
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p99Ms: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
    total: result.requests.total,
  };
}
