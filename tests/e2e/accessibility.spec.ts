import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, waitForIdleWarning } from './fixtures';

async function audit(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag2aaa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  expect(results.violations.map((v) => `${screen}: ${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  // Every control can be heard before it is used: each button names the clip that says its label.
  const silent = await page.getByRole('button').evaluateAll((buttons) => buttons.filter((b) => !b.getAttribute('data-speak')).map((b) => b.getAttribute('aria-label')));
  expect(silent, `${screen}: buttons without a spoken label`).toEqual([]);
}

const variants = [
  { name: 'normal theme', contrast: false, text: 'Texte à 100 %' },
  { name: 'normal theme at 200 % text', contrast: false, text: 'Texte à 200 %' },
  { name: 'high contrast', contrast: true, text: 'Texte à 100 %' },
  { name: 'high contrast at 200 % text', contrast: true, text: 'Texte à 200 %' },
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
    await page.getByRole('button', { name: 'Fermer' }).click();
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

test('axe finds no violation in Arabic, right to left', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'العربية', exact: true }).click();
  await audit(page, 'home ar');
  await page.getByRole('button', { name: /^الفصل 2/ }).click();
  await page.getByRole('button', { name: 'بيب زيب في لشبونة', exact: true }).click();
  await audit(page, 'initiative ar');
});

test('axe finds no violation on the "Are you still there?" warning', async ({ page }) => {
  await page.clock.install();
  await page.goto('/?idleTimeoutSeconds=15');
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await waitForIdleWarning(page, 'Êtes-vous encore là ?');
  await audit(page, 'idle warning');
});
