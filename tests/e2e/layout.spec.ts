import type { Page } from '@playwright/test';
import { expect, expectScreen, test } from './fixtures';

const SCREENS = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
];

async function checkScreen(page: Page, where: string) {
  const fits = await page.getByRole('main').evaluate((main) => main.scrollHeight <= main.clientHeight + 1);
  expect(fits, `${where}: fits without scrolling`).toBe(true);
  const boxes = await page.getByRole('button').evaluateAll((buttons) => buttons.map((b) => { const r = b.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height, name: b.getAttribute('aria-label') }; }));
  for (const box of boxes) {
    expect(box.w, `${where}: ${box.name} width`).toBeGreaterThanOrEqual(88);
    expect(box.h, `${where}: ${box.name} height`).toBeGreaterThanOrEqual(88);
  }
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      const apart = a.x + a.w + 8 <= b.x || b.x + b.w + 8 <= a.x || a.y + a.h + 8 <= b.y || b.y + b.h + 8 <= a.y;
      expect(apart, `${where}: a gap between ${a.name} and ${b.name}`).toBe(true);
    }
  }
}

for (const viewport of SCREENS) {
  test(`home and act screens fit a ${viewport.width}×${viewport.height} screen, with large, separate targets`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(viewport);
    await page.goto('/');
    // Each screen is drawn just after its sound starts: it is measured once its heading is there.
    const heading = page.getByRole('heading', { level: 1 });
    await page.getByRole('button', { name: 'Français', exact: true }).click();
    await expect(heading).toHaveText('Les 4 actes');
    await checkScreen(page, 'home');
    for (const number of [1, 2, 3, 4]) {
      await page.getByRole('button', { name: new RegExp(`^Acte ${number} : `) }).click();
      await expect(heading).toHaveText(new RegExp(`^Acte ${number} : `));
      await checkScreen(page, `act ${number}`);
      await page.getByRole('button', { name: 'Accueil' }).click();
      await expect(heading).toHaveText('Les 4 actes');
    }
  });
}

test('an initiative keeps every target at least 88 px, text at 200 % included', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await page.getByRole('button', { name: 'Réglages' }).click();
  await page.getByRole('button', { name: 'Grand texte' }).click();
  await page.getByRole('button', { name: 'Accueil' }).click();
  await page.getByRole('button', { name: /^Acte 1 : / }).click();
  await page.getByRole('button', { name: 'WeTechCare et CLICNJOB', exact: true }).click();
  await expectScreen(page, 'item/wetechcare');
  await expect(page.getByRole('button', { name: 'Plus bas' })).toBeVisible();
  for (const box of await page.getByRole('button').evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().toJSON() as DOMRect))) {
    expect(box.width).toBeGreaterThanOrEqual(88);
    expect(box.height).toBeGreaterThanOrEqual(88);
  }
});
