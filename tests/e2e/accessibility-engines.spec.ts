/**
 * HTML_CodeSniffer (WCAG2AAA) and IBM Equal Access (IBM_Accessibility) find no error on any visitor,
 * facilitator or workshop screen, in French and in Arabic (issue 20). Axe runs in accessibility.spec.ts and
 * facilitator-workshop.spec.ts; these two engines check other things (HTML_CodeSniffer the 7:1 contrast of
 * every text, IBM tab stops and labels in name), and see what axe does not.
 */
import type { Page } from '@playwright/test';
import { describeFindings, equalAccessAll, htmlCodeSnifferAll, pageErrors, type Engine, type Finding } from './accessibility-engines';
import { expect, test } from './fixtures';
import { SCREEN_WALKS, type WalkLanguage } from './screen-walks';

const ENGINES: { name: Engine; run: (page: Page) => Promise<Finding[]> }[] = [
  { name: 'HTML_CodeSniffer', run: htmlCodeSnifferAll },
  { name: 'IBM Equal Access', run: equalAccessAll },
];

for (const { side, walk, screens } of SCREEN_WALKS) {
  for (const language of ['fr', 'ar'] as const satisfies readonly WalkLanguage[]) {
    test(`HTML_CodeSniffer and IBM Equal Access find no error on the ${side} screens, in ${language}`, async ({ page }) => {
      test.setTimeout(240_000);
      const errors = new Map<Engine, string[]>(ENGINES.map(({ name }) => [name, []]));
      const checked = await walk(page, language, async (screen) => {
        for (const engine of ENGINES) errors.get(engine.name)!.push(...describeFindings(screen, pageErrors(await engine.run(page))));
      });
      expect(checked, 'every screen checked').toEqual(screens);
      for (const [engine, found] of errors) expect.soft(found, `${engine}'s errors`).toEqual([]);
    });
  }
}
