/**
 * A dialog holds the visitor: while a word's explanation (or "Are you still there?") is open, the page behind
 * is inert — Tab, a touch and scanning reach only the dialog — and focus returns where it was when it closes.
 */
import type { Page } from '@playwright/test';
import { expect, KIOSK_VIEWPORTS, test } from './fixtures';

const LANGUAGES = [
  { code: 'fr', name: 'Français', act: /^Acte 1 : /, item: 'Le numérique pour tous', word: 'Explication du mot illettrisme', dialog: 'illettrisme', close: "C'est compris", home: 'Accueil' },
  { code: 'ar', name: 'العربية', act: /^الفصل 1/, item: 'التكنولوجيا الرقمية للجميع', word: /^معنى كلمة/, dialog: null, close: 'فهمت', home: 'الصفحة الرئيسية' },
] as const;

async function openInitiative(page: Page, language: (typeof LANGUAGES)[number], query = '') {
  await page.goto(`/${query}`);
  await page.getByRole('button', { name: language.name, exact: true }).click();
  await page.getByRole('button', { name: language.act }).click();
  await page.getByRole('button', { name: language.item, exact: true }).click();
}

for (const viewport of KIOSK_VIEWPORTS) {
  for (const language of LANGUAGES) {
    test(`the word dialog keeps focus inside and gives it back (${language.code}, ${viewport.width}×${viewport.height})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await openInitiative(page, language);
      const wordButton = page.getByRole('button', { name: language.word }).first();
      await wordButton.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      if (language.dialog) await expect(dialog).toHaveAccessibleName(language.dialog);
      // Focus is in the dialog, and Tab never leaves it for the controls behind.
      await expect(dialog.getByRole('button', { name: language.close })).toBeFocused();
      for (let press = 0; press < 6; press++) {
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.querySelector('dialog:modal')?.contains(document.activeElement) ?? false), `Tab ${press + 1} stays in the dialog`).toBe(true);
      }
      // The page behind does not answer a touch: a tap on Home does nothing while the dialog is open.
      const home = (await page.getByRole('navigation').getByRole('button', { name: language.home }).boundingBox())!;
      await page.mouse.click(home.x + home.width / 2, home.y + home.height / 2);
      await expect(dialog).toBeVisible();
      await expect(page.getByRole('article')).toBeVisible();
      // Closing gives focus back to the button that opened it.
      await dialog.getByRole('button', { name: language.close }).click();
      await expect(dialog).toHaveCount(0);
      await expect(wordButton).toBeFocused();
      // Escape closes it too, with the same return.
      await wordButton.press('Enter');
      await expect(dialog).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
      await expect(wordButton).toBeFocused();
    });
  }
}

test('scanning visits only the dialog while it is open', async ({ page }) => {
  test.setTimeout(60_000);
  await page.clock.install();
  await openInitiative(page, LANGUAGES[0], '?scanStepSeconds=1');
  await page.getByRole('button', { name: 'Réglages' }).click();
  await page.getByRole('button', { name: 'Balayage automatique, une touche pour choisir' }).click();
  await page.getByRole('button', { name: 'Retour' }).click();
  // An underlined word in the text answers a touch, as its button below does.
  await page.getByRole('region', { name: 'Texte facile à lire' }).locator('[data-lexicon-id="illettrisme"]').first().click();
  const dialog = page.getByRole('dialog', { name: 'illettrisme' });
  await expect(dialog).toBeVisible();
  const close = dialog.getByRole('button', { name: "C'est compris" });
  await expect(close).toHaveAttribute('data-scan', 'item', { timeout: 30_000 });
  // Every highlight of the next four scan steps (on the page's clock), wherever it falls.
  await page.evaluate(() => {
    const outside: string[] = [];
    (window as unknown as { outside: string[] }).outside = outside;
    new MutationObserver((records) => {
      for (const { target } of records) {
        if (target instanceof Element && target.hasAttribute('data-scan') && !target.closest('dialog')) outside.push(target.getAttribute('aria-label') ?? target.tagName);
      }
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-scan'] });
  });
  await page.clock.runFor(4_000);
  await expect(close).toHaveAttribute('data-scan', 'item');
  expect(await page.evaluate(() => (window as unknown as { outside: string[] }).outside), 'nothing behind the dialog is highlighted').toEqual([]);
  expect(await page.evaluate(() => [...document.querySelectorAll('[data-scan]')].filter((element) => !element.closest('dialog')).length)).toBe(0);
  await page.keyboard.press('Space');
  await expect(dialog).toHaveCount(0);
});
