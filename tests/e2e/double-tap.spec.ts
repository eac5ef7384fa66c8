/**
 * The guard against double taps: the second tap of a quick double tap (or a trembling finger) never lands on
 * what appeared under it on the new screen. A venue may lengthen the guard, or turn it off.
 */
import type { Page } from '@playwright/test';
import { expect, expectScreen, KIOSK_VIEWPORTS, nextFrames, stampedTouch, test, timeOfTap } from './fixtures';

// These tests are about the guard itself: each page keeps the venue's guard (or the one its URL gives).
test.use({ venueDefaults: {} });

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/**
 * Waits until the screen with this marker is drawn (its guard starts as it is drawn), then until its guard is
 * over: touches are taken again.
 */
async function guardOver(page: Page, screen: string) {
  await expectScreen(page, screen);
  await expect(page.locator('html')).not.toHaveAttribute('data-new-screen', 'guarded');
}

/** Where a finger touches a tile's picture: across its middle, above its label. */
async function tilePicture(page: Page, name: RegExp | string) {
  const box = (await page.getByRole('button', { name, exact: typeof name === 'string' }).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height * 0.4 };
}

/**
 * Two taps on a tile's picture, the second `gapMs` after the first, as a hurried or trembling finger makes them.
 * The second is sent once the first has opened its screen (`nextScreen`), as on the kiosk, where a screen is
 * drawn well within such a gap; it carries the time it was made, so that a test machine slow to send it cannot
 * make it later than it was.
 */
async function doubleTap(page: Page, name: RegExp | string, gapMs: number, nextScreen: string) {
  const { x, y } = await tilePicture(page, name);
  const firstAt = await timeOfTap(page, () => page.mouse.click(x, y));
  await expectScreen(page, nextScreen);
  await stampedTouch(page, { x, y }, { down: firstAt + gapMs, up: firstAt + gapMs });
  await nextFrames(page);
  return { x, y };
}

/** The name of the button now under a point, so the test knows the second tap had something to land on. */
const buttonAt = (page: Page, x: number, y: number) =>
  page.evaluate(([px, py]) => {
    const root = document.documentElement;
    // Looked up as if no guard were on: the question is what the finger is over.
    const guarded = root.dataset.newScreen;
    delete root.dataset.newScreen;
    const label = document.elementFromPoint(px!, py!)?.closest('button')?.getAttribute('aria-label') ?? null;
    if (guarded) root.dataset.newScreen = guarded;
    return label;
  }, [x, y]);

