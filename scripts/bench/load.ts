import autocannon from "autocannon";

export type LoadResult = { url: string; requests: number; rps: number; p50: number; p95: number; p99: number; non2xx: number; errors: number };

/** The p-th percentile of sorted times (NaN when there are none). */
export const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

let sequence = 0;

/**
 * Loads one URL with autocannon and keeps every response time, for exact percentiles.
 * `unique`: every request gets its own address (an extra, ignored `n=` parameter), so the
 * page cache never answers and each request is rendered: the cost of a first visit.
 */
export async function load(url: string, { connections = 10, seconds = 8, warmupSeconds = 2, unique = false } = {}): Promise<LoadResult> {
  const requests: autocannon.Request[] | undefined = unique
    ? [{ setupRequest: (req) => ({ ...req, path: `${req.path ?? "/"}${req.path?.includes("?") ? "&" : "?"}n=${(sequence += 1)}` }) }]
    : undefined;
  await autocannon({ url, connections, duration: warmupSeconds, requests });
  const times: number[] = [];
  let non2xx = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, requests }, (error, res) => (error ? reject(error) : resolve(res)));
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      times.push(responseTime);
      if (statusCode < 200 || statusCode >= 300) non2xx += 1;
    });
  });
  times.sort((a, b) => a - b);
  return {
    url,
    requests: times.length,
    rps: times.length / seconds,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    non2xx,
    errors: result.errors + result.timeouts,
  };
}
