import { expect, startedClips, test } from './fixtures';

test('the attract screen offers each language by its own name, and a touch opens the four acts', async ({ page }) => {
  await page.goto('/');
  for (const name of ['Français', 'English', 'Español', 'العربية']) await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Les 4 actes');
  // What the screen says is also written: its name, then the prompt.
  await expect(page.getByText('Choisissez un acte.', { exact: true })).toBeVisible();
  await expect.poll(() => startedClips(page, 'narration')).toEqual(expect.arrayContaining(['ui.screen.home', 'ui.home.intro']));
  for (const number of [1, 2, 3, 4]) {
    const act = page.getByRole('button', { name: new RegExp(`^Acte ${number} : `) });
    await expect(act).toBeVisible();
    const box = (await act.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(88);
    expect(box.height).toBeGreaterThanOrEqual(88);
  }
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
});

test('Arabic lays the kiosk out right to left', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'العربية', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('الفصول الأربعة');
  const first = (await page.getByRole('button', { name: /^الفصل 1/ }).boundingBox())!;
  const second = (await page.getByRole('button', { name: /^الفصل 2/ }).boundingBox())!;
  expect(first.x).toBeGreaterThan(second.x);
});
