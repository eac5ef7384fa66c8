/**
 * WCAG 1.3.1 Info and relationships: the structure a screen shows is the structure the accessibility tree
 * exposes. Read through the accessibility tree (Playwright's ARIA snapshot and role queries), not the markup:
 * - one main landmark, and landmarks of one kind told apart by their names;
 * - one level-1 heading, first, and heading levels that never skip one on the way down;
 * - every list drawn as a list (ul, ol) exposed as a list of list items;
 * - every form field named by a label tied to it (not an aria-label alone);
 * - every group and region named;
 * - every table with column headers, and one row header per row;
 * and, screen by screen, the structures that carry meaning there (the tiles as a list, the settings' sections,
 * the venue settings' group of languages, the counts' table…). Run by screen-audits.spec.ts.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { uiOf } from './facilitator-helpers';
import { actLabelStart, type WalkLanguage } from './screen-walks';

/** A YAML line of an ARIA snapshot, "- role \"name\"…", possibly quoted: its role and its name. */
function snapshotLine(line: string): { role: string; name: string } | null {
  const match = line.match(/^\s*- '?([a-z]+)(?: "((?:[^"\\]|\\.)*)")?/);
  if (!match) return null;
  const quoted = /^\s*- '/.test(line);
  const name = (match[2] ?? '').replace(/\\(.)/g, '$1');
  return { role: match[1]!, name: quoted ? name.replace(/''/g, "'") : name };
}

/** An element's accessible name, as the accessibility tree has it. */
async function accessibleName(element: Locator): Promise<string> {
  return snapshotLine((await element.ariaSnapshot()).split('\n')[0]!)?.name ?? '';
}

const FIELD_ROLES = ['textbox', 'spinbutton', 'checkbox', 'combobox', 'radio', 'slider', 'searchbox', 'switch'] as const;
const LANDMARKS = ['banner', 'main', 'navigation', 'complementary', 'contentinfo', 'search', 'form', 'region'];

/** What every screen must expose, whatever it shows. */
export async function expectSoundStructure(page: Page, screen: string) {
  const tree = (await page.locator('body').ariaSnapshot()).split('\n');
  await expect(page.getByRole('main'), `${screen}: one main landmark`).toHaveCount(1);
  const landmarks = tree.map(snapshotLine).filter((node) => node !== null && LANDMARKS.includes(node.role));
  for (const role of LANDMARKS) {
    const names = landmarks.filter((node) => node!.role === role).map((node) => node!.name);
    if (names.length > 1) expect(new Set(names.filter(Boolean)).size, `${screen}: the ${role} landmarks have each a name of their own: ${names.join(', ')}`).toBe(names.length);
  }

  const levels = tree.flatMap((line) => {
    const match = line.match(/heading "((?:[^"\\]|\\.)*)" \[level=(\d)\]/);
    return match ? [{ level: Number(match[2]), name: match[1]! }] : [];
  });
  expect(levels[0], `${screen}: the first heading is the level-1 heading`).toMatchObject({ level: 1 });
  expect(levels.filter((heading) => heading.level === 1), `${screen}: one level-1 heading`).toHaveLength(1);
  for (let i = 1; i < levels.length; i++) expect(levels[i]!.level, `${screen}: heading "${levels[i]!.name}" comes after a level ${levels[i - 1]!.level}`).toBeLessThanOrEqual(levels[i - 1]!.level + 1);

  expect(await page.getByRole('list').count(), `${screen}: every list shown is a list`).toBe(await page.locator('ul:visible, ol:visible').count());
  expect(await page.getByRole('listitem').count(), `${screen}: every item of a list is a list item`).toBe(await page.locator('li:visible').count());

  for (const role of FIELD_ROLES) {
    for (const field of await page.getByRole(role).all()) {
      await expect(field, `${screen}: a ${role} has a name`).toHaveAccessibleName(/\S/);
      const labelled = await field.evaluate((element) => ((element as HTMLInputElement).labels?.length ?? 0) > 0 || element.hasAttribute('aria-labelledby'));
      expect(labelled, `${screen}: the ${role} "${await accessibleName(field)}" is named by a label tied to it`).toBe(true);
    }
  }
  for (const role of ['group', 'radiogroup', 'region', 'figure', 'dialog', 'alertdialog'] as const) {
    for (const element of await page.getByRole(role).all()) await expect(element, `${screen}: a ${role} has a name`).toHaveAccessibleName(/\S/);
  }

  for (const table of await page.getByRole('table').all()) {
    const columns = await table.getByRole('columnheader').count();
    expect(columns, `${screen}: a table has column headers`).toBeGreaterThan(0);
    for (const row of (await table.getByRole('row').all()).slice(1)) {
      await expect(row.getByRole('rowheader'), `${screen}: each row of a table has its header`).toHaveCount(1);
      expect((await row.getByRole('cell').count()) + 1, `${screen}: each row has a cell under each column header`).toBe(columns);
    }
  }
}

