/**
 * An initiative laid out for a listener: a big picture; the easy text with the line and the word being said
 * marked; who presents it, the question and where to know more, each reached and heard with one press;
 * page buttons when the text does not fit.
 */
import type { Page } from '@playwright/test';
import { expect, expectNarrationEnded, expectTextScale, KIOSK_VIEWPORTS, nextFrames, pressForNewScreen, startedClips, test } from './fixtures';


const narrationKeys = (page: Page) => startedClips(page, 'narration');

const LANGUAGES = [
  {
    code: 'fr',
    name: 'Français',
    act: /^Acte 1 : /,
    item: 'Le numérique pour tous',
    longItem: 'Le travail transformé',
    easy: 'Texte facile à lire',
    sections: [
      { button: 'Qui présente ?', heading: 'Qui présente ?', clips: ['ui.controls.presenter', 'item.anlci.presenter'] },
      { button: 'Écouter la question « Et vous ? »', heading: 'Et vous ?', clips: ['ui.item.question', 'item.anlci.question'] },
      { button: 'Pour en savoir plus', heading: 'Pour en savoir plus', clips: ['ui.item.references', 'reference.anlci-site'] },
    ],
  },
  {
    code: 'ar',
    name: 'العربية',
    act: /^الفصل 1/,
    item: 'التكنولوجيا الرقمية للجميع',
    longItem: 'العمل يتغيّر',
    easy: 'نص سهل القراءة',
    sections: [
      { button: 'من يقدّم هذا؟', heading: 'من يقدّم هذا؟', clips: ['ui.controls.presenter', 'item.anlci.presenter'] },
      { button: 'الاستماع إلى السؤال «وأنتم؟»', heading: 'وأنتم؟', clips: ['ui.item.question', 'item.anlci.question'] },
      { button: 'لمعرفة المزيد', heading: 'لمعرفة المزيد', clips: ['ui.item.references'] },
    ],
  },
] as const;

