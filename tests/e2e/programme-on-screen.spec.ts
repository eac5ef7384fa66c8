/**
 * The whole programme, walked in every language: every act and initiative opens, shows its texts and speaks;
 * and on every screen of the walk, every button says what it shows: it is named by a clip whose text (from
 * the narration catalogue the voice pipeline synthesises) is the button's name.
 */
import type { Page } from '@playwright/test';
import type { Resource } from 'i18next';
import { LANGUAGES, type Language } from '../../contract/venue-config';
import { buildContent } from '../../domain/content/build-content';
import { clipKey, type ClipKey } from '../../domain/narration/clip-keys';
import { readContentSources, readUiResources } from '../../scripts/content-sources';
import { readNarrationCatalogue } from '../../scripts/voice/narration-sources';
import { presenterLine } from '../../domain/narration/narration-catalogue';
import { createUiText } from '../../domain/narration/ui-text';
import { expect, expectScreen, test } from './fixtures';

const { content } = buildContent(readContentSources());
const catalogue = readNarrationCatalogue();
const uiText = createUiText(readUiResources() as Resource, 'fr');

const spokenText = (language: Language, key: string) => catalogue.find((text) => text.language === language && text.key === key)?.lines.join(' ');
/** What a clip says: the name of the button it belongs to. */
function said(language: Language, key: ClipKey): string {
  const text = spokenText(language, key);
  if (text === undefined) throw new Error(`no ${language} clip ${key} in the narration catalogue`);
  return text;
}
const FULL_TEXT = { fr: 'Texte complet', en: 'Full text', es: 'Texto completo', ar: 'النص الكامل' } as const;
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function expectEveryButtonSaysItsName(page: Page, language: Language, screen: string) {
  const buttons = await page.getByRole('button').evaluateAll((elements) =>
    elements.map((b) => ({ name: b.getAttribute('aria-label'), clip: b.getAttribute('data-speak'), clipLanguage: b.getAttribute('data-speak-language') })),
  );
  expect(buttons.length, `${screen}: buttons found`).toBeGreaterThan(0);
  for (const button of buttons) {
    expect(button.clip, `${screen}: "${button.name}" has a clip`).toBeTruthy();
    const heard = spokenText((button.clipLanguage as Language | null) ?? language, button.clip!);
    expect(heard, `${screen}: the clip ${button.clip} of "${button.name}" says its name`).toBe(button.name);
  }
}

for (const language of LANGUAGES) {
  test(`every act and initiative can be seen on screen and speaks, and every button says what it shows, in ${language}`, async ({ page }) => {
    test.setTimeout(240_000);
    const control = (key: Parameters<typeof clipKey.ui>[0]) => page.getByRole('navigation').getByRole('button', { name: said(language, clipKey.ui(key)), exact: true });
    await page.goto('/');
    await expectScreen(page, 'attract');
    await expectEveryButtonSaysItsName(page, language, 'attract');
    await page.getByRole('button', { name: said(language, clipKey.ui('language.name')), exact: true }).click();
    await expectScreen(page, 'home');
    await expectEveryButtonSaysItsName(page, language, 'home');
    for (const [index, act] of content.acts.entries()) {
      const actButton = page.getByRole('button', { name: new RegExp(`${index + 1}\\s?: ?${escaped(act.text[language].title)}$`) });
      await expect(actButton).toHaveAccessibleName(said(language, clipKey.actLabel(act.id)));
      await actButton.click();
      await expectScreen(page, `act/${act.id}`);
      await expectEveryButtonSaysItsName(page, language, act.id);
      const seen: string[] = [];
      for (const [tileClip, item] of [[clipKey.aboutAct(act.id), act], ...act.initiatives.map((initiative) => [clipKey.item(initiative.id, 'title'), initiative] as const)] as const) {
        const text = item.text[language];
        await page.evaluate(() => performance.clearMarks('narration-start'));
        await page.getByRole('button', { name: said(language, tileClip), exact: true }).click();
        await expectScreen(page, `item/${item.id}`);
        seen.push(item.id);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.title);
        await expectEveryButtonSaysItsName(page, language, item.id);
        // Its narration starts: the title, then the easy-to-read text.
        await expect
          .poll(() => page.evaluate(() => performance.getEntriesByName('narration-start').map((mark) => (mark as PerformanceMark).detail.key)))
          .toContain(`item.${item.id}.title`);
        await expect(page.getByRole('listitem').filter({ hasText: text.easy[0] }).first()).toBeVisible();
        // Who presents it, with the role the page gives them (or that it names no one).
        await expect(page.getByText(presenterLine(uiText, language, text), { exact: true })).toBeVisible();
        await expect(page.getByText(text.question, { exact: true })).toBeVisible();
        for (const reference of item.references.filter((r) => r.url)) {
          await expect(page.getByRole('img', { name: new RegExp(escaped(reference.url!)) }).first()).toBeVisible();
        }
        await page.getByRole('button', { name: said(language, clipKey.ui('controls.moreDetail')) }).click();
        await expect(page.getByRole('region', { name: FULL_TEXT[language] }).getByText(text.full[0]!.slice(0, 40))).toBeVisible();
        await control('controls.back').click();
        await expectScreen(page, `act/${act.id}`);
      }
      expect(seen, `${act.id}: the act and each of its initiatives seen`).toEqual([act.id, ...act.initiatives.map((initiative) => initiative.id)]);
      await control('controls.home').click();
      await expectScreen(page, 'home');
    }
    for (const [key, marker] of [['controls.settings', 'settings'], ['controls.help', 'help']] as const) {
      await control(key).click();
      await expectScreen(page, marker);
      await expectEveryButtonSaysItsName(page, language, key);
    }
    await page.getByRole('button', { name: said(language, clipKey.ui('controls.credits')), exact: true }).click();
    await expectScreen(page, 'credits');
    await expectEveryButtonSaysItsName(page, language, 'credits');
  });
}
