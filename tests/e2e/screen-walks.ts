/**
 * Walks through every kind of screen, in French or in Arabic, and runs a check on each once it is drawn: the
 * visitor's screens (as `accessibility.spec.ts` walks them for axe, the idle warning included), and the
 * facilitator's and the workshop's. Each walk returns the screens it
 * checked, so that a test can say it missed none.
 */
import type { Page } from '@playwright/test';
import { expect, expectScreen, pressForNewScreen, waitForIdleWarning } from './fixtures';
import { holdCorner, menuButton, PIN, setPreviewPin, typePin, uiOf } from './facilitator-helpers';

export type WalkLanguage = 'fr' | 'ar';
export type ScreenCheck = (screen: string) => Promise<void>;

/** The initiative of act 1 the walks open: the one with a word explained in its easy text. */
const INITIATIVE = { fr: 'Le numérique pour tous', ar: 'التكنولوجيا الرقمية للجميع' } as const;

/** The label of act `n` up to its title ("Acte 1 : "), to find its button whatever the title. */
export const actLabelStart = (language: WalkLanguage, n: number) => new RegExp(`^${uiOf(language).home.actLabel.replace('{{number}}', String(n)).replace(/\{\{title\}\}.*/, '')}`);

export const VISITOR_SCREENS = ['attract', 'home', 'act', 'initiative', 'word', 'full text', 'help', 'about', 'credits', 'settings', 'idle warning'];

