/**
 * Reflow (WCAG 1.4.10, RGAA 10.11): the browser preview zoomed to 400 % (320 × 256 and 480 × 270 CSS px), the
 * review sheets or a venue's small screen. The control bar keeps one row, which scrolls sideways by itself; the
 * screen above it keeps most of the height and scrolls up and down only; every button can be reached and pressed
 * by touch, keyboard and switch. At the kiosk's own sizes the bar is as before: every button in view.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, expectScreen, KIOSK_VIEWPORTS, pressForNewScreen, test } from './fixtures';

const SMALL_VIEWPORTS = [
  { width: 320, height: 256 },
  { width: 480, height: 270 },
] as const;

const CONTROLS = ['Accueil', 'Retour', 'Écouter encore', 'Pause', 'Aide', 'Réglages'];

const bar = (page: Page) => page.getByRole('navigation', { name: 'Navigation' });

/** Wholly inside the viewport, once any scrolling that brings it there has settled: nothing of it cut off. */
async function expectWhollyInView(page: Page, element: Locator, what: string) {
  const { width, height } = page.viewportSize()!;
  const cut = async () => {
    const box = (await element.boundingBox())!;
    return [
      box.x < -0.5 && 'left edge',
      box.y < -0.5 && 'top edge',
      box.x + box.width > width + 0.5 && 'right edge',
      box.y + box.height > height + 0.5 && 'bottom edge',
    ].filter(Boolean);
  };
  await expect.poll(cut, { message: `${what}: wholly in view` }).toEqual([]);
}

/**
 * One screen at a small size: no sideways scrolling but the bar's own, the bar wholly in view and short, the
 * screen above it most of the height; every button of the screen and of the bar pressable where it is (a trial
 * click: Playwright scrolls it into view and checks that nothing covers it, without acting) and then wholly in view.
 */
async function checkSmallScreen(page: Page, where: string) {
  const { height } = page.viewportSize()!;
  const page_ = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(page_.scrollWidth, `${where}: the page does not scroll sideways`).toBeLessThanOrEqual(page_.clientWidth);
  const main = page.getByRole('main');
  const sizes = await main.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth, clientHeight: element.clientHeight }));
  expect(sizes.scrollWidth, `${where}: the screen does not scroll sideways`).toBeLessThanOrEqual(sizes.clientWidth + 1);
  expect(sizes.clientHeight, `${where}: the screen keeps most of the height`).toBeGreaterThanOrEqual(height * 0.6);
  await expectWhollyInView(page, bar(page), `${where}: the bar`);
  expect((await bar(page).boundingBox())!.height, `${where}: the bar is one row`).toBeLessThanOrEqual(height * 0.32);
  for (const button of await main.getByRole('button').all()) {
    if (await button.isDisabled()) continue;
    const name = await button.getAttribute('aria-label');
    await button.click({ trial: true, timeout: 15_000 });
    // A trial click scrolls only until the button can be hit; a visitor scrolls on until it is whole, or the
    // keyboard brings it whole (and the text then leaves it there instead of following the narration).
    await button.focus();
    await button.evaluate((element) => element.scrollIntoView({ block: 'nearest', inline: 'nearest' }));
    await expectWhollyInView(page, button, `${where}: ${name}`);
  }
  const controls = bar(page).getByRole('button');
  await expect(controls).toHaveCount(CONTROLS.length);
  for (const button of await controls.all()) {
    const name = await button.getAttribute('aria-label');
    await button.click({ trial: true, timeout: 15_000 });
    await expectWhollyInView(page, button, `${where}: ${name}`);
  }
}

