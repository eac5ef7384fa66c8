import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildContent } from '../../domain/content/build-content';
import { reviewLines } from '../../domain/content/review-lines';
import { checkVerdicts, parseVerdicts } from '../../domain/content/review-verdicts';
import { LANGUAGES, type Language } from '../../domain/languages';
import { readContentSources } from '../../scripts/content-sources';
import { fingerprintLine, fingerprintLines } from '../../scripts/line-fingerprint';
import { writeReviewSheets } from '../../scripts/review-sheets';
import { contentReview } from '../../scripts/review-verdict-files';
import { readNarrationCatalogue } from '../../scripts/voice/narration-sources';

/**
 * The review sheets are files a venue prints or opens without a server: each is opened from disk in
 * Chromium, and must hold every line the kiosk shows (counted from the narration catalogue, which lists
 * every displayed line), with two named boxes and a comment field per line, and ask for nothing outside.
 */
const catalogue = readNarrationCatalogue();
const READING_PANEL_FIELD = /^(item\.[^.]+\.(easy|question)|lexicon\.[^.]+\.explanation)$/;

/**
 * The lines of a language's sheet, item by item (`item.anlci`, `lexicon.atelier`, `reference.sen`), sorted:
 * compared by item rather than by field key, so that a reshaped field loses no line unnoticed.
 */
function shownLines(language: Language, readingPanel = language === 'fr'): Map<string, string[]> {
  const texts = catalogue.filter((text) => text.language === language && /^(item|lexicon|reference)\./.test(text.key) && (!readingPanel || READING_PANEL_FIELD.test(text.key)));
  return byItem(texts.flatMap((text) => text.lines.map((line) => [text.key, line] as [string, string])));
}

function byItem(lines: [key: string, text: string][]): Map<string, string[]> {
  const items = new Map<string, string[]>();
  for (const [key, text] of lines) {
    const item = key.split('.').slice(0, 2).join('.');
    items.set(item, [...(items.get(item) ?? []), text].sort());
  }
  return items;
}

const count = (lines: Map<string, string[]>) => [...lines.values()].flat().length;

/** How many lines a sheet must hold, counted from the content itself: per item its title, presenter and question (one line each), its easy and full lines; per word the word and its explanation; each reference once. */
function linesInContent(language: Language): number {
  const { content } = buildContent(readContentSources());
  const items = content.acts.flatMap((act) => [act, ...act.initiatives]);
  const references = new Set(items.flatMap((item) => item.references.map((reference) => reference.id)));
  if (language === 'fr') return items.reduce((n, item) => n + item.text.fr.easy.length + 1, 0) + content.lexicon.reduce((n, entry) => n + entry.text.fr.explanation.length, 0);
  const itemLines = items.reduce((n, item) => n + 3 + item.text[language].easy.length + item.text[language].full.length, 0);
  return itemLines + content.lexicon.reduce((n, entry) => n + 1 + entry.text[language].explanation.length, 0) + references.size;
}

let files: Record<Language, string>;
test.beforeAll(() => {
  files = writeReviewSheets(mkdtempSync(path.join(tmpdir(), 'kelvoa-sheets-')), '2026-01-01');
});

/** Opens a sheet from disk; gives the list of every request other than the sheet itself and its exports. */
async function openSheet(page: Page, language: Language): Promise<string[]> {
  const url = pathToFileURL(files[language]).href;
  const outside: string[] = [];
  page.on('request', (request) => {
    if (request.url() !== url && !request.url().startsWith('blob:')) outside.push(request.url());
  });
  await page.goto(url);
  return outside;
}

