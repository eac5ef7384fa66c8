import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** Console errors a test provokes on purpose, so that the guards let them through: their text, and the URL they come from. */
export interface ExpectedError {
  text: RegExp;
  url?: RegExp;
}

const isExpected = (expected: ExpectedError | null, text: string, url: string) => expected !== null && expected.text.test(text) && (expected.url?.test(url) ?? true);

/** Venue settings added to every `page.goto` whose URL does not give them itself. */
export type VenueDefaults = Record<string, string>;

/** The URL with the venue defaults it does not set itself, kept relative to the app. */
export function withVenueDefaults(url: string, defaults: VenueDefaults): string {
  const parsed = new URL(url, 'http://app.invalid/');
  for (const [key, value] of Object.entries(defaults)) if (!parsed.searchParams.has(key)) parsed.searchParams.set(key, value);
  return parsed.origin === 'http://app.invalid' ? `${parsed.pathname}${parsed.search}${parsed.hash}` : parsed.href;
}

/**
 * Every end-to-end test runs with these guards: a request leaving the app's origin, a console error or
 * an uncaught exception fails the test, after it has run, with the list of what went wrong; a test lists
 * the errors it provokes itself in `expectedErrors`.
 *
 * Every page starts without the new screen's guard against double taps (it makes every click wait half a
 * second): only the tests of the guard itself turn it back on, with `test.use({ venueDefaults: {} })`.
 */
export const test = base.extend<{ venueDefaults: VenueDefaults; expectedErrors: ExpectedError | null; logs: string[]; guards: void }>({
  venueDefaults: [{ newScreenGuardSeconds: '0' }, { option: true }],
  expectedErrors: [null, { option: true }],
  page: async ({ page, venueDefaults }, use) => {
    const goto = page.goto.bind(page);
    page.goto = (url, options) => goto(withVenueDefaults(url, venueDefaults), options);
    await use(page);
  },
  logs: async ({ page }, use) => {
    const logs: string[] = [];
    page.on('console', (message) => logs.push(message.text()));
    await use(logs);
  },
  guards: [
    async ({ page, baseURL, expectedErrors }, use) => {
      const origin = new URL(baseURL!).origin;
      const problems: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) problems.push(`request left the app: ${url}`);
      });
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        if (isExpected(expectedErrors, message.text(), message.location().url)) return;
        problems.push(`console error: ${message.text()} (${message.location().url})`);
      });
      page.on('pageerror', (error) => {
        if (!isExpected(expectedErrors, error.message, '')) problems.push(`uncaught exception: ${error.message}`);
      });
      await use();
      expect(problems, 'the page stayed offline and error-free').toEqual([]);
    },
    { auto: true },
  ],
});

/** The screen drawn now: the root of the visitor screen or the attract screen, marked with its name. */
export const drawnScreen = (page: Page) => page.locator('[data-screen]');

/**
 * Waits until the screen with this marker ("home", "act/act-2", "item/wetechcare"…) is drawn: its
 * elements, not those of the screen it replaces, are what the test reads next.
 */
export async function expectScreen(page: Page, marker: string, options?: { timeout?: number }): Promise<Locator> {
  const screen = page.locator(`[data-screen="${marker}"]`);
  await explainedIfItFails(page, () => expect(screen).toBeAttached(options));
  return screen;
}

/**
 * Runs a wait for a screen; if it fails, the error says what the page was doing: the root's state (booted or
 * not, narration, guard) and the last clips started (a name said: a press taken for a hold).
 */
async function explainedIfItFails(page: Page, wait: () => Promise<void>): Promise<void> {
  try {
    await wait();
  } catch (error) {
    const state = await page.evaluate(() => ({
      at: Math.round(performance.now()),
      root: { ...document.documentElement.dataset },
      firstScreenChosen: document.querySelector('[data-first-screen-shell] [data-chosen]')?.getAttribute('aria-label') ?? null,
      clips: performance.getEntriesByName('narration-start').slice(-6).map((mark) => (mark as PerformanceMark).detail as unknown),
    }));
    throw new Error(`${(error as Error).message}\nthe page then: ${JSON.stringify(state)}`, { cause: error });
  }
}

/**
 * A touch sent through the browser's input pipeline with the times it was made, in ms on the page's clock
 * (`performance.now()`): the page is given those stamps, as a touch screen's input system gives them, whenever it
 * gets to the events. `whileDown` runs between the finger going down and coming up. With `finger`, it is sent as
 * touch events (a page with `hasTouch`), otherwise as a mouse's.
 */
export async function stampedTouch(page: Page, point: { x: number; y: number }, times: { down: number; up: number }, { whileDown, finger = false }: { whileDown?: () => Promise<void>; finger?: boolean } = {}) {
  const cdp = await page.context().newCDPSession(page);
  const origin = await page.evaluate(() => performance.timeOrigin);
  const stamp = (at: number) => (origin + at) / 1000;
  if (finger) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point], timestamp: stamp(times.down) });
    await whileDown?.();
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [], timestamp: stamp(times.up) });
  } else {
    const event = { ...point, button: 'left' as const, clickCount: 1 };
    await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...event, timestamp: stamp(times.down) });
    await whileDown?.();
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...event, timestamp: stamp(times.up) });
  }
  await cdp.detach();
}