for (const viewport of SMALL_VIEWPORTS) {
  test(`at ${viewport.width}×${viewport.height} (400 %) every screen reflows: the bar is one row, every button pressable`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(viewport);
    await page.goto('/');
    await page.getByRole('button', { name: 'Français', exact: true }).click();
    await expectScreen(page, 'home');
    await checkSmallScreen(page, 'home');
    // Real presses, without force: a tile, an initiative, then the bar's own buttons.
    await pressForNewScreen(page.getByRole('button', { name: /^Acte 1 : / }));
    await checkSmallScreen(page, 'act 1');
    await pressForNewScreen(page.getByRole('button', { name: 'WeTechCare et CLICNJOB', exact: true }));
    await expectScreen(page, 'item/wetechcare');
    await checkSmallScreen(page, 'initiative');
    // The text keeps a frame of its own, with its page buttons beside it.
    await expect(page.getByRole('button', { name: 'Plus bas' })).toBeEnabled();
    await pressForNewScreen(bar(page).getByRole('button', { name: 'Aide' }));
    await checkSmallScreen(page, 'help');
    await pressForNewScreen(page.getByRole('button', { name: 'À propos', exact: true }));
    await checkSmallScreen(page, 'about');
    await pressForNewScreen(bar(page).getByRole('button', { name: 'Réglages' }));
    await checkSmallScreen(page, 'settings');
    await pressForNewScreen(bar(page).getByRole('button', { name: 'Retour' }));
    await pressForNewScreen(bar(page).getByRole('button', { name: 'Accueil' }));
    await expectScreen(page, 'home');
  });
}

test('at 320×256 the keyboard reaches every button of the bar, each brought into view', async ({ page }) => {
  await page.setViewportSize(SMALL_VIEWPORTS[0]);
  await page.goto('/');
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await expectScreen(page, 'home');
  const reached: string[] = [];
  for (let press = 0; press < 20 && reached.length < CONTROLS.length; press++) {
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    if (!(await focused.evaluate((element) => element.closest('nav') !== null))) continue;
    reached.push((await focused.getAttribute('aria-label'))!);
    await expectWhollyInView(page, focused, `focused ${reached.at(-1)}`);
  }
  expect(reached).toEqual(CONTROLS);
});

test('at 320×256 scanning highlights every button of the bar in turn, each in view when highlighted', async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize(SMALL_VIEWPORTS[0]);
  // Records each button highlighted in the bar, and whether it was wholly in view at that moment.
  await page.addInitScript(() => {
    const seen: { name: string; inView: boolean }[] = [];
    (window as unknown as { highlighted: typeof seen }).highlighted = seen;
    new MutationObserver((records) => {
      for (const record of records) {
        const element = record.target as HTMLElement;
        if (element.dataset.scan !== 'item' || !element.closest('nav')) continue;
        const box = element.getBoundingClientRect();
        seen.push({ name: element.getAttribute('aria-label') ?? '', inView: box.left >= -0.5 && box.right <= innerWidth + 0.5 && box.top >= -0.5 && box.bottom <= innerHeight + 0.5 });
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-scan'] });
  });
  await page.goto('/?scanningByDefault=true&scanStepSeconds=0.5&scanMode=items');
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await expectScreen(page, 'home');
  const highlighted = () => page.evaluate(() => (window as unknown as { highlighted: { name: string; inView: boolean }[] }).highlighted);
  await expect.poll(async () => new Set((await highlighted()).map(({ name }) => name)).size, { timeout: 30_000 }).toBe(CONTROLS.length);
  expect((await highlighted()).slice(0, CONTROLS.length)).toEqual(CONTROLS.map((name) => ({ name, inView: true })));
});

for (const viewport of KIOSK_VIEWPORTS) {
  test(`at the kiosk's ${viewport.width}×${viewport.height} the bar does not scroll: every button in view at once`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await page.getByRole('button', { name: 'Français', exact: true }).click();
    await expectScreen(page, 'home');
    expect(await bar(page).evaluate((nav) => nav.scrollWidth <= nav.clientWidth)).toBe(true);
    for (const button of await bar(page).getByRole('button').all()) {
      await expectWhollyInView(page, button, (await button.getAttribute('aria-label'))!);
      expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(88);
    }
  });
}
