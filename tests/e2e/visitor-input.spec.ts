import type { Page } from '@playwright/test';
import { drawnScreen, expect, expectScreen, nextFrames, pressTheSwitch, stampedTouch, startedClips, stopTheClockOn, test, waitForIdleWarning } from './fixtures';

const narrationStarts = (page: Page) => startedClips(page);

test('the kiosk is fully usable with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  const french = page.getByRole('button', { name: 'Français', exact: true });
  await expect(french).toBeVisible();
  // As on every screen, focus starts on the heading; Tab goes on from there.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(french).toBeFocused();
  await page.keyboard.press('Enter');
  // Focus moves to the new screen's heading; the next Tab reaches its first button.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Les 4 actes');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /^Acte 1 : / })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('button', { name: /^Acte 2 : / })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Acte 2 : /);
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cheikh SOW');
  const focusRing = await page.getByRole('button', { name: 'Plus de détails' }).evaluate((button) => {
    button.focus();
    return getComputedStyle(button).outlineWidth;
  });
  expect(parseFloat(focusRing)).toBeGreaterThanOrEqual(4);
});

/** A press at the centre of a button, lifted `upAfterMs` after it went down, as stamped: see `stampedTouch`. */
async function stampedPress(page: Page, name: RegExp, upAfterMs: number, whileDown: () => Promise<void>) {
  const box = (await page.getByRole('button', { name }).boundingBox())!;
  const now = await page.evaluate(() => performance.now());
  await stampedTouch(page, { x: box.x + box.width / 2, y: box.y + box.height / 2 }, { down: now, up: now + upAfterMs }, { whileDown });
}

test('holding a button speaks its label without acting; a tap acts', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await expectScreen(page, 'home');
  await page.evaluate(() => performance.clearMarks('narration-start'));
  // Held: its name is said while the finger is down; lifted 900 ms after it went down (past the kiosk's 600 ms).
  await stampedPress(page, /^Acte 3 : /, 900, () => expect.poll(() => narrationStarts(page)).toContain('ui.home.actLabel.act-3'));
  await nextFrames(page);
  await expect(drawnScreen(page)).toHaveAttribute('data-screen', 'home');
  await page.getByRole('button', { name: /^Acte 3 : / }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Acte 3 : /);
});

test('a quick tap acts even when the page gets to its lifting after the hold time (a busy kiosk)', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await expectScreen(page, 'home');
  await page.evaluate(() => performance.clearMarks('narration-start'));
  // The hold time runs out on the page's clock (its name is said) before the lifting, made 100 ms after the
  // finger went down, reaches the page: a tap all the same.
  await stampedPress(page, /^Acte 3 : /, 100, () => expect.poll(() => narrationStarts(page)).toContain('ui.home.actLabel.act-3'));
  await expectScreen(page, 'act/act-3');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Acte 3 : /);
});

test('after the idle time the kiosk asks, counts down, then resets everything for the next visitor', async ({ page }) => {
  test.setTimeout(60_000);
  await page.clock.install();
  await page.goto('/?idleTimeoutSeconds=15&idleWarningSeconds=60');
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Large text' }).click();
  await page.getByRole('button', { name: 'High contrast' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');

  const warning = await waitForIdleWarning(page, 'Are you still there?');
  await expect(warning).toContainText(/Back to the start in \d+ seconds/);
  // A touch on the big button (any touch, in fact) keeps the visit going.
  const stillHere = (await warning.getByRole('button', { name: 'I am here' }).boundingBox())!;
  await page.mouse.click(stillHere.x + stillHere.width / 2, stillHere.y + stillHere.height / 2);
  await expect(warning).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');

  await waitForIdleWarning(page, 'Are you still there?');
  // The 60 s countdown runs out on the page's clock, 20 s at a time (the countdown reads the clock, not its
  // ticks): back to the attract screen.
  await expect(async () => {
    await page.clock.fastForward(20_000);
    await expectScreen(page, 'attract', { timeout: 500 });
  }).toPass({ timeout: 30_000, intervals: [100] });
  await expect(page.getByRole('button', { name: 'Français', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'normal');
  // Nothing of the visitor stays; the browser preview's venue data (PIN hash, settings, day totals) is not the visitor's.
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => !key.startsWith('kelvoa-preview:')).length + sessionStorage.length)).toBe(0);
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await page.getByRole('button', { name: 'Réglages' }).click();
  await expect(page.getByRole('button', { name: 'Petit texte' })).toHaveAttribute('aria-pressed', 'true');
});

test('the idle warning never interrupts a narration that is playing', async ({ page }) => {
  await page.clock.install();
  await page.goto('/?idleTimeoutSeconds=15');
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await page.getByRole('button', { name: /^Acte 4 : / }).click();
  await page.getByRole('button', { name: 'Marc-Henry Soulet, sociologue', exact: true }).click();
  await page.getByRole('button', { name: 'Plus de détails' }).click();
  const fullText = page.getByRole('region', { name: 'Texte complet' });
  await expect(fullText.locator('mark')).toBeVisible({ timeout: 15_000 });
  // 20 s on the page's clock, past the 15 s idle time, while the 103 s full text is heard.
  await page.clock.fastForward(20_000);
  await expect(page.locator('html')).toHaveAttribute('data-narration', 'playing');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(fullText.locator('mark')).toBeVisible();
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-narration', 'paused');
  await waitForIdleWarning(page, 'Êtes-vous encore là ?');
});

test('a venue with a single switch starts every visit in scanning mode, the language choice included', async ({ page }) => {
  test.setTimeout(60_000);
  await page.clock.install();
  await page.goto('/?scanningByDefault=true&scanStepSeconds=1.5');
  await expectScreen(page, 'attract');
  // The clock stopped on English, so that it is still the one highlighted when the switch is pressed.
  const english = page.getByRole('button', { name: 'English', exact: true });
  await stopTheClockOn(page, english, 'item');
  await expect(english).toBeFocused();
  await pressTheSwitch(page, 'Enter');
  await page.clock.resume();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The 4 acts');
});
