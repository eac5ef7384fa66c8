/**
 * Every visitor, facilitator and workshop screen, walked once per language (French, and Arabic right to left),
 * and audited on the spot by everything that reads a screen whole:
 * - its structure as the accessibility tree exposes it (WCAG 1.3.1, screen-structure.ts);
 * - HTML_CodeSniffer (WCAG2AAA) and IBM Equal Access (IBM_Accessibility), which check what axe does not
 *   (HTML_CodeSniffer the 7:1 contrast of every text, IBM tab stops and labels in name; issue 20);
 * - on the facilitator and workshop screens, axe as well (the visitor screens have their own axe walks, in
 *   four themes and at the kiosk's sizes: accessibility.spec.ts).
 * One walk for all of them: walking the screens is most of the time an audit takes.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { describeFindings, equalAccessAll, htmlCodeSnifferAll, pageErrors, type Engine, type Finding } from './accessibility-engines';
import { expect, test } from './fixtures';
import { SCREEN_WALKS, type WalkLanguage } from './screen-walks';
import { expectSoundStructure, screenStructure } from './screen-structure';

type Auditor = 'axe' | Engine;

const ENGINES: { name: Engine; run: (page: Page) => Promise<Finding[]> }[] = [
  { name: 'HTML_CodeSniffer', run: htmlCodeSnifferAll },
  { name: 'IBM Equal Access', run: equalAccessAll },
];

async function axeViolations(page: Page, screen: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((violation) => `${screen}: ${violation.id} (${violation.nodes.length}): ${violation.nodes[0]?.target.join(' ')}`);
}

for (const { side, walk, screens } of SCREEN_WALKS) {
  const withAxe = side !== 'visitor';
  const auditors = [...ENGINES.map(({ name }) => name), ...(withAxe ? ['axe'] : [])].join(', ');
  for (const language of ['fr', 'ar'] as const satisfies readonly WalkLanguage[]) {
    test(`every ${side} screen, in ${language}, exposes its structure (landmarks, headings in order, lists, labelled fields, named groups, table headers) and passes ${auditors}`, async ({ page }) => {
      test.setTimeout(300_000);
      const specific = screenStructure(page, language);
      const errors = new Map<Auditor, string[]>([...ENGINES.map(({ name }): [Auditor, string[]] => [name, []]), ...(withAxe ? [['axe', []] as [Auditor, string[]]] : [])]);
      const checked = await walk(page, language, async (screen) => {
        await expectSoundStructure(page, screen);
        expect(specific[screen], `${screen}: its own structure is listed`).toBeDefined();
        await specific[screen]!();
        for (const engine of ENGINES) errors.get(engine.name)!.push(...describeFindings(screen, pageErrors(await engine.run(page))));
        if (withAxe) errors.get('axe')!.push(...(await axeViolations(page, screen)));
      });
      expect(checked, 'every screen checked').toEqual(screens);
      for (const [auditor, found] of errors) expect.soft(found, `${auditor}'s errors`).toEqual([]);
    });
  }
}