for (const viewport of KIOSK_VIEWPORTS) {
  for (const language of [
    { code: 'fr', name: 'Français', act1: /^Acte 1 : /, act1Heading: /^Acte 1 : / },
    { code: 'ar', name: 'العربية', act1: /^الفصل 1/, act1Heading: /^الفصل 1/ },
  ]) {
    test(`a quick second tap on a new screen is ignored (${language.code}, ${viewport.width}×${viewport.height})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      // The default guard (its length is measured below).
      await page.goto('/');
      await page.getByRole('button', { name: language.name, exact: true }).click();
      await guardOver(page, 'home');
      for (const gap of [90, 250]) {
        const { x, y } = await doubleTap(page, language.act1, gap, 'act/act-1');
        await expect(heading(page)).toHaveText(language.act1Heading);
        // There is a tile where the finger came down the second time, and it was not opened.
        expect(await buttonAt(page, x, y)).not.toBeNull();
        await guardOver(page, 'act/act-1');
        await expect(heading(page)).toHaveText(language.act1Heading);
        await page.getByRole('button', { name: language.code === 'fr' ? 'Accueil' : 'الصفحة الرئيسية' }).click();
        await guardOver(page, 'home');
      }
    });
  }
}

test('without the guard the same double tap would jump a level: the guard is what protects', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?newScreenGuardSeconds=0');
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await expectScreen(page, 'home');
  await doubleTap(page, /^Acte 1 : /, 150, 'act/act-1');
  // The second tap opened whatever had appeared under the finger: an initiative, one level too deep.
  await expect(page.getByRole('article')).toBeVisible();
});

test('the default guard lasts half a second; then touches are taken again', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  // The page records when the guard starts and ends, on its own clock.
  await page.evaluate(() => {
    const log: { event: 'tap' | 'on' | 'off'; at: number }[] = [];
    (window as unknown as { guardLog: typeof log }).guardLog = log;
    window.addEventListener('pointerup', (event) => log.push({ event: 'tap', at: event.timeStamp }), true);
    new MutationObserver(() => log.push({ event: 'newScreen' in document.documentElement.dataset ? 'on' : 'off', at: performance.now() })).observe(document.documentElement, { attributes: true, attributeFilter: ['data-new-screen'] });
  });
  await guardOver(page, 'home');
  // The home screen's own guard may have been logged (if it was drawn after the log began): only what follows counts.
  await page.evaluate(() => (window as unknown as { guardLog: unknown[] }).guardLog.splice(0));
  const { x, y } = await tilePicture(page, /^Acte 2 : /);
  const firstTapAt = await timeOfTap(page, () => page.mouse.click(x, y));
  await expect(heading(page)).toHaveText(/^Acte 2 : /);
  expect(await buttonAt(page, x, y)).not.toBeNull();
  // The second tap of a double tap, made 100 ms after the first: stamped with that time, so that a test machine
  // slow to send it cannot turn it into a late tap made after the guard.
  await stampedTouch(page, { x, y }, { down: firstTapAt + 100, up: firstTapAt + 100 });
  await nextFrames(page);
  await expect(heading(page)).toHaveText(/^Acte 2 : /);
  await guardOver(page, 'act/act-2');
  // After the guard, the same place answers at once.
  await page.mouse.click(x, y);
  await expect(heading(page)).not.toHaveText(/^Acte 2 : /);
  const log = await page.evaluate(() => (window as unknown as { guardLog: { event: string; at: number }[] }).guardLog);
  const on = log.findIndex((entry) => entry.event === 'on');
  const tap = log.slice(0, on).findLast((entry) => entry.event === 'tap')!;
  const off = log.slice(on).find((entry) => entry.event === 'off')!;
  // From the tap that opened the screen to the moment touches are taken again: at least the guard.
  const sinceTap = off.at - tap.at;
  // From the screen drawn (the guard on) to the guard off: the guard itself, whatever time the drawing took.
  const guardOn = off.at - log[on]!.at;
  console.log(`guard measured: on for ${guardOn.toFixed(0)} ms, touches ignored for ${sinceTap.toFixed(0)} ms after the tap that opened the screen (default setting: 500 ms)`);
  expect(sinceTap).toBeGreaterThanOrEqual(500);
  // A timer fires late on a busy machine (a few milliseconds on an idle one): the bound leaves room for that.
  expect(guardOn).toBeLessThan(1500);
});

test('a touch made inside the guard is dropped even when the page gets to it after the guard has run out', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await page.evaluate(() => {
    const starts: number[] = [];
    (window as unknown as { guardStarts: number[] }).guardStarts = starts;
    new MutationObserver(() => {
      if ('newScreen' in document.documentElement.dataset) starts.push(performance.now());
    }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-new-screen'] });
  });
  await guardOver(page, 'home');
  const { x, y } = await tilePicture(page, /^Acte 2 : /);
  await page.mouse.click(x, y);
  await expect(heading(page)).toHaveText(/^Acte 2 : /);
  await guardOver(page, 'act/act-2');
  expect(await buttonAt(page, x, y)).not.toBeNull();
  // A second tap made 100 ms into the guard, reaching the page only now (a machine busy for longer than the
  // guard): the browser is given the touch's own time, as the input system stamps it.
  const madeAt = await page.evaluate(() => (window as unknown as { guardStarts: number[] }).guardStarts.at(-1)! + 100);
  await stampedTouch(page, { x, y }, { down: madeAt, up: madeAt });
  await nextFrames(page);
  await expect(heading(page)).toHaveText(/^Acte 2 : /);
  // The same place, touched now, answers.
  await page.mouse.click(x, y);
  await expect(heading(page)).not.toHaveText(/^Acte 2 : /);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true });
  test('a double tap with a finger opens one level only', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Français', exact: true }).tap();
    await guardOver(page, 'home');
    const box = (await page.getByRole('button', { name: /^Acte 3 : / }).boundingBox())!;
    const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const firstAt = await timeOfTap(page, () => page.touchscreen.tap(point.x, point.y));
    await expect(heading(page)).toHaveText(/^Acte 3 : /);
    // The second tap, made 120 ms after the first, as stamped (see doubleTap).
    await stampedTouch(page, point, { down: firstAt + 120, up: firstAt + 170 }, { finger: true });
    await nextFrames(page);
    await expect(heading(page)).toHaveText(/^Acte 3 : /);
    // Once the guard is over, whatever the second tap did has been done: it opened nothing.
    await guardOver(page, 'act/act-3');
    await expect(heading(page)).toHaveText(/^Acte 3 : /);
  });
});
