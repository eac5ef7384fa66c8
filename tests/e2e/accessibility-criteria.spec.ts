import type { Page } from '@playwright/test';
import { expect, expectScreen, pressForNewScreen, test, waitForIdleWarning } from './fixtures';

/**
 * Page-level facts the criterion matrix (docs/accessibility-matrix.md) rests on, beyond the axe audits:
 * what every screen is, and what kinds of content the kiosk does not have, so that "not applicable" is
 * proven rather than asserted.
 */

const LANGUAGES = [
  { name: 'Français', lang: 'fr', dir: 'ltr' },
  { name: 'English', lang: 'en', dir: 'ltr' },
  { name: 'Español', lang: 'es', dir: 'ltr' },
  { name: 'العربية', lang: 'ar', dir: 'rtl' },
];

test('every screen is one HTML document with a doctype, the kiosk’s title, and the visit’s language and direction', async ({ page }) => {
  for (const language of LANGUAGES) {
    await page.goto('/');
    expect(await page.evaluate(() => document.doctype?.name)).toBe('html');
    await expect(page).toHaveTitle('Rencontres Kelvoa Marseille 2016');
    await pressForNewScreen(page.getByRole('button', { name: language.name, exact: true }));
    await expect(page.locator('html')).toHaveAttribute('lang', language.lang);
    await expect(page.locator('html')).toHaveAttribute('dir', language.dir);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  }
});

test('the page title names the screen shown, then the kiosk', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await expect(page).toHaveTitle('Les 4 actes – Rencontres Kelvoa Marseille 2016');
  await page.getByRole('button', { name: /^Acte 1 : / }).click();
  await page.getByRole('button', { name: 'Le numérique pour tous', exact: true }).click();
  await expect(page).toHaveTitle('Le numérique pour tous – Rencontres Kelvoa Marseille 2016');
  await page.getByRole('button', { name: 'Aide', exact: true }).click();
  await expectScreen(page, 'help');
  const help = await page.getByRole('heading', { level: 1 }).textContent();
  await expect(page).toHaveTitle(`${help} – Rencontres Kelvoa Marseille 2016`);
});

/** Content kinds whose RGAA and WCAG criteria the matrix marks "not applicable". */
const ABSENT = {
  'frame (RGAA 2)': 'iframe, frame',
  'video or embedded media (RGAA 4, WCAG 1.2)': 'video, object, embed, canvas',
  'data or layout table (RGAA 5)': 'table, [role=table], [role=grid]',
  'link (RGAA 6, WCAG 2.4.4)': 'a[href], [role=link]',
  'form field (RGAA 11, WCAG 3.3)': 'input, select, textarea, [role=textbox], [role=combobox], form',
};

async function expectNone(page: Page, screen: string) {
  for (const [kind, selector] of Object.entries(ABSENT)) expect(await page.locator(selector).count(), `${screen}: no ${kind}`).toBe(0);
}

