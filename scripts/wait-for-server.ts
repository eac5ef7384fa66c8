/**
 * Waiting for a local server a script has just started (`vite preview` for the benchmark and the screenshots).
 */

export interface WaitForServerOptions {
  /** How long to wait in all before giving up (default 60 s). */
  timeoutMs?: number;
  /** The pause between two tries (default 200 ms). */
  intervalMs?: number;
}

/**
 * Resolves once `url` answers with a success status (2xx); asks again every `intervalMs`. Rejects after
 * `timeoutMs` with an error naming the URL, the time waited and the last answer or failure seen.
 */
export async function waitForServer(url: string, { timeoutMs = 60_000, intervalMs = 200 }: WaitForServerOptions = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  for (;;) {
    try {
      // A server that accepts the connection but never answers must not hold the wait past its deadline.
      const response = await fetch(url, { signal: AbortSignal.timeout(Math.max(1, Math.min(5_000, deadline - Date.now()))) });
      if (response.ok) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = describeFailure(error);
    }
    if (Date.now() + intervalMs > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`The server did not answer at ${url} within ${timeoutMs / 1000} s (last try: ${last})`);
}

/** fetch hides the reason (ECONNREFUSED…) in the error's cause. */
function describeFailure(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}
