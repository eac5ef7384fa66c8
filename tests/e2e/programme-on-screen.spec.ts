import type { Resource } from 'i18next';
import { LANGUAGES } from '../../contract/venue-config';
import { buildContent } from '../../domain/content/build-content';
import { readContentSources, readUiResources } from '../../scripts/content-sources';
import { presenterLine } from '../../domain/narration/narration-catalogue';
import { createUiText } from '../../domain/narration/ui-text';
import { expect, expectScreen, test } from './fixtures';

const { content } = buildContent(readContentSources());
const LANGUAGE_NAMES = { fr: 'Français', en: 'English', es: 'Español', ar: 'العربية' } as const;
const MORE_DETAIL = { fr: 'Plus de détails', en: 'More detail', es: 'Más detalles', ar: 'تفاصيل أكثر' } as const;
const FULL_TEXT = { fr: 'Texte complet', en: 'Full text', es: 'Texto completo', ar: 'النص الكامل' } as const;
const BACK = { fr: 'Retour', en: 'Back', es: 'Volver', ar: 'رجوع' } as const;
const uiText = createUiText(readUiResources() as Resource, 'fr');

for (const language of LANGUAGES) {
  test(`every act and initiative can be seen on screen, and speaks, in ${language}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await page.getByRole('button', { name: LANGUAGE_NAMES[language], exact: true }).click();
    for (const [index, act] of content.acts.entries()) {
      await page.getByRole('button', { name: new RegExp(`${index + 1}\\s?: ?${act.text[language].title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).click();
      await expectScreen(page, `act/${act.id}`);
      const seen: string[] = [];
      for (const item of [act, ...act.initiatives]) {
        const text = item.text[language];
        const tile = item === act ? page.getByRole('list').getByRole('button').first() : page.getByRole('button', { name: text.title, exact: true });
        await page.evaluate(() => performance.clearMarks('narration-start'));
        await tile.click();
        await expectScreen(page, `item/${item.id}`);
        seen.push(item.id);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.title);
        // Its narration starts: the title, then the easy-to-read text.
        await expect
          .poll(() => page.evaluate(() => performance.getEntriesByName('narration-start').map((mark) => (mark as PerformanceMark).detail.key)))
          .toContain(`item.${item.id}.title`);
        await expect(page.getByRole('listitem').filter({ hasText: text.easy[0] }).first()).toBeVisible();
        // Who presents it, with the role the page gives them (or that it names no one).
        await expect(page.getByText(presenterLine(uiText, language, text), { exact: true })).toBeVisible();
        await expect(page.getByText(text.question, { exact: true })).toBeVisible();
        for (const reference of item.references.filter((r) => r.url)) {
          await expect(page.getByRole('img', { name: new RegExp(reference.url!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).first()).toBeVisible();
        }
        await page.getByRole('button', { name: MORE_DETAIL[language] }).click();
        await expect(page.getByRole('region', { name: FULL_TEXT[language] }).getByText(text.full[0]!.slice(0, 40))).toBeVisible();
        await page.getByRole('button', { name: BACK[language] }).click();
        await expectScreen(page, `act/${act.id}`);
      }
      expect(seen, `${act.id}: the act and each of its initiatives seen`).toEqual([act.id, ...act.initiatives.map((initiative) => initiative.id)]);
      await page.getByRole('button', { name: BACK[language] }).click();
      await expectScreen(page, 'home');
    }
  });
}
