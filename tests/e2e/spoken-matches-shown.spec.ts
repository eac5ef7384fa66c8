/**
 * What a button says when held is what it shows: every button on every screen, in every language, is named
 * by a clip whose text (from the narration catalogue the voice pipeline synthesises) is the button's name.
 */
import type { Page } from '@playwright/test';
import { LANGUAGES, type Language } from '../../contract/venue-config';
import { buildContent } from '../../domain/content/build-content';
import { clipKey, type ClipKey } from '../../domain/narration/clip-keys';
import { readContentSources } from '../../scripts/content-sources';
import { readNarrationCatalogue } from '../../scripts/voice/narration-sources';
import { expect, expectScreen, pressForNewScreen, test } from './fixtures';

const { content } = buildContent(readContentSources());
const catalogue = readNarrationCatalogue();
const spokenText = (language: Language, key: string) => catalogue.find((text) => text.language === language && text.key === key)?.lines.join(' ');
const name = (language: Language, key: ClipKey) => spokenText(language, key)!;

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
  test(`every button says what it shows, on every screen, in ${language}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await expectScreen(page, 'attract');
    await expectEveryButtonSaysItsName(page, language, 'attract');
    await pressForNewScreen(page.getByRole('button', { name: name(language, clipKey.ui('language.name')), exact: true }));
    const control = (key: Parameters<typeof clipKey.ui>[0]) => page.getByRole('navigation').getByRole('button', { name: name(language, clipKey.ui(key)), exact: true });
    await expectEveryButtonSaysItsName(page, language, 'home');
    for (const act of content.acts) {
      await page.getByRole('button', { name: name(language, clipKey.actLabel(act.id)), exact: true }).click();
      await expectScreen(page, `act/${act.id}`);
      await expectEveryButtonSaysItsName(page, language, act.id);
      for (const [tile, item] of [[clipKey.aboutAct(act.id), act], ...act.initiatives.map((initiative) => [clipKey.item(initiative.id, 'title'), initiative] as const)] as const) {
        await page.getByRole('button', { name: name(language, tile), exact: true }).click();
        await expectScreen(page, `item/${item.id}`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.text[language].title);
        await expectEveryButtonSaysItsName(page, language, item.id);
        await control('controls.back').click();
        await expectScreen(page, `act/${act.id}`);
      }
      await control('controls.home').click();
      await expectScreen(page, 'home');
    }
    for (const [screen, marker] of [['controls.settings', 'settings'], ['controls.help', 'help']] as const) {
      await control(screen).click();
      await expectScreen(page, marker);
      await expectEveryButtonSaysItsName(page, language, screen);
    }
    await page.getByRole('button', { name: name(language, clipKey.ui('controls.credits')), exact: true }).click();
    await expectScreen(page, 'credits');
    await expectEveryButtonSaysItsName(page, language, 'credits');
  });
}
