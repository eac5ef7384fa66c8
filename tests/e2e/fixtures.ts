import { test as base, expect, type Locator, type Page } from '@playwright/test';

/**
 * Every end-to-end test runs with these guards: a request leaving the app's origin, a console error or
 * an uncaught exception fails the test, after it has run, with the list of what went wrong.
 */
export const test = base.extend<{ guards: void }>({
  guards: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const problems: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) problems.push(`request left the app: ${url}`);
      });
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
      await use();
      expect(problems, 'the page stayed offline and error-free').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The two screens venues use: landscape and portrait. */
export const KIOSK_VIEWPORTS = [
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
] as const;

/** The clips started on the page so far, in order (its `narration-start` marks): on one channel, or on both. */
export function startedClips(page: Page, channel?: 'narration' | 'name'): Promise<string[]> {
  return page.evaluate(
    (wanted) =>
      performance
        .getEntriesByName('narration-start')
        .map((mark) => (mark as PerformanceMark).detail as { key: string; channel: string })
        .filter((detail) => wanted === undefined || detail.channel === wanted)
        .map((detail) => detail.key),
    channel,
  );
}

/**
 * Lets time pass on the page's installed clock until the "still there?" warning shows: the idle time only
 * counts once the arrival narration has ended, and decoding takes real time.
 */
export async function waitForIdleWarning(page: Page, name: string) {
  const warning = page.getByRole('alertdialog', { name });
  await expect(async () => {
    await page.clock.fastForward(5_000);
    await expect(warning).toBeVisible({ timeout: 200 });
  }).toPass({ timeout: 30_000 });
  return warning;
}

/** Lets time pass on the page's installed clock, a few seconds at a time, so that audio and timers both move on. */
export async function letTimePass(page: Page, seconds: number) {
  for (let passed = 0; passed < seconds; passed += 5) {
    await page.clock.fastForward(5_000);
    await page.waitForTimeout(100);
  }
}

/**
 * Records, in order, every word marked as spoken inside a text; a short word can be marked for less time
 * than a poll takes, so the words are caught as the page changes. Returns a reader of the list so far.
 */
export async function recordSpokenWords(text: Locator): Promise<() => Promise<string[]>> {
  const name = `spoken${Math.random().toString(36).slice(2)}`;
  await text.evaluate((region, listName) => {
    const seen: string[] = [];
    (window as unknown as Record<string, string[]>)[listName] = seen;
    let last: Element | null = null;
    new MutationObserver(() => {
      const mark = region.querySelector('mark');
      if (mark && mark !== last && mark.textContent) seen.push(mark.textContent);
      last = mark;
    }).observe(region, { subtree: true, childList: true });
  }, name);
  return () => text.page().evaluate((listName) => [...(window as unknown as Record<string, string[]>)[listName]!], name);
}
