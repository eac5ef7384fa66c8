import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, KIOSK_VIEWPORTS, test, waitForIdleWarning } from './fixtures';

async function audit(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag2aaa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  expect(results.violations.map((v) => `${screen}: ${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  // Every control can be heard before it is used: each button names the clip that says its label.
  const silent = await page.getByRole('button').evaluateAll((buttons) => buttons.filter((b) => !b.getAttribute('data-speak')).map((b) => b.getAttribute('aria-label')));
  expect(silent, `${screen}: buttons without a spoken label`).toEqual([]);
}

const variants = [
  { name: 'normal theme', contrast: false, text: 'Petit texte' },
  { name: 'normal theme at 200 % text', contrast: false, text: 'Grand texte' },
  { name: 'high contrast', contrast: true, text: 'Petit texte' },
  { name: 'high contrast at 200 % text', contrast: true, text: 'Grand texte' },
];

for (const variant of variants) {
  test(`axe finds no violation on any screen (${variant.name})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/');
    await audit(page, 'attract');
    await page.getByRole('button', { name: 'Français', exact: true }).click();
    await page.getByRole('button', { name: 'Réglages' }).click();
    await page.getByRole('button', { name: variant.text }).click();
    if (variant.contrast) await page.getByRole('button', { name: 'Contraste renforcé' }).click();
    await audit(page, 'settings');
    await page.getByRole('button', { name: 'Accueil' }).click();
    await audit(page, 'home');
    await page.getByRole('button', { name: /^Acte 1 : / }).click();
    await audit(page, 'act');
    await page.getByRole('button', { name: 'Le numérique pour tous', exact: true }).click();
    await audit(page, 'initiative');
    await page.getByRole('button', { name: 'Explication du mot illettrisme' }).click();
    await audit(page, 'lexicon');
    await page.getByRole('button', { name: "C'est compris" }).click();
    await page.getByRole('button', { name: 'Plus de détails' }).click();
    await audit(page, 'full text');
    await page.getByRole('button', { name: 'Aide' }).click();
    await audit(page, 'help');
    await page.getByRole('button', { name: 'À propos' }).click();
    await audit(page, 'about');
    await page.getByRole('button', { name: 'Retour' }).click();
    await page.getByRole('button', { name: 'Crédits' }).click();
    await audit(page, 'credits');
  });
}

for (const viewport of KIOSK_VIEWPORTS) {
  test(`axe finds no violation in Arabic, right to left (${viewport.width}×${viewport.height})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(viewport);
    await page.goto('/');
    await page.getByRole('button', { name: 'العربية', exact: true }).click();
    await audit(page, 'home ar');
    await page.getByRole('button', { name: /^الفصل 2/ }).click();
    await audit(page, 'act ar');
    await page.getByRole('button', { name: 'بيب زيب في لشبونة', exact: true }).click();
    await audit(page, 'initiative ar');
    await page.getByRole('button', { name: 'رجوع', exact: true }).click();
    await page.getByRole('button', { name: 'رجوع', exact: true }).click();
    await page.getByRole('button', { name: /^الفصل 1/ }).click();
    await page.getByRole('button', { name: 'التكنولوجيا الرقمية للجميع', exact: true }).click();
    await page.getByRole('button', { name: /^معنى كلمة/ }).first().click();
    await audit(page, 'lexicon ar');
  });

  test(`axe finds no violation at ${viewport.width}×${viewport.height}, scanning highlights and page buttons included`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(viewport);
    await page.goto('/?scanStepSeconds=1');
    await audit(page, 'attract');
    await page.getByRole('button', { name: 'Français', exact: true }).click();
    await audit(page, 'home');
    await page.getByRole('button', { name: /^Acte 1 : / }).click();
    await page.getByRole('button', { name: 'Le travail transformé', exact: true }).click();
    await page.getByRole('button', { name: 'Qui présente ?' }).click();
    await audit(page, 'initiative, presenter');
    await page.getByRole('button', { name: 'Réglages' }).click();
    await page.getByRole('button', { name: 'Grand texte' }).click();
    await page.getByRole('button', { name: 'Balayage automatique, une touche pour choisir' }).click();
    await audit(page, 'settings, large text, scanning');
    await page.getByRole('button', { name: 'Retour' }).click();
    await expect(page.getByRole('button', { name: 'Plus bas' })).toBeVisible();
    await expect(page.locator('[data-scan]').first()).toBeVisible({ timeout: 30_000 });
    await audit(page, 'initiative, large text, page buttons, scanning');
  });
}

test('axe finds no violation on the "Are you still there?" warning', async ({ page }) => {
  await page.clock.install();
  await page.goto('/?idleTimeoutSeconds=15');
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await waitForIdleWarning(page, 'Êtes-vous encore là ?');
  await audit(page, 'idle warning');
});