/** Every kind of visitor screen, the two dialogs included, on the page's installed clock. */
export async function walkVisitorScreens(page: Page, language: WalkLanguage, check: ScreenCheck): Promise<string[]> {
  const s = uiOf(language);
  const checked: string[] = [];
  const checkScreen = async (screen: string) => {
    await check(screen);
    checked.push(screen);
  };
  await page.clock.install();
  await page.goto('/?idleTimeoutSeconds=15');
  await expectScreen(page, 'attract');
  await checkScreen('attract');
  await pressForNewScreen(page.getByRole('button', { name: s.language.name, exact: true }));
  await checkScreen('home');
  await pressForNewScreen(page.getByRole('button', { name: actLabelStart(language, 1) }));
  await checkScreen('act');
  await pressForNewScreen(page.getByRole('button', { name: INITIATIVE[language], exact: true }));
  await checkScreen('initiative');
  await page.getByRole('button', { name: new RegExp(`^${s.lexicon.open.replace(/\{\{word\}\}.*/, '')}`) }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await checkScreen('word');
  await page.getByRole('button', { name: s.controls.close, exact: true }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByRole('button', { name: s.controls.moreDetail, exact: true }).click();
  await expect(page.getByRole('region', { name: s.item.fullText })).toBeVisible();
  await checkScreen('full text');
  for (const [open, screen] of [
    [s.controls.help, 'help'],
    [s.controls.about, 'about'],
    [s.controls.back, ''],
    [s.controls.credits, 'credits'],
    [s.controls.settings, 'settings'],
  ] as const) {
    const marker = await pressForNewScreen(page.getByRole('button', { name: open, exact: true }));
    if (screen) {
      expect(marker).toBe(screen);
      await checkScreen(screen);
    }
  }
  await waitForIdleWarning(page, s.idle.stillThere);
  await checkScreen('idle warning');
  return checked;
}

export const FACILITATOR_SCREENS = [
  'PIN pad',
  'PIN refused',
  'menu',
  'workshop choices',
  'workshop choices, act chosen',
  'venue settings',
  'venue settings refused',
  'counts',
  'content check',
  'voice studio',
  'recording script',
  'session warning',
  'workshop question',
  'workshop list',
  'initiative during a workshop',
  'end of the workshop asked',
];

/**
 * Every kind of facilitator and workshop screen: the PIN pad (and a refused PIN), the menu, each section (a
 * refused setting, the counts of a visit, the content check once it has run, the voice studio and its recording
 * script), the session's warning, then a
 * workshop of act 2: its question, its list, an initiative opened from it, and the end asked.
 */
export async function walkFacilitatorScreens(page: Page, language: WalkLanguage, check: ScreenCheck): Promise<string[]> {
  const s = uiOf(language);
  const checked: string[] = [];
  const checkScreen = async (screen: string) => {
    await check(screen);
    checked.push(screen);
  };
  const heading = (name: string) => page.getByRole('heading', { level: 1, name, exact: true });
  const backToMenu = async () => {
    await page.getByRole('button', { name: s.facilitator.menu.title, exact: true }).click();
    await expect(heading(s.facilitator.menu.title)).toBeVisible();
  };
  await page.clock.install();
  await page.goto('/');
  await setPreviewPin(page);
  // A visit first, in the walk's language: the counts have a day to show.
  await pressForNewScreen(page.getByRole('button', { name: s.language.name, exact: true }));
  await holdCorner(page, 5_200);
  await expect(heading(s.facilitator.pin.title)).toBeVisible();
  await checkScreen('PIN pad');
  await typePin(page, '1357', s);
  await expect(page.getByRole('alert')).toBeVisible();
  await checkScreen('PIN refused');
  await typePin(page, PIN, s);
  await expect(heading(s.facilitator.menu.title)).toBeVisible({ timeout: 30_000 });
  await checkScreen('menu');

  await menuButton(page, s.facilitator.menu.workshop).click();
  await expect(heading(s.facilitator.menu.workshop)).toBeVisible();
  await checkScreen('workshop choices');
  await page.getByRole('button', { name: actLabelStart(language, 2) }).click();
  await expect(page.getByRole('button', { name: actLabelStart(language, 2) })).toHaveAttribute('aria-pressed', 'true');
  await checkScreen('workshop choices, act chosen');
  await backToMenu();

  await menuButton(page, s.facilitator.menu.settings).click();
  await expect(heading(s.facilitator.menu.settings)).toBeVisible();
  await checkScreen('venue settings');
  const idle = page.getByRole('spinbutton', { name: s.facilitator.settings.idleTimeoutSeconds, exact: true });
  await idle.fill('5');
  await idle.press('Enter');
  await expect(idle).toHaveAttribute('aria-invalid', 'true');
  await checkScreen('venue settings refused');
  await idle.fill('60');
  await backToMenu();

  await menuButton(page, s.facilitator.menu.usage).click();
  await expect(page.getByRole('table')).toBeVisible();
  await checkScreen('counts');
  await backToMenu();

  await menuButton(page, s.facilitator.menu.contentCheck).click();
  // Every clip is read and hashed: up to a minute on a busy machine.
  await expect(page.getByRole('status')).toHaveText(s.facilitator.check.allGood, { timeout: 60_000 });
  await checkScreen('content check');
  await backToMenu();

  await menuButton(page, s.facilitator.menu.voice).click();
  await expect(heading(s.studio.title)).toBeVisible();
  await expect(page.getByRole('article').first()).toBeVisible();
  await checkScreen('voice studio');
  await page.getByRole('button', { name: s.studio.script, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: s.studio.scriptTitle.replace(/\{\{group\}\}.*/, '') })).toBeVisible();
  await checkScreen('recording script');
  await backToMenu();

  // 10 minutes without a touch end the session: it warns first.
  await page.clock.runFor(8 * 60_000 + 40_000);
  const warning = page.getByRole('alertdialog', { name: s.idle.stillThere });
  await expect(warning).toBeVisible();
  await checkScreen('session warning');
  await warning.getByRole('button', { name: s.idle.imHere, exact: true }).click();
  await expect(warning).toHaveCount(0);

  await menuButton(page, s.facilitator.menu.workshop).click();
  await page.getByRole('button', { name: actLabelStart(language, 2) }).click();
  await menuButton(page, s.facilitator.workshop.start).click();
  await expect(page.getByText(new RegExp(`^${s.workshop.position.replace('{{number}}', '1').replace(/\{\{total\}\}.*/, '')}`))).toBeVisible();
  await checkScreen('workshop question');
  await page.getByRole('button', { name: s.workshop.questions, exact: true }).click();
  await expect(heading(s.workshop.questions)).toBeVisible();
  await checkScreen('workshop list');
  await page.getByRole('button', { name: s.workshop.backToWorkshop, exact: true }).click();
  await page.getByRole('button', { name: s.workshop.openItem, exact: true }).click();
  await expect(page.locator('[data-screen^="item/"]')).toBeAttached();
  await checkScreen('initiative during a workshop');
  await page.getByRole('button', { name: s.workshop.backToWorkshop, exact: true }).click();
  await page.getByRole('button', { name: s.workshop.end, exact: true }).click();
  await expect(page.getByRole('alertdialog', { name: s.workshop.end })).toBeVisible();
  await checkScreen('end of the workshop asked');
  return checked;
}

/** The two walks every whole-app check goes through: the visitor's screens, then the facilitator's and the workshop's. */
export const SCREEN_WALKS = [
  { side: 'visitor', walk: walkVisitorScreens, screens: VISITOR_SCREENS },
  { side: 'facilitator and workshop', walk: walkFacilitatorScreens, screens: FACILITATOR_SCREENS },
] as const;
