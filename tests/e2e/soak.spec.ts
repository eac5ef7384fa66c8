import type { CDPSession, Page } from '@playwright/test';
import { audioSources, expect, test, watchAudioSources } from './fixtures';

/**
 * A bounded monkey test: random presses (taps, holds, keys, pauses) from a fixed seed, as a day of visitors
 * would. Fails on any console or page error (the fixture's guards), two sounds at once for longer than a
 * clip's 30 ms tail (counted at the Web Audio level), a "cannot play" notice (every clip here is intact), a
 * clip reported as failing, JS heap growth after GC beyond a bound, performance entries that keep growing, or
 * a kiosk that no longer answers at the end.
 */
/**
 * The same presses every run, whatever the machine's speed: the suite's 600 take about 35 s on an idle
 * 2-core machine; a longer soak is `SOAK_PRESSES=10000 npx playwright test soak`.
 */
const PRESSES = Number(process.env.SOAK_PRESSES ?? 600);
const SEED = 20_160_613;
/** JS heap growth allowed between the warmed-up kiosk and the end, after garbage collection. */
const HEAP_GROWTH_BOUND_BYTES = 4 * 1024 * 1024;
const KEYS = ['Tab', 'Shift+Tab', 'ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'Enter', 'Space', 'Escape'] as const;

/** mulberry32: a small seeded generator, so a failure can be replayed press for press. */
function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Watches the page from inside: whether a "cannot play" notice ever shows. */
function installNoticeWatch() {
  const notices: string[] = [];
  (window as unknown as { soakNotices: string[] }).soakNotices = notices;
  setInterval(() => {
    const notice = document.querySelector('[role="status"]')?.textContent;
    if (notice) notices.push(notice);
  }, 16);
}

async function heapAfterGc(session: CDPSession): Promise<number> {
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  return ((await session.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
}

/** The centre of one of the buttons a finger could touch now (inside the viewport), chosen by `choice` ∈ [0, 1). */
function touchableButton(page: Page, choice: number) {
  return page.evaluate((at) => {
    const boxes = [...document.querySelectorAll('button')]
      .map((button) => button.getBoundingClientRect())
      .filter((box) => box.width > 0 && box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth);
    const box = boxes[Math.floor(at * boxes.length)];
    return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
  }, choice);
}

/** A finger's touch at a point: down, optionally held, up. Sent straight to the browser's input pipeline. */
async function touch(session: CDPSession, x: number, y: number, holdMs: number) {
  const event = { x, y, button: 'left' as const, clickCount: 1 };
  const down = session.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...event });
  if (holdMs > 0) {
    await down;
    await new Promise((resolve) => setTimeout(resolve, holdMs));
  }
  await Promise.all([down, session.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...event })]);
}

test('600 random presses, holds, keys and pauses: one voice at a time, no error, no false notice, bounded memory, still answering', async ({ page }) => {
  test.setTimeout(Math.max(240_000, PRESSES * 400));
  const audioWarnings: string[] = [];
  page.on('console', (message) => {
    if (message.text().startsWith('[audio]')) audioWarnings.push(message.text());
  });
  await page.addInitScript(installNoticeWatch);
  await page.addInitScript(watchAudioSources);
  await page.goto('/');
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  const session = await page.context().newCDPSession(page);
  const random = seededRandom(SEED);

  let heapBefore = 0;
  const heapEveryThousand: string[] = [];
  let presses = 0;
  const started = Date.now();
  for (; presses < PRESSES; presses++) {
    if (presses === 100) heapBefore = await heapAfterGc(session);
    if (presses > 0 && presses % 1000 === 0) heapEveryThousand.push(`${presses}: ${((await heapAfterGc(session)) / 1e6).toFixed(1)} MB`);
    const roll = random();
    const choice = random();
    if (roll < 0.01) {
      await page.waitForTimeout(500 + choice * 1500);
      continue;
    }
    if (roll < 0.09) {
      await page.keyboard.press(KEYS[Math.floor(choice * KEYS.length)]!);
      continue;
    }
    const target = await touchableButton(page, choice);
    // A hold says the button's name; a tap acts.
    if (target) await touch(session, target.x, target.y, roll < 0.12 ? 700 : 0);
  }
  test.info().annotations.push({ type: 'soak', description: `${presses} presses in ${((Date.now() - started) / 1000).toFixed(0)} s` });

  expect(await page.evaluate(() => performance.getEntriesByName('narration-start').length), 'narration marks kept').toBeLessThanOrEqual(100);
  expect(await page.evaluate(() => performance.getEntries().length), 'performance entries').toBeLessThanOrEqual(1000);

  // A visit from the start still works: the four acts show and are spoken.
  await page.evaluate(() => performance.clearMarks('narration-start'));
  const home = page.getByRole('button', { name: 'Accueil' });
  const french = page.getByRole('button', { name: 'Français', exact: true });
  await page.keyboard.press('Escape');
  await expect(home.or(french)).toBeVisible();
  await (await french.isVisible() ? french : home).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Les 4 actes');
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('narration-start').map((mark) => (mark as PerformanceMark).detail.key as string))).toContain('ui.screen.home');

  const heapAfter = await heapAfterGc(session);
  test.info().annotations.push({
    type: 'heap',
    description: `JS heap after GC: ${(heapBefore / 1e6).toFixed(1)} MB after 100 presses, ${(heapAfter / 1e6).toFixed(1)} MB at the end${heapEveryThousand.length > 0 ? `; every 1,000 presses: ${heapEveryThousand.join(', ')}` : ''}`,
  });
  const sources = await audioSources(page);
  const notices = await page.evaluate(() => (window as unknown as { soakNotices: string[] }).soakNotices);
  const longest = Math.max(0, ...sources.overlapsMs);
  test.info().annotations.push({ type: 'sounds', description: `${sources.sources} audio sources started; two at once ${sources.overlapsMs.length} times, the longest ${longest.toFixed(0)} ms` });
  // At most the tail of one clip (30 ms) as the next starts.
  const overlaps = sources.overlapsMs.flatMap((ms, index) => (ms > 30 ? [`${Math.round(ms)} ms: ${sources.overlapping[index]!.join(' | ')}`] : []));
  expect(overlaps, 'two sounds at once for more than 30 ms').toEqual([]);
  expect([...new Set(notices)], '"cannot play" notices').toEqual([]);
  expect(audioWarnings, 'clips reported as failing').toEqual([]);
  expect(heapAfter - heapBefore, `JS heap after GC: ${(heapBefore / 1e6).toFixed(1)} MB → ${(heapAfter / 1e6).toFixed(1)} MB`).toBeLessThanOrEqual(HEAP_GROWTH_BOUND_BYTES);
});