for (const viewport of KIOSK_VIEWPORTS) {
  for (const language of LANGUAGES) {
    test(`each part of an initiative is one press away and is heard (${language.code}, ${viewport.width}×${viewport.height})`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.setViewportSize(viewport);
      await page.goto('/');
      await page.getByRole('button', { name: language.name, exact: true }).click();
      await page.getByRole('button', { name: language.act }).click();
      await page.getByRole('button', { name: language.item, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(language.item);
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

      // A big picture.
      const picture = (await page.getByRole('article').locator('.item-pictogram').boundingBox())!;
      expect(Math.min(picture.width, picture.height)).toBeGreaterThanOrEqual(240);

      // The line being said is marked, and the word inside it.
      const text = page.getByRole('region', { name: language.easy });
      await expect(text.locator('[aria-current="true"] mark')).toBeVisible({ timeout: 15_000 });
      await expect(text.locator('[aria-current="true"]')).toHaveCount(1);

      for (const section of language.sections) {
        await page.getByRole('button', { name: section.button, exact: true }).click();
        const part = page.getByRole('region', { name: section.heading, exact: true });
        // In view inside the scrolling text, and said.
        await expect(part).toBeInViewport();
        await expect.poll(() => narrationKeys(page), { timeout: 20_000 }).toEqual(expect.arrayContaining([...section.clips]));
      }
      // The presenter's name is marked word by word as it is said.
      await page.getByRole('button', { name: language.sections[0].button, exact: true }).click();
      await expect(page.getByRole('region', { name: language.sections[0].heading, exact: true }).locator('mark')).toBeVisible({ timeout: 20_000 });
    });

    test(`page buttons appear exactly when the text does not fit, and move it a page (${language.code}, ${viewport.width}×${viewport.height})`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.setViewportSize(viewport);
      await page.goto('/');
      await page.getByRole('button', { name: language.name, exact: true }).click();
      const down = page.getByRole('button', { name: language.code === 'fr' ? 'Plus bas' : 'إلى الأسفل' });
      const up = page.getByRole('button', { name: language.code === 'fr' ? 'Plus haut' : 'إلى الأعلى' });
      const area = page.locator('.scroll-area');
      const overflows = () => area.evaluate((element) => element.scrollHeight > element.clientHeight + 1);
      // At the usual text size, the buttons are there if and only if the text is longer than the screen.
      for (const item of [language.item, language.longItem]) {
        await page.getByRole('button', { name: language.act }).click();
        await page.getByRole('button', { name: item, exact: true }).click();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(item);
        // The page buttons follow the text's layout once it settles (fonts, pictures): they agree with it.
        await expect.poll(async () => (await down.count()) === ((await overflows()) ? 1 : 0), { message: `${item}: page buttons if and only if the text overflows` }).toBe(true);
        await page.getByRole('navigation').getByRole('button').first().click();
      }
      // With large text it never fits: a press moves it by most of a screen, and the way back opens.
      await page.getByRole('button', { name: language.code === 'fr' ? 'Réglages' : 'الإعدادات' }).click();
      await page.getByRole('button', { name: language.code === 'fr' ? 'Grand texte' : 'نص كبير' }).click();
      await page.getByRole('navigation').getByRole('button').first().click();
      await page.getByRole('button', { name: language.act }).click();
      await page.getByRole('button', { name: language.longItem, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(language.longItem);
      await expectTextScale(page, 2);
      await expect.poll(overflows, { message: 'at 200 % the text overflows' }).toBe(true);
      await expect(up).toBeDisabled();
      await expect(down).toBeEnabled();
      const height = await area.evaluate((element) => element.clientHeight);
      await down.click();
      await expect.poll(() => area.evaluate((element) => element.scrollTop)).toBeGreaterThan(height * 0.7);
      await expect(up).toBeEnabled();
      await up.click();
      await expect.poll(() => area.evaluate((element) => element.scrollTop)).toBeLessThan(2);
    });
  }
}

test('a word button in the text that the keyboard is on stays in view while the narration moves on', async ({ page }) => {
  // A small screen (400 % zoom), where the text's frame shows a few lines and the word buttons are below them.
  await page.setViewportSize({ width: 480, height: 270 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await pressForNewScreen(page.getByRole('button', { name: /^Acte 1 : / }));
  await pressForNewScreen(page.getByRole('button', { name: 'WeTechCare et CLICNJOB', exact: true }));
  const text = page.getByRole('region', { name: 'Texte facile à lire' });
  const spokenLine = () => text.locator('li').evaluateAll((lines) => lines.findIndex((line) => line.getAttribute('aria-current') === 'true'));
  await expect.poll(spokenLine, { timeout: 15_000 }).toBeGreaterThanOrEqual(0);
  const word = page.getByRole('button', { name: 'Explication du mot plateforme' });
  await word.focus();
  await expect(word).toBeInViewport({ ratio: 1 });
  const lineAtFocus = await spokenLine();
  await text.evaluate((area) => {
    area.dataset.scrolls = '0';
    area.addEventListener('scroll', () => (area.dataset.scrolls = String(Number(area.dataset.scrolls) + 1)));
  });
  // The narration reaches another line; the text would scroll to it within a frame or two. It stays put.
  await expect.poll(spokenLine, { timeout: 30_000 }).not.toBe(lineAtFocus);
  await nextFrames(page);
  await nextFrames(page);
  await expect(text).toHaveAttribute('data-scrolls', '0');
  await expect(word).toBeInViewport({ ratio: 1 });
  await expect(word).toBeFocused();
});

test('a word underlined in the text opens its explanation with a touch', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await page.getByRole('button', { name: /^Acte 1 : / }).click();
  await page.getByRole('button', { name: 'Le numérique pour tous', exact: true }).click();
  await page.getByRole('region', { name: 'Texte facile à lire' }).getByText('illettrisme', { exact: true }).first().click();
  await expect(page.getByRole('dialog', { name: 'illettrisme' })).toBeVisible();
});

test('French words inside Arabic text carry lang="fr"; headings are named by their text alone', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'العربية', exact: true }).click();
  await page.getByRole('button', { name: /^الفصل 2/ }).click();
  // The act's heading has a picture, but its name is its words only.
  await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName('الفصل 2: أشخاص يتحرّكون');
  await page.getByRole('button', { name: 'بيب زيب في لشبونة', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName('بيب زيب في لشبونة');
  // The organisation's own name follows its Arabic form, in brackets, marked as French.
  await expect(page.locator('.easy-text [lang="fr"]').first()).toContainText('BIP/ZIP');
  const latinWords = await page.locator('.easy-text .word').evaluateAll((words) => words.filter((word) => /[A-Za-z]/.test(word.textContent ?? '')).map((word) => word.getAttribute('lang')));
  expect(latinWords.length).toBeGreaterThan(0);
  expect(new Set(latinWords)).toEqual(new Set(['fr']));
});

test('focus moves to the heading of every new screen', async ({ page }) => {
  await page.goto('/');
  const heading = page.getByRole('heading', { level: 1 });
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await expect(heading).toBeFocused();
  for (const [button, title] of [
    [/^Acte 3 : /, /^Acte 3 : /],
    ['WORKING FIRST 13', 'WORKING FIRST 13'],
    ['Retour', /^Acte 3 : /],
    ['Aide', 'Aide'],
    ['Réglages', 'Réglages'],
    ['Accueil', 'Les 4 actes'],
  ] as const) {
    await page.getByRole('button', { name: button, exact: typeof button === 'string' }).click();
    await expect(heading).toHaveText(title);
    await expect(heading).toBeFocused();
  }
});

test('Pause with nothing playing says so, aloud and on screen', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await page.getByRole('button', { name: 'Réglages' }).click();
  // Once the screen has said its name, nothing plays.
  await expectNarrationEnded(page, 'ui.screen.settings');
  await page.evaluate(() => performance.clearMarks('narration-start'));
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByText('Rien ne joue en ce moment.')).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName('narration-start').map((mark) => ((mark as PerformanceMark).detail as { key: string }).key)))
    .toContain('ui.controls.nothingPlaying');
});

for (const viewport of [
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
  { width: 1280, height: 800 },
]) {
  test(`the control bar grows with 200 % text and wraps, its labels never colliding (${viewport.width}×${viewport.height})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await page.getByRole('button', { name: 'Français', exact: true }).click();
    await page.getByRole('button', { name: 'Réglages' }).click();
    await page.getByRole('button', { name: 'Grand texte' }).click();
    await expectTextScale(page, 2);
    const boxes = await page.getByRole('navigation').getByRole('button').evaluateAll((buttons) =>
      buttons.map((button) => {
        const box = button.getBoundingClientRect();
        const label = button.querySelector('.button-label')!;
        return { name: button.getAttribute('aria-label'), x: box.x, y: box.y, w: box.width, h: box.height, labelFits: label.scrollWidth <= label.clientWidth + 1 && label.getBoundingClientRect().width <= box.width };
      }),
    );
    for (const box of boxes) {
      expect(box.labelFits, `${box.name}: its label fits`).toBe(true);
      expect(box.x, `${box.name} on screen`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.w, `${box.name} on screen`).toBeLessThanOrEqual(viewport.width);
      expect(box.y + box.h, `${box.name} on screen`).toBeLessThanOrEqual(viewport.height);
    }
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
        expect(apart, `${a.name} and ${b.name} do not overlap`).toBe(true);
      }
    }
  });
}