/** The structures that carry meaning on a screen, in the walk's language. */
export function screenStructure(page: Page, language: WalkLanguage): Record<string, () => Promise<void>> {
  const s = uiOf(language);
  const main = page.getByRole('main');
  const listOf = async (list: ReturnType<Page['getByRole']>, items: number) => {
    await expect(list).toBeVisible();
    await expect(list.getByRole('listitem')).toHaveCount(items);
  };
  const alertDialog = (name: string) => expect(page.getByRole('alertdialog', { name })).toBeVisible();
  return {
    attract: () => listOf(main.getByRole('list'), 4),
    home: async () => {
      await listOf(main.getByRole('list'), 4);
      await expect(main.getByRole('listitem').getByRole('button', { name: actLabelStart(language, 1) })).toBeVisible();
      await expect(page.getByRole('navigation', { name: s.controls.navigation })).toBeVisible();
    },
    act: async () => {
      const initiatives = main.getByRole('list', { name: s.act.initiatives.replace('{{number}}', '1') });
      await expect(initiatives).toBeVisible();
      expect(await initiatives.getByRole('listitem').count()).toBeGreaterThan(2);
    },
    initiative: async () => {
      const article = main.getByRole('article');
      expect(await accessibleName(article), 'the article is named by its heading').toBe(await accessibleName(article.getByRole('heading', { level: 1 })));
      await expect(article.getByRole('region', { name: s.item.easyText }).getByRole('list').first()).toBeVisible();
      await expect(article.getByRole('region', { name: s.lexicon.words }).getByRole('heading', { level: 2, name: s.lexicon.words })).toBeVisible();
    },
    word: () => expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toBeVisible(),
    'full text': async () => expect(await main.getByRole('region', { name: s.item.fullText }).getByRole('paragraph').count()).toBeGreaterThan(0),
    help: () => listOf(main.getByRole('list'), (s.help.lines as string[]).length),
    about: () => listOf(main.getByRole('list'), (s.about.lines as string[]).length),
    credits: () => listOf(main.getByRole('list'), 6),
    settings: async () => {
      for (const section of [s.settings.textSize, s.settings.contrast, s.settings.scanning, s.settings.speed, s.settings.volume]) {
        await expect(main.getByRole('region', { name: section }).getByRole('heading', { level: 2, name: section })).toBeVisible();
      }
      await expect(main.getByRole('region', { name: s.settings.textSize }).getByRole('button', { pressed: true })).toHaveCount(1);
      await expect(main.getByRole('meter', { name: s.settings.volume })).toBeVisible();
    },
    'idle warning': () => alertDialog(s.idle.stillThere),
    'PIN pad': () => expect(main.getByRole('region', { name: s.facilitator.pin.title }).getByRole('status')).toBeVisible(),
    'PIN refused': () => expect(main.getByRole('alert')).toBeVisible(),
    menu: async () => {
      await expect(page.getByRole('banner')).toBeVisible();
      expect(await main.getByRole('list').getByRole('listitem').getByRole('button').count()).toBeGreaterThan(4);
    },
    'workshop choices': async () => {
      for (const act of [1, 2, 3, 4]) await expect(main.getByRole('group', { name: actLabelStart(language, act) }).getByRole('list')).toBeVisible();
    },
    'workshop choices, act chosen': async () => {
      await expect(main.getByRole('group', { name: actLabelStart(language, 2) }).getByRole('button', { pressed: true }).first()).toBeVisible();
      await expect(main.getByRole('status')).toBeVisible();
    },
    'venue settings': async () => {
      const settings = s.facilitator.settings;
      for (const label of [settings.idleTimeoutSeconds, settings.idleWarningSeconds, settings.attractInvitationSeconds, settings.scanStepSeconds, settings.newScreenGuardSeconds, settings.workshopMaxMinutes]) {
        await expect(main.getByRole('spinbutton', { name: label, exact: true })).toBeVisible();
      }
      await expect(main.getByRole('checkbox', { name: settings.scanningByDefault })).toBeVisible();
      await expect(main.getByRole('combobox', { name: settings.scanMode.title, exact: true })).toBeVisible();
      await expect(main.getByRole('group', { name: settings.languages }).getByRole('combobox')).toHaveCount(4);
      await expect(main.getByRole('combobox', { name: settings.defaultLanguage })).toBeVisible();
    },
    'venue settings refused': async () => {
      const idle = main.getByRole('spinbutton', { name: s.facilitator.settings.idleTimeoutSeconds, exact: true });
      await expect(idle).toHaveAttribute('aria-invalid', 'true');
      await expect(idle).toHaveAccessibleDescription(/\S/);
      await expect(main.getByRole('alert').getByRole('listitem')).not.toHaveCount(0);
    },
    counts: async () => {
      const usage = s.facilitator.usage;
      await expect(main.getByRole('table').getByRole('columnheader')).toHaveText([usage.day, usage.visits, usage.workshops, usage.itemsOpened, usage.itemsHeard]);
      for (const chart of [usage.visitsChart, usage.languages, usage.settings]) await expect(main.getByRole('figure', { name: chart }).getByRole('list')).toBeVisible();
    },
    'content check': async () => {
      for (const code of ['fr', 'en', 'es', 'ar'] as const) {
        await expect(main.getByRole('table', { name: uiOf(code).language.name }).getByRole('columnheader')).toHaveCount(5);
      }
    },
    'voice studio': async () => {
      await expect(main.getByRole('group', { name: s.studio.language }).getByRole('button', { pressed: true })).toHaveCount(1);
      await expect(main.getByRole('combobox', { name: s.studio.group })).toBeVisible();
      const text = main.getByRole('article').first();
      expect(await accessibleName(text), 'a text is named by its heading').toBe(await accessibleName(text.getByRole('heading', { level: 2 })));
      expect(await text.getByRole('list').getByRole('listitem').count()).toBeGreaterThan(0);
    },
    'recording script': async () => {
      const text = main.getByRole('region', { name: s.studio.field.easy });
      await expect(text.getByRole('heading', { level: 2, name: s.studio.field.easy })).toBeVisible();
      expect(await text.getByRole('list').getByRole('listitem').count()).toBeGreaterThan(0);
    },
    'session warning': () => alertDialog(s.idle.stillThere),
    'workshop question': async () => {
      await expect(page.getByRole('complementary', { name: s.workshop.inProgress })).toBeVisible();
      await expect(main.getByRole('article').getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('navigation').getByRole('button', { name: s.workshop.end })).toBeVisible();
    },
    'workshop list': async () => {
      const act = main.getByRole('region', { name: s.workshop.actQuestions.replace('{{number}}', '2') });
      await expect(act.getByRole('heading', { level: 2 })).toBeVisible();
      expect(await act.getByRole('list').getByRole('listitem').count()).toBeGreaterThan(1);
    },
    'initiative during a workshop': async () => {
      await expect(page.getByRole('complementary', { name: s.workshop.inProgress })).toBeVisible();
      await expect(main.getByRole('article')).toBeVisible();
    },
    'end of the workshop asked': () => alertDialog(s.workshop.end),
  };
}