/** Every kind of screen a visitor can reach, the two dialogs included; `check` runs on each, once it is drawn. */
async function forEveryScreen(page: Page, check: (page: Page, screen: string) => Promise<void>) {
  const checked: string[] = [];
  const checkScreen = async (screen: string) => {
    await check(page, screen);
    checked.push(screen);
  };
  await page.clock.install();
  await page.goto('/?idleTimeoutSeconds=15');
  await expectScreen(page, 'attract');
  await checkScreen('attract');
  await pressForNewScreen(page.getByRole('button', { name: 'Français', exact: true }));
  await checkScreen('home');
  await pressForNewScreen(page.getByRole('button', { name: /^Acte 1 : / }));
  await checkScreen('act');
  await pressForNewScreen(page.getByRole('button', { name: 'Le numérique pour tous', exact: true }));
  await checkScreen('initiative');
  await page.getByRole('button', { name: 'Explication du mot illettrisme' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await checkScreen('word');
  await page.getByRole('button', { name: "C'est compris" }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByRole('button', { name: 'Plus de détails' }).click();
  await expect(page.getByRole('region', { name: 'Texte complet' })).toBeVisible();
  await checkScreen('full text');
  for (const [open, screen] of [['Aide', 'help'], ['À propos', 'about'], ['Retour', ''], ['Crédits', 'credits'], ['Réglages', 'settings']] as const) {
    const marker = await pressForNewScreen(page.getByRole('button', { name: open, exact: true }));
    if (screen) {
      expect(marker).toBe(screen);
      await checkScreen(screen);
    }
  }
  await waitForIdleWarning(page, 'Êtes-vous encore là ?');
  await checkScreen('idle warning');
  expect(checked, 'every screen checked').toEqual(['attract', 'home', 'act', 'initiative', 'word', 'full text', 'help', 'about', 'credits', 'settings', 'idle warning']);
}

test('no screen has a frame, a video, a table, a link or a form field', async ({ page }) => {
  test.setTimeout(60_000);
  await forEveryScreen(page, expectNone);
});

test('every button of every screen, dialogs included, is at least 88 × 88 px (WCAG 2.5.5 asks 44)', async ({ page }) => {
  test.setTimeout(60_000);
  await forEveryScreen(page, async (current, screen) => {
    const small = await current.getByRole('button').evaluateAll((buttons) =>
      buttons.map((button) => ({ name: button.getAttribute('aria-label'), box: button.getBoundingClientRect() })).filter(({ box }) => box.width < 88 || box.height < 88).map(({ name, box }) => `${name}: ${Math.round(box.width)}×${Math.round(box.height)}`),
    );
    expect(small, `${screen}: buttons under 88 px`).toEqual([]);
  });
});

test('the attract screen’s moving hand stands still for visitors who ask their system for less motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  // The app's own attract screen: the build's first screen, shown until the app is there, never moves its hand.
  const hand = (await expectScreen(page, 'attract')).locator('.attract-hand');
  await expect(hand).toBeVisible();
  await expect(hand).toHaveCSS('animation-name', 'none');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await expect(hand).not.toHaveCSS('animation-name', 'none');
});

test.describe('with the visitor’s own style sheet', () => {
  // The kiosk's CSP refuses inline styles; a user style sheet is not the page's, so the test lifts it.
  test.use({ bypassCSP: true });

  test('text spacing raised to WCAG’s values (1.4.12) hides no text on the home, act, initiative and settings screens', async ({ page }) => {
    await page.goto('/');
    await pressForNewScreen(page.getByRole('button', { name: 'Français', exact: true }));
    await page.addStyleTag({ content: '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }' });
    const hiddenText = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((element) => {
            const style = getComputedStyle(element);
            const clips = [style.overflowX, style.overflowY].some((overflow) => overflow === 'hidden' || overflow === 'clip') || style.textOverflow === 'ellipsis';
            return clips && element.textContent!.trim() !== '' && (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1);
          })
          .map((element) => element.textContent!.trim().slice(0, 60)),
      );
    expect(await hiddenText(), 'home').toEqual([]);
    await pressForNewScreen(page.getByRole('button', { name: /^Acte 1 : / }));
    expect(await hiddenText(), 'act').toEqual([]);
    await pressForNewScreen(page.getByRole('button', { name: 'Le numérique pour tous', exact: true }));
    expect(await hiddenText(), 'initiative').toEqual([]);
    await pressForNewScreen(page.getByRole('button', { name: 'Réglages' }));
    expect(await hiddenText(), 'settings').toEqual([]);
  });
});

test('a quotation in a full text is marked as a quotation, and its words are still highlighted one by one', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await page.getByRole('button', { name: /^Acte 1 : / }).click();
  await page.getByRole('button', { name: 'Le travail transformé', exact: true }).click();
  await page.getByRole('button', { name: 'Plus de détails' }).click();
  const quotation = page.getByRole('region', { name: 'Texte complet' }).locator('q').first();
  await expect(quotation).toContainText('« Avant toute chose, il nous semble indispensable');
  // Its quotation marks are the text's own: the browser adds none.
  expect(await quotation.evaluate((q) => getComputedStyle(q, '::before').content)).toBe('none');
  await expect(quotation.locator('.word').first()).toHaveText('«');
});
