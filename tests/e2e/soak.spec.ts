import type { CDPSession, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * A bounded monkey test: random presses (taps, holds, keys, pauses) from a fixed seed, as a day of visitors
 * would. Fails on any console or page error (the fixture's guards), two narrations heard at once, a
 * "cannot play" notice (every clip here is intact), a clip reported as failing, JS heap growth after GC beyond
 * a bound, performance entries that keep growing, or a kiosk that no longer answers at the end.
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

/**
 * Watches the page from inside: how many howler sounds play at once, and whether a notice ever shows. Two at
 * once counts when two samples in a row (a frame apart) see it; a single sample is kept apart
 * (`mostInOneSample`): howler marks a sound paused or ended from a timer, so its flags can lag one frame.
 */
function installWatch() {
  const watch = { mostAtOnce: 0, mostInOneSample: 0, notices: [] as string[] };
  (window as unknown as { soakWatch: typeof watch }).soakWatch = watch;
  let previous = 0;
  const sample = () => {
    const howler = (window as unknown as { Howler?: { _howls: { _sounds: { _paused: boolean; _ended: boolean }[] }[] } }).Howler;
    const playing = howler ? howler._howls.reduce((count, howl) => count + howl._sounds.filter((sound) => !sound._paused && !sound._ended).length, 0) : 0;
    watch.mostInOneSample = Math.max(watch.mostInOneSample, playing);
    watch.mostAtOnce = Math.max(watch.mostAtOnce, Math.min(playing, previous));
    previous = playing;
    const notice = document.querySelector('[role="status"]')?.textContent;
    if (notice) watch.notices.push(notice);
  };
  setInterval(sample, 16);
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
  await page.addInitScript(installWatch);
  await page.goto('/');
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  const session = await page.context().newCDPSession(page);
  const random = seededRandom(SEED);

  let heapBefore = 0;
  let presses = 0;
  const started = Date.now();
  for (; presses < PRESSES; presses++) {
    if (presses === 100) heapBefore = await heapAfterGc(session);
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
  test.info().annotations.push({ type: 'heap', description: `JS heap after GC: ${(heapBefore / 1e6).toFixed(1)} MB after 100 presses, ${(heapAfter / 1e6).toFixed(1)} MB at the end` });
  const watch = await page.evaluate(() => (window as unknown as { soakWatch: { mostAtOnce: number; mostInOneSample: number; notices: string[] } }).soakWatch);
  test.info().annotations.push({ type: 'sounds', description: `at most ${watch.mostAtOnce} at once over two samples, ${watch.mostInOneSample} in a single sample` });
  expect(watch.mostAtOnce, 'sounds playing at once').toBeLessThanOrEqual(1);
  expect([...new Set(watch.notices)], '"cannot play" notices').toEqual([]);
  expect(audioWarnings, 'clips reported as failing').toEqual([]);
  expect(heapAfter - heapBefore, `JS heap after GC: ${(heapBefore / 1e6).toFixed(1)} MB → ${(heapAfter / 1e6).toFixed(1)} MB`).toBeLessThanOrEqual(HEAP_GROWTH_BOUND_BYTES);
});