for (const language of LANGUAGES) {
  test(`the ${language} review sheet lists every line of every item, each with its boxes and room to write`, async ({ page }) => {
    test.setTimeout(60_000);
    const outside = await openSheet(page, language);
    const expected = shownLines(language);
    const french = shownLines('fr', false);
    const okBox = language === 'fr' ? 'Compris' : 'Bon';

    const tables = page.getByRole('table');
    const tableCount = await tables.count();
    expect(tableCount).toBeGreaterThan(language === 'fr' ? 40 : 50);
    for (const header of ['Ligne', okBox, 'À corriger', 'Commentaire', ...(language === 'fr' ? ['Texte à lire'] : ['Français'])]) {
      await expect(page.getByRole('columnheader', { name: header, exact: true })).toHaveCount(tableCount);
    }
    expect(count(expected), 'the catalogue of displayed lines agrees with the content').toBe(linesInContent(language));
    await expect(page.getByRole('checkbox', { name: new RegExp(`^${okBox} : `) })).toHaveCount(count(expected));
    await expect(page.getByRole('checkbox', { name: /^À corriger : / })).toHaveCount(count(expected));
    await expect(page.getByRole('textbox', { name: /^Commentaire : / })).toHaveCount(count(expected));

    const rows = await page.getByRole('row').evaluateAll((elements) =>
      elements
        .filter((row) => row.querySelector('th[scope=row]'))
        .map((row) => ({
          key: row.querySelector('.line-id')!.textContent!.split(' · ')[0]!,
          cells: Object.fromEntries([...row.querySelectorAll('td[lang]:not(.spoken)')].map((cell) => [cell.getAttribute('lang')!, cell.textContent!])),
        })),
    );
    expect(byItem(rows.map((row) => [row.key, row.cells[language]!]))).toEqual(expected);
    if (language !== 'fr') {
      for (const row of rows.filter((r) => r.cells.fr)) expect(french.get(row.key.split('.').slice(0, 2).join('.')), `${row.key} in French`).toContain(row.cells.fr);
    }
    // Every section is built alike: the header and the first two sections stand for the rest (axe on all of
    // a sheet's thousand controls takes minutes).
    const audit = await new AxeBuilder({ page }).include('header').include('main > section:nth-of-type(-n+2)').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(audit.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`), 'the sheet itself is accessible').toEqual([]);
    expect(outside, 'the sheet is self-contained').toEqual([]);
  });
}

test('a verdict ticked and written on the sheet exports as a row of reviews/<lang>.csv that the content check reads', async ({ page }) => {
  await openSheet(page, 'en');
  const row = page.getByRole('row').filter({ hasText: 'item.anlci.easy · 1 ·' });
  const ok = row.getByRole('checkbox', { name: /^Bon : / });
  const toFix = row.getByRole('checkbox', { name: /^À corriger : / });
  await ok.check();
  await toFix.check();
  await expect(ok, 'the two boxes of a line exclude each other').not.toBeChecked();
  await row.getByRole('textbox', { name: /^Commentaire : / }).fill('Say "functional illiteracy", not "illiteracy"');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter les verdicts (CSV)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('en.csv');
  await expect(page.getByRole('status')).toHaveText('1 verdict(s) exporté(s) dans en.csv.');

  const { rows, problems } = parseVerdicts(readFileSync(await download.path(), 'utf8'), 'reviews/en.csv');
  const { content } = buildContent(readContentSources());
  const anlci = content.acts.flatMap((act) => act.initiatives).find((item) => item.id === 'anlci')!;
  expect(problems).toEqual([]);
  expect(rows).toEqual([{ fileLine: 2, key: 'item.anlci.easy', line: 1, fingerprint: fingerprintLine(anlci.text.en.easy[0]!), verdict: 'to fix', comment: 'Say "functional illiteracy", not "illiteracy"' }]);
  const current = fingerprintLines(reviewLines(contentReview(content), 'en'));
  expect(checkVerdicts(rows, current, 'reviews/en.csv', 'locales/en/programme.json').problems).toEqual([expect.objectContaining({ item: 'anlci', field: 'easy[1]' })]);
});

test('verdicts already recorded for an unchanged text come back ticked, and are not exported twice', async ({ page }) => {
  const { content } = buildContent(readContentSources());
  const cep = content.acts.flatMap((act) => act.initiatives).find((item) => item.id === 'cep')!;
  const root = mkdtempSync(path.join(tmpdir(), 'kelvoa-verdicts-'));
  mkdirSync(path.join(root, 'reviews'));
  const current = fingerprintLine(cep.text.es.easy[0]!);
  writeFileSync(path.join(root, 'reviews/es.csv'), `key,line,fingerprint,verdict,comment\nitem.cep.easy,1,${current},to fix,"Dice ""trabajadores"""\nitem.cep.easy,2,0123456789ab,ok,\n`);
  const sheets = writeReviewSheets(mkdtempSync(path.join(tmpdir(), 'kelvoa-sheets-')), '2026-01-01', root);
  await page.goto(pathToFileURL(sheets.es).href);
  const first = page.getByRole('row').filter({ hasText: 'item.cep.easy · 1 ·' });
  await expect(first.getByRole('checkbox', { name: /^À corriger : / })).toBeChecked();
  await expect(first.getByRole('textbox', { name: /^Commentaire : / })).toHaveValue('Dice "trabajadores"');
  const second = page.getByRole('row').filter({ hasText: 'item.cep.easy · 2 ·' });
  await expect(second.getByRole('checkbox', { name: /^Bon : / }), 'a verdict on an older text is not shown').not.toBeChecked();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter les verdicts (CSV)' }).click();
  expect(parseVerdicts(readFileSync(await (await downloading).path(), 'utf8'), 'es.csv').rows).toEqual([]);
});
