import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, expectScreen, expectTextScale, KIOSK_VIEWPORTS, pressForNewScreen, test, waitForIdleWarning } from './fixtures';

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
    test.setTimeout(180_000);
    await page.goto('/');
    await expectScreen(page, 'attract');
    // The attract screen is always in the venue's theme (a visit's settings end with it): audited once.
    if (variant === variants[0]) await audit(page, 'attract');
    await pressForNewScreen(page.getByRole('button', { name: 'Français', exact: true }));
    await pressForNewScreen(page.getByRole('button', { name: 'Réglages' }));
    await page.getByRole('button', { name: variant.text }).click();
    await expect(page.getByRole('button', { name: variant.text })).toHaveAttribute('aria-pressed', 'true');
    await expectTextScale(page, variant.text === 'Grand texte' ? 2 : 1);
    if (variant.contrast) {
      await page.getByRole('button', { name: 'Contraste renforcé' }).click();
      await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
    }
    await audit(page, 'settings');
    await pressForNewScreen(page.getByRole('button', { name: 'Accueil' }));
    await audit(page, 'home');
    await pressForNewScreen(page.getByRole('button', { name: /^Acte 1 : / }));
    await audit(page, 'act');
    await pressForNewScreen(page.getByRole('button', { name: 'Le numérique pour tous', exact: true }));
    await audit(page, 'initiative');
    await page.getByRole('button', { name: 'Explication du mot illettrisme' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await audit(page, 'lexicon');
    await page.getByRole('button', { name: "C'est compris" }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.getByRole('button', { name: 'Plus de détails' }).click();
    await expect(page.getByRole('region', { name: 'Texte complet' })).toBeVisible();
    await audit(page, 'full text');
    await pressForNewScreen(page.getByRole('button', { name: 'Aide' }));
    await audit(page, 'help');
    await pressForNewScreen(page.getByRole('button', { name: 'À propos' }));
    await audit(page, 'about');
    await pressForNewScreen(page.getByRole('button', { name: 'Retour' }));
    await pressForNewScreen(page.getByRole('button', { name: 'Crédits' }));
    await audit(page, 'credits');
  });
}

for (const viewport of KIOSK_VIEWPORTS) {
  test(`axe finds no violation in Arabic, right to left (${viewport.width}×${viewport.height})`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(viewport);
    await page.goto('/');
    await pressForNewScreen(page.getByRole('button', { name: 'العربية', exact: true }));
    await audit(page, 'home ar');
    await pressForNewScreen(page.getByRole('button', { name: /^الفصل 2/ }));
    await audit(page, 'act ar');
    await pressForNewScreen(page.getByRole('button', { name: 'بيب زيب في لشبونة', exact: true }));
    await audit(page, 'initiative ar');
    await pressForNewScreen(page.getByRole('button', { name: 'رجوع', exact: true }));
    await pressForNewScreen(page.getByRole('button', { name: 'رجوع', exact: true }));
    await pressForNewScreen(page.getByRole('button', { name: /^الفصل 1/ }));
    await pressForNewScreen(page.getByRole('button', { name: 'التكنولوجيا الرقمية للجميع', exact: true }));
    await page.getByRole('button', { name: /^معنى كلمة/ }).first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await audit(page, 'lexicon ar');
  });

  test(`axe finds no violation at ${viewport.width}×${viewport.height}, scanning highlights and page buttons included`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize(viewport);
    await page.goto('/?scanStepSeconds=1');
    await expectScreen(page, 'attract');
    await audit(page, 'attract');
    await pressForNewScreen(page.getByRole('button', { name: 'Français', exact: true }));
    await audit(page, 'home');
    await pressForNewScreen(page.getByRole('button', { name: /^Acte 1 : / }));
    await pressForNewScreen(page.getByRole('button', { name: 'Le travail transformé', exact: true }));
    await page.getByRole('button', { name: 'Qui présente ?' }).click();
    await audit(page, 'initiative, presenter');
    await pressForNewScreen(page.getByRole('button', { name: 'Réglages' }));
    await page.getByRole('button', { name: 'Grand texte' }).click();
    await expect(page.getByRole('button', { name: 'Grand texte' })).toHaveAttribute('aria-pressed', 'true');
    await expectTextScale(page, 2);
    await page.getByRole('button', { name: 'Balayage automatique, une touche pour choisir' }).click();
    await expect(page.getByRole('button', { name: 'Balayage automatique, une touche pour choisir' })).toHaveAttribute('aria-pressed', 'true');
    await audit(page, 'settings, large text, scanning');
    await pressForNewScreen(page.getByRole('button', { name: 'Retour' }));
    await expect(page.getByRole('button', { name: 'Plus bas' })).toBeVisible();
    // Scanning starts once the initiative has been said: its title and its easy text, about 30 s.
    await expect(page.locator('[data-scan]').first()).toBeVisible({ timeout: 60_000 });
    await audit(page, 'initiative, large text, page buttons, scanning');
  });
}

test('axe finds no violation on the "Are you still there?" warning', async ({ page }) => {
  await page.clock.install();
  await page.goto('/?idleTimeoutSeconds=15');
  await pressForNewScreen(page.getByRole('button', { name: 'Français', exact: true }));
  await waitForIdleWarning(page, 'Êtes-vous encore là ?');
  await audit(page, 'idle warning');
});
