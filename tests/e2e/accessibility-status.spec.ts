/**
 * The kiosk's own accessibility status, reachable from the home page (RGAA: Help → About): the status in words,
 * spoken with the screen, and the way to the statement — a QR code to the address the venue publishes it at
 * (`accessibilityStatementUrl`, https only), else where it is kept (the kiosk's documentation).
 */
import type { Page } from '@playwright/test';
import { expect, expectScreen, pressForNewScreen, test } from './fixtures';

async function openAbout(page: Page, query = '') {
  await page.goto(`/${query}`);
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await expectScreen(page, 'home');
  await pressForNewScreen(page.getByRole('navigation').getByRole('button', { name: 'Aide' }));
  await pressForNewScreen(page.getByRole('button', { name: 'À propos', exact: true }));
  await expectScreen(page, 'about');
}

const statementCode = (page: Page) => page.getByRole('img', { name: /déclaration d'accessibilité/ });

test('About says the kiosk is not conformant and that its statement is in the kiosk’s documentation', async ({ page }) => {
  await openAbout(page);
  const main = page.getByRole('main');
  await expect(main).toContainText("cette borne est non conforme au RGAA, car aucun audit n'a encore été fait.");
  await expect(main).toContainText("Sa déclaration d'accessibilité est dans la documentation de la borne");
  await expect(statementCode(page)).toHaveCount(0);
});

test('with the venue’s https address of the statement, About shows a QR code to it, named, with the address', async ({ page }) => {
  await openAbout(page, '?accessibilityStatementUrl=https://example.org/accessibilite');
  const code = page.getByRole('img', { name: "Code à scanner avec un téléphone pour lire la déclaration d'accessibilité : https://example.org/accessibilite" });
  await expect(code).toBeVisible();
  // Drawn at run time: dark modules on a white square.
  await expect(code.locator('path')).toHaveAttribute('d', /^M\d/);
  await expect(page.getByRole('main')).toContainText('https://example.org/accessibilite');
});

for (const value of ['http://example.org/accessibilite', 'garbage']) {
  test(`an address of the statement that is not https (${value}) is refused: a problem logged, no QR code`, async ({ page, logs }) => {
    await openAbout(page, `?accessibilityStatementUrl=${encodeURIComponent(value)}`);
    await expect(page.getByRole('main')).toContainText("cette borne est non conforme au RGAA");
    await expect(statementCode(page)).toHaveCount(0);
    expect(logs).toContain('[venue-config] warn: accessibilityStatementUrl: must be an https:// address, or null for none');
  });
}