/**
 * Runs a tap (`tap`) and returns when the page says it was made: the time stamp of its lifting, on the page's
 * clock. A second tap can then be stamped relative to it (`stampedTouch`).
 */
export async function timeOfTap(page: Page, tap: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { lastTapAt?: number };
    delete w.lastTapAt;
    window.addEventListener('pointerup', (event) => (w.lastTapAt = event.timeStamp), { capture: true, once: true });
  });
  await tap();
  const handle = await page.waitForFunction(() => (window as unknown as { lastTapAt?: number }).lastTapAt);
  return (await handle.jsonValue()) as number;
}

/** Waits two animation frames: what a press or a new screen changes has been handled and drawn by then. */
export const nextFrames = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** Presses a button that opens another screen and waits until that new screen is drawn; returns its marker. */
export async function pressForNewScreen(button: Locator): Promise<string> {
  const page = button.page();
  const before = await drawnScreen(page).getAttribute('data-screen');
  await button.click();
  await explainedIfItFails(page, () => expect(drawnScreen(page)).not.toHaveAttribute('data-screen', before ?? ''));
  return (await drawnScreen(page).getAttribute('data-screen'))!;
}

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
 * counts once the arrival narration has ended, and decoding takes real time. With `withinSeconds`, no more than
 * that much page time is let pass (5 s at a time): the warning must have come by then.
 */
export async function waitForIdleWarning(page: Page, name: string, { withinSeconds = Infinity } = {}) {
  const warning = page.getByRole('alertdialog', { name });
  let passedMs = 0;
  await expect(async () => {
    if (passedMs < withinSeconds * 1000) {
      await page.clock.fastForward(5_000);
      passedMs += 5_000;
    }
    await expect(warning, `"${name}" within ${withinSeconds} s of the page's time`).toBeVisible({ timeout: 200 });
  }).toPass({ timeout: 30_000 });
  return warning;
}

/**
 * Records, in order, every word marked as spoken inside a text; a short word can be marked for less time
 * than a poll takes, so the words are caught as the page changes. Returns a reader of the list so far.
 * With `gaps`, an empty string stands for each time no word of the text was marked (another clip playing).
 */
export async function recordSpokenWords(text: Locator, { gaps = false } = {}): Promise<() => Promise<string[]>> {
  const name = `spoken${Math.random().toString(36).slice(2)}`;
  await text.evaluate(
    (region, { listName, gaps }) => {
      const seen: string[] = [];
      (window as unknown as Record<string, string[]>)[listName] = seen;
      // With gaps, a word marked already counts as heard, so that its end is a gap.
      let last: Element | null = gaps ? region.querySelector('mark') : null;
      new MutationObserver(() => {
        const mark = region.querySelector('mark');
        if (mark && mark !== last && mark.textContent) seen.push(mark.textContent);
        if (gaps && !mark && last) seen.push('');
        last = mark;
      }).observe(region, { subtree: true, childList: true });
    },
    { listName: name, gaps },
  );
  return () => text.page().evaluate((listName) => [...(window as unknown as Record<string, string[]>)[listName]!], name);
}

/**
 * Waits until the clip with this key has played to its end by itself: the narration is idle on it (the page
 * marks its narration's state on its root). With the page's clock installed, the clock is run meanwhile,
 * since howler ends a clip on a timer.
 */
export async function expectNarrationEnded(page: Page, key: string, { runClock = false, timeout = 30_000 } = {}) {
  const root = page.locator('html');
  await expect(async () => {
    if (runClock) await page.clock.runFor(1_000);
    await expect(root).toHaveAttribute('data-narration-key', key, { timeout: 100 });
    await expect(root).toHaveAttribute('data-narration', 'idle', { timeout: 100 });
  }).toPass({ timeout });
}

/** Waits until the page is drawn at this text scale (the visitor's setting, applied to the page's root). */
export async function expectTextScale(page: Page, scale: number) {
  await expect.poll(() => page.evaluate(() => document.documentElement.style.getPropertyValue('--text-scale'))).toBe(String(scale));
}

/**
 * Installed in the page before it loads (`page.addInitScript(watchAudioSources)`): records when each audio
 * source the page starts plays, on the audio context's own clock, from its start to its natural end or to the
 * moment it is stopped. Timed by the audio clock, not by when the page hears of an end (an `ended` event comes
 * late on a busy machine). Read with `audioSources`.
 */
