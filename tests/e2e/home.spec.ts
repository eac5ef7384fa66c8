import { expect, test } from './fixtures';

test('the home screen shows the four acts as large buttons', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Les 4 actes');
  for (const number of [1, 2, 3, 4]) {
    const act = page.getByRole('button', { name: `Acte ${number}` });
    await expect(act).toBeVisible();
    const box = (await act.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(88);
    expect(box.height).toBeGreaterThanOrEqual(88);
  }
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
});
