/**
 * Workshop mode in the browser preview: chosen items, the large question view and its flow, the idle reset
 * held off, the automatic end, the printable A4 sheet; and every facilitator and workshop button says what it shows.
 */
import { writeFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { LANGUAGES, type Language } from '../../contract/venue-config';
import { readNarrationCatalogue } from '../../scripts/voice/narration-sources';
import { expect, test, waitForIdleWarning } from './fixtures';
import { enterFacilitatorMode, holdCorner, menuButton, PIN, setPreviewPin, typePin, ui, uiOf } from './facilitator-helpers';

test.beforeEach(async ({ page }) => {
  await page.clock.install();
});

async function startWorkshopOfAct1(page: Page) {
  await enterFacilitatorMode(page);
  await menuButton(page, ui.facilitator.menu.workshop).click();
  await page.getByRole('button', { name: /^Acte 1 : / }).click();
  await expect(page.getByRole('status')).toHaveText('6 initiatives choisies');
  await menuButton(page, ui.facilitator.workshop.start).click();
}

test('a workshop goes through the chosen questions in large type, holds off the idle reset, and ends by itself', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/?idleTimeoutSeconds=15&idleWarningSeconds=20&workshopMaxMinutes=30');
  await setPreviewPin(page);
  await startWorkshopOfAct1(page);

  const marker = page.getByRole('complementary', { name: ui.workshop.inProgress });
  await expect(marker).toContainText(/Fin automatique à \d{2}:\d{2}/);
  const question = page.getByRole('heading', { level: 1 });
  // The question says "Et vous, …" once, not after a second "Et vous ?".
  await expect(question).toHaveText(/^Et vous, /);
  await expect(page.getByText(/^Question 1 sur 6 · /)).toBeVisible();
  // Readable from 3 m: at least 48 px type.
  expect(parseFloat(await question.evaluate((element) => getComputedStyle(element).fontSize))).toBeGreaterThanOrEqual(48);
  await expect(page.getByRole('button', { name: ui.workshop.previous })).toHaveCount(0);
  // The question and every control of the workshop fit the screen, without scrolling.
  await expect(question).toBeInViewport({ ratio: 1 });
  for (const button of await page.getByRole('navigation').getByRole('button').all()) await expect(button).toBeInViewport({ ratio: 1 });
  const first = await question.textContent();
  await page.getByRole('button', { name: ui.workshop.next }).click();
  await expect(page.getByText(/^Question 2 sur 6 · /)).toBeVisible();
  await expect(question).not.toHaveText(first!);
  // The page title names the question shown.
  await expect(page).toHaveTitle(`${await question.textContent()} – ${ui.app.title}`);
  await page.getByRole('button', { name: ui.workshop.previous }).click();
  await expect(question).toHaveText(first!);

  // Spoken on demand: the question's clip is fetched and decoded when asked for (it was not before).
  const clip = page.waitForRequest(/\/item\.travail-transforme\.question-[^/]*\.opus$/);
  await page.getByRole('button', { name: ui.controls.question }).click();
  await clip;

  // The list of all questions of the act; one opens in the large view.
  await page.getByRole('button', { name: ui.workshop.questions }).click();
  await expect(page.getByRole('heading', { name: 'Les questions de l\'acte 1' })).toBeVisible();
  await page.getByRole('button', { name: 'WeTechCare et CLICNJOB', exact: true }).click();
  await expect(page.getByText(/^Question 2 sur 6 · /)).toBeVisible();

  // An item opened from the workshop is the visitor's page, with the marker and the way back.
  await page.getByRole('button', { name: ui.workshop.openItem }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('WeTechCare et CLICNJOB');
  await expect(marker).toBeVisible();

  // 25 minutes of talk without a touch: no "still there?", no reset.
  for (let minute = 0; minute < 25; minute++) await page.clock.runFor(60_000);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('WeTechCare et CLICNJOB');
  await page.getByRole('button', { name: ui.workshop.backToWorkshop }).click();
  await expect(page.getByText(/^Question 2 sur 6 · /)).toBeVisible();

  // At the venue's 30 minutes, the workshop ends and the kiosk is back for visitors.
  await page.clock.runFor(6 * 60_000);
  await expect(page.getByRole('button', { name: 'Français', exact: true })).toBeVisible();
  await expect(marker).toHaveCount(0);
  // ...and the idle reset works again.
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await waitForIdleWarning(page, 'Êtes-vous encore là ?');
});

test('the workshop sheet is the chosen items on A4: pictogram, easy text, question and references, nothing else of the screen', async ({ page }) => {
  await page.goto('/');
  await setPreviewPin(page);
  await enterFacilitatorMode(page);
  await menuButton(page, ui.facilitator.menu.workshop).click();
  await page.getByRole('button', { name: 'WeTechCare et CLICNJOB', exact: true }).click();
  await page.getByRole('button', { name: 'Le numérique pour tous', exact: true }).click();
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => (window as unknown as { printed: number }).printed++;
  });
  await menuButton(page, ui.facilitator.workshop.sheet).click();
  await expect(page.getByRole('alert')).toHaveText(ui.facilitator.result.printDialog);
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator('.print-sheet');
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('heading', { level: 2 })).toHaveText(['WeTechCare et CLICNJOB', 'Le numérique pour tous']);
  await expect(sheet).toContainText('WeTechCare est une association.');
  await expect(sheet).toContainText('Et vous ?');
  await expect(sheet.locator('svg.qr-code').first()).toBeVisible();
  await expect(sheet.locator('img.sheet-pictogram')).toHaveCount(2);
  await expect(page.getByRole('button', { name: ui.facilitator.workshop.start })).toBeHidden();
  const pdf = await page.pdf({ preferCSSPageSize: true });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // A4 is 595 × 842 points.
  writeFileSync(test.info().outputPath('workshop-sheet.pdf'), pdf);
  expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 59[45]\.\d+ 84[12]\.\d+\]/);
});