export function watchAudioSources() {
  type Span = { source: AudioBufferSourceNode; from: number; to: number; rate: number; what: string };
  const spans: Span[] = [];
  const byRate = new WeakMap<AudioParam, Span>();
  // A rate set just before the start (howler does) is not yet in `playbackRate.value`: the audio thread applies it.
  const rateBeforeStart = new WeakMap<AudioParam, number>();
  (window as unknown as { sourceSpans: typeof spans }).sourceSpans = spans;
  const { start, stop } = AudioBufferSourceNode.prototype;
  const { setValueAtTime } = AudioParam.prototype;
  AudioBufferSourceNode.prototype.start = function (this: AudioBufferSourceNode, when = 0, offset = 0, duration?: number) {
    const from = Math.max(when, this.context.currentTime);
    const rate = Math.abs(rateBeforeStart.get(this.playbackRate) ?? this.playbackRate.value) || 1;
    const length = Math.min(duration ?? Infinity, (this.buffer?.duration ?? 0) - offset) / rate;
    // What was started, for a report: the clip's length, and what the page said it was doing then.
    const root = document.documentElement.dataset;
    const what = `${(this.buffer?.duration ?? 0).toFixed(2)} s clip from ${offset.toFixed(2)} s, started during ${root.narration ?? '?'} ${root.narrationKey ?? ''} (last name ${root.lastName ?? 'none'})`;
    const span = { source: this, from, to: this.loop ? Infinity : from + Math.max(0, length), rate, what };
    spans.push(span);
    byRate.set(this.playbackRate, span);
    return duration === undefined ? start.call(this, when, offset) : start.call(this, when, offset, duration);
  };
  AudioBufferSourceNode.prototype.stop = function (this: AudioBufferSourceNode, when = 0) {
    const at = Math.max(when, this.context.currentTime);
    for (const span of spans) if (span.source === this) span.to = Math.min(span.to, at);
    return stop.call(this, when);
  };
  // A speed changed while a clip plays (the visitor's speech rate) moves its natural end.
  AudioParam.prototype.setValueAtTime = function (this: AudioParam, value: number, startTime: number) {
    const span = byRate.get(this);
    if (!span) rateBeforeStart.set(this, value);
    if (span && value > 0 && Number.isFinite(span.to)) {
      const at = Math.max(startTime, span.from);
      if (at < span.to) span.to = at + ((span.to - at) * span.rate) / value;
      span.rate = value;
    }
    return setValueAtTime.call(this, value, startTime);
  };
}

/**
 * What `watchAudioSources` saw so far: the sources started, the length of each time two or more played at once
 * (in ms of the audio clock), and for each of those times, what the sources playing then were.
 */
export const audioSources = (page: Page) =>
  page.evaluate(() => {
    const spans = (window as unknown as { sourceSpans: { from: number; to: number; what: string }[] }).sourceSpans;
    const edges = spans.flatMap((span) => (span.to > span.from ? [{ at: span.from, change: 1, span }, { at: span.to, change: -1, span }] : []));
    // Ends before starts at the same instant: a clip that ends as the next begins is not two at once.
    edges.sort((a, b) => a.at - b.at || a.change - b.change);
    const overlapsMs: number[] = [];
    const overlapping: string[][] = [];
    const now = new Set<(typeof spans)[number]>();
    let since = 0;
    let during: string[] = [];
    for (const { at, change, span } of edges) {
      if (now.size >= 2 && now.size + change < 2) {
        overlapsMs.push((at - since) * 1000);
        overlapping.push(during);
      }
      if (change > 0) now.add(span);
      else now.delete(span);
      if (now.size >= 2 && now.size - change < 2) {
        since = at;
        during = [...now].map((playing) => playing.what);
      }
    }
    return { sources: spans.length, overlapsMs, overlapping };
  });

/**
 * Stops the page's clock: until `resume`, scanning moves only when the test moves time, so what is highlighted
 * stays put while a key travels to the page (under load, a key sent just before a step was due reached the
 * page after it). The first attempt may find the clock already past the time asked for; it is paused by then,
 * and the second attempt cannot be in the past.
 */
async function stopTheClock(page: Page) {
  for (let attempt = 0; ; attempt++) {
    const now = await page.evaluate(() => Date.now());
    try {
      await page.clock.pauseAt(now + 100);
      return;
    } catch (error) {
      if (attempt > 0) throw error;
    }
  }
}

/** Moves the stopped clock on in short runs until the page has reached the state wanted (a scanning highlight). */
async function runClockUntil(page: Page, reached: () => Promise<boolean>) {
  for (let run = 0; run < 200; run++) {
    if (await reached()) return;
    await page.clock.runFor(100);
  }
  throw new Error('the page never reached the state wanted within 20 s of its time');
}

/** Stops the page's clock with this element highlighted by scanning (as a group or as an item). */
export async function stopTheClockOn(page: Page, element: Locator, highlight: 'group' | 'item') {
  await stopTheClock(page);
  await runClockUntil(page, async () => (await element.getAttribute('data-scan')) === highlight);
}

/** The switch, pressed with the clock stopped; a new screen is drawn a task later (a zero-delay timer). */
export async function pressTheSwitch(page: Page, key: string) {
  await page.keyboard.press(key);
  await page.clock.runFor(1);
}
