import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeRulesRunBy } from '../../scripts/accessibility/axe-coverage';
import { MATRIX_FILE, readMatrixSources, validateMatrix, type MatrixSources } from '../../scripts/accessibility/criteria';
import { renderMatrix } from '../../scripts/accessibility/render-matrix';
import { indexTestFile, indexTests } from '../../scripts/accessibility/test-index';
import { PROJECT_ROOT } from '../../scripts/content-sources';

const sources = readMatrixSources(PROJECT_ROOT);
const tests = indexTests(PROJECT_ROOT);
const auditSource = readFileSync(path.join(PROJECT_ROOT, sources.criteria.axe.spec), 'utf8');
const today = new Date().toISOString().slice(0, 10);
const validate = (changed: MatrixSources, audit = auditSource) => validateMatrix(changed, tests, audit, today);
const changed = (change: (copy: MatrixSources) => void) => {
  const copy = structuredClone(sources);
  change(copy);
  return copy;
};

describe('accessibility criterion matrix', () => {
  it('lists all 106 RGAA 4.1 criteria in 13 themes and all 86 WCAG 2.2 success criteria (31 A, 24 AA, 31 AAA)', () => {
    expect(sources.rgaa.themes.map((theme) => theme.criteria.length)).toEqual([9, 2, 3, 13, 8, 2, 5, 10, 4, 14, 13, 11, 12]);
    const levels = sources.wcag.successCriteria.map((sc) => sc.level);
    expect([levels.length, ...(['A', 'AA', 'AAA'] as const).map((level) => levels.filter((l) => l === level).length)]).toEqual([86, 31, 24, 31]);
    const wcagIds = new Set(sources.wcag.successCriteria.map((sc) => sc.id));
    for (const criterion of sources.rgaa.themes.flatMap((theme) => theme.criteria)) {
      for (const sc of criterion.wcag) expect(wcagIds.has(sc) || sc === '4.1.1', `RGAA ${criterion.id} cites WCAG ${sc}`).toBe(true);
    }
  });

  it('gives every criterion a status with its evidence, and every test it names exists in tests/', () => {
    expect(validate(sources)).toEqual([]);
  });

  it('fails when a criterion claims a test that no longer exists, naming the criterion and the test', () => {
    const renamed = changed((copy) => {
      copy.criteria.rgaa['12.9']!.tests![0]!.title = 'the kiosk is usable with the keyboard';
    });
    expect(validate(renamed)).toEqual(['rgaa 12.9: no test "the kiosk is usable with the keyboard" in tests/e2e/visitor-input.spec.ts (renamed, removed or skipped?)']);
    const moved = changed((copy) => {
      copy.criteria.wcag['2.1.1']!.tests![0]!.file = 'tests/e2e/keyboard.spec.ts';
    });
    expect(validate(moved)).toEqual(['wcag 2.1.1: no test file tests/e2e/keyboard.spec.ts in tests/']);
  });

  it('fails when a criterion has no status, or an unknown one is listed', () => {
    const missing = changed((copy) => {
      delete copy.criteria.rgaa['5.3'];
      delete copy.criteria.wcag['2.4.13'];
      copy.criteria.wcag['4.1.1'] = { status: 'not-applicable', reason: 'obsolete' };
    });
    expect(validate(missing)).toEqual([
      'rgaa 5.3: no status in docs/accessibility/criteria.json',
      'wcag 2.4.13: no status in docs/accessibility/criteria.json',
      'wcag 4.1.1: not a criterion of WCAG 2.2',
    ]);
  });

  it('fails when a status comes without what it needs, or claims what axe does not check', () => {
    const bare = changed((copy) => {
      copy.criteria.rgaa['13.7'] = { status: 'checked-by-hand' };
      copy.criteria.wcag['2.5.7'] = { status: 'not-applicable' };
      copy.criteria.wcag['2.5.1'] = { status: 'tested', axe: true };
    });
    expect(validate(bare)).toEqual([
      'rgaa 13.7: a "checked-by-hand" criterion gives the date, who and how (manual)',
      'wcag 2.5.1: axe runs no rule for this criterion with the tags wcag2a, wcag2aa, wcag2aaa, wcag21a, wcag21aa, wcag22aa, best-practice',
      'wcag 2.5.7: a "not-applicable" criterion gives the reason',
    ]);
  });

  it('fails when the axe audit runs other tags than the matrix says', () => {
    const problems = validate(sources, auditSource.replace("'wcag2aaa', ", ''));
    expect(problems).toEqual([expect.stringContaining('runs axe with the tags [wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa, best-practice]')]);
  });

  it(`is up to date in ${MATRIX_FILE} (else run npm run a11y:matrix)`, () => {
    expect(readFileSync(path.join(PROJECT_ROOT, MATRIX_FILE), 'utf8') === renderMatrix(sources), `${MATRIX_FILE} is out of date: run npm run a11y:matrix`).toBe(true);
  });

  it('counts no AAA criterion as met on the strength of axe alone', () => {
    const aaa = new Set(sources.wcag.successCriteria.filter((sc) => sc.level === 'AAA').map((sc) => sc.id));
    for (const [id, entry] of Object.entries(sources.criteria.wcag)) {
      if (aaa.has(id) && entry.status === 'tested') expect(entry.tests?.length ?? 0, `WCAG ${id} is tested by a test of the kiosk's own`).toBeGreaterThan(0);
    }
  });
});

describe('test index', () => {
  const source = `
    import { test } from './fixtures';
    for (const v of variants) test(\`axe on any screen (\${v.name})\`, async () => {});
    test.describe('group', () => { test('plain title', async () => {}); test.skip('skipped title', async () => {}); });
    describe('unit', () => { it.each(LANGUAGES)('works in %s', () => {}); it.todo('later'); });
  `;
  const found = indexTestFile('tests/e2e/sample.spec.ts', source);

  it('finds titles written plainly, as templates and for each case, with their describe blocks', () => {
    expect(found.map((test) => [test.describe.join(' › '), test.title])).toEqual([
      ['', 'axe on any screen (${v.name})'],
      ['group', 'plain title'],
      ['unit', 'works in %s'],
    ]);
    expect(found[0]!.matches('axe on any screen (high contrast)')).toBe(true);
    expect(found[2]!.matches('works in ar')).toBe(true);
    expect(found[1]!.matches('plain title!')).toBe(false);
  });

  it('leaves out skipped and unwritten tests: they prove nothing', () => {
    expect(found.some((test) => test.title === 'skipped title' || test.title === 'later')).toBe(false);
  });

  it('reads the real test folders', () => {
    expect(tests.some((test) => test.file === 'tests/e2e/visitor-input.spec.ts' && test.matches('the kiosk is fully usable with the keyboard alone'))).toBe(true);
    expect(tests.some((test) => test.file === 'tests/unit/narration-catalogue.test.ts' && test.matches('has every item field, lexicon word and reference in es'))).toBe(true);
  });
});

describe('axe coverage', () => {
  it('runs the rules axe runs for the tags, the AAA contrast rule included, experimental rules left out', () => {
    const ids = axeRulesRunBy(sources.criteria.axe.tags).map((rule) => rule.id);
    expect(ids).toEqual(expect.arrayContaining(['color-contrast', 'color-contrast-enhanced', 'target-size', 'image-alt', 'region']));
    expect(ids).not.toContain('css-orientation-lock');
    expect(ids).not.toContain('label-content-name-mismatch');
    expect(axeRulesRunBy(['wcag2aa']).map((rule) => rule.id)).not.toContain('color-contrast-enhanced');
  });
});