const catalogue = readNarrationCatalogue();
const spokenText = (language: Language, key: string) => catalogue.find((text) => text.language === language && text.key === key)?.lines.join(' ');

/**
 * Presses a button that changes the view and waits until the new view is drawn: its heading is another element,
 * or says something else. A view whose code is still loading draws nothing at first, and its buttons would not
 * be there to be read.
 */
async function pressForNewView(page: Page, button: Locator) {
  await page.evaluate(() => {
    const heading = document.querySelector('h1');
    (window as unknown as { viewBefore: unknown }).viewBefore = { heading, text: heading?.textContent };
  });
  await button.click();
  await page.waitForFunction(() => {
    const before = (window as unknown as { viewBefore: { heading: Element | null; text?: string | null } }).viewBefore;
    const heading = document.querySelector('h1');
    return heading !== null && (heading !== before.heading || heading.textContent !== before.text);
  });
}

/** Every button is heard saying its name, except the `silent` ones, which must have no voice at all. */
async function expectEveryButtonSaysItsName(page: Page, language: Language, screen: string, silent: (name: string) => boolean = () => false) {
  const buttons = await page.getByRole('button').evaluateAll((elements) =>
    elements.map((b) => ({ name: b.getAttribute('aria-label'), clip: b.getAttribute('data-speak'), clipLanguage: b.getAttribute('data-speak-language') })),
  );
  expect(buttons.length, `${screen}: buttons found`).toBeGreaterThan(0);
  for (const button of buttons) {
    if (silent(button.name ?? '')) {
      expect(button.clip, `${screen}: "${button.name}" has no voice`).toBeNull();
      continue;
    }
    expect(button.clip, `${screen}: "${button.name}" has a clip`).toBeTruthy();
    expect(spokenText((button.clipLanguage as Language | null) ?? language, button.clip!), `${screen}: the clip ${button.clip} of "${button.name}" says its name`).toBe(button.name);
  }
}

/** A PIN typed at a kiosk in a room must not be heard by the room: the digit keys say nothing, even held. */
const isDigitKey = (name: string) => /^[0-9]$/.test(name);

for (const language of LANGUAGES) {
  test(`every facilitator and workshop button says what it shows, in ${language}`, async ({ page }) => {
    test.setTimeout(60_000);
    const strings = uiOf(language);
    await page.goto('/');
    await setPreviewPin(page);
    await page.getByRole('button', { name: strings.language.name, exact: true }).click();
    await holdCorner(page, 5_200);
    await expectEveryButtonSaysItsName(page, language, 'PIN pad', isDigitKey);
    await typePin(page, PIN, strings);
    await expect(page.getByRole('heading', { name: strings.facilitator.menu.title, level: 1 })).toBeVisible({ timeout: 30_000 });
    await expectEveryButtonSaysItsName(page, language, 'menu');
    for (const section of ['settings', 'usage', 'contentCheck', 'workshop'] as const) {
      await pressForNewView(page, menuButton(page, strings.facilitator.menu[section]));
      await expectEveryButtonSaysItsName(page, language, section);
      if (section !== 'workshop') await pressForNewView(page, page.getByRole('button', { name: strings.facilitator.menu.title }));
    }
    await page.getByRole('button', { name: new RegExp(`^${strings.home.actLabel.replace('{{number}}', '3').replace(/\{\{title\}\}.*/, '')}`) }).click();
    await pressForNewView(page, menuButton(page, strings.facilitator.workshop.start));
    await expectEveryButtonSaysItsName(page, language, 'workshop question');
    await pressForNewView(page, page.getByRole('button', { name: strings.workshop.next }));
    await expectEveryButtonSaysItsName(page, language, 'workshop question 2');
    await pressForNewView(page, page.getByRole('button', { name: strings.workshop.questions }));
    await expectEveryButtonSaysItsName(page, language, 'workshop list');
    await pressForNewView(page, page.getByRole('button', { name: strings.workshop.backToWorkshop }));
    await pressForNewView(page, page.getByRole('button', { name: strings.workshop.openItem }));
    await expectEveryButtonSaysItsName(page, language, 'item during a workshop');
  });
}
