import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent, type Content } from '../../domain/content/build-content';
import { CsvSyntaxError, parseCsv } from '../../domain/content/csv-table';
import { reviewLines } from '../../domain/content/review-lines';
import { checkVerdicts, formatVerdicts, parseVerdicts } from '../../domain/content/review-verdicts';
import { PROJECT_ROOT, readContentSources } from '../../scripts/content-sources';
import { fingerprintLine, fingerprintLines } from '../../scripts/line-fingerprint';
import { checkReviewVerdicts, contentReview } from '../../scripts/review-verdict-files';
import { tempFolder } from './temp-folder';

const HEADER = 'key,line,fingerprint,verdict,comment';
const sources = readContentSources();
const { content } = buildContent(sources);

function contentWith(change: (locales: Record<string, { items: Record<string, { easy: string[] }> }>) => void): Content {
  const locales = structuredClone(sources.locales) as Record<string, { items: Record<string, { easy: string[] }> }>;
  change(locales);
  return buildContent({ ...sources, locales }).content;
}

function currentLines(of: Content, language: 'fr' | 'en') {
  return fingerprintLines(reviewLines(contentReview(of), language));
}

describe('CSV reading', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF and a byte order mark', () => {
    const table = parseCsv('\uFEFFa,b\r\n"x, y","say ""hi""\nagain"\r\n\r\nlast,\n');
    expect(table.delimiter).toBe(',');
    expect(table.records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, y', 'say "hi"\nagain'] },
      { line: 5, fields: ['last', ''] },
    ]);
  });

  it('recognises the ";" a French spreadsheet saves', () => {
    expect(parseCsv('key;line\nitem.cep.easy;2\n').records[1]!.fields).toEqual(['item.cep.easy', '2']);
  });

  it('names the line of a quote that is never closed, or of text after a closing quote', () => {
    expect(() => parseCsv('a,b\n1,"open\n')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a,b\n1,"open\n')).toThrow(expect.objectContaining({ line: 2, message: 'a quoted field is never closed' }));
    expect(() => parseCsv('a,b\n1,"x"y\n')).toThrow(expect.objectContaining({ line: 2 }));
  });
});

describe('verdict files', () => {
  it('reads well-formed rows; an empty verdict is "not decided yet"; case and spacing do not matter', () => {
    const { rows, problems } = parseVerdicts(`${HEADER}\nitem.anlci.easy,2,0123456789ab,To Fix,"Trop long, coupez"\nlexicon.atelier.explanation,1,ABCDEF012345,ok,\nitem.cep.title,1,0123456789ab,,\n`, 'reviews/en.csv');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { fileLine: 2, key: 'item.anlci.easy', line: 2, fingerprint: '0123456789ab', verdict: 'to fix', comment: 'Trop long, coupez' },
      { fileLine: 3, key: 'lexicon.atelier.explanation', line: 1, fingerprint: 'abcdef012345', verdict: 'ok', comment: '' },
      { fileLine: 4, key: 'item.cep.title', line: 1, fingerprint: '0123456789ab', verdict: null, comment: '' },
    ]);
  });

  it('names the file, the row and the column of every malformed row, and keeps the good ones', () => {
    const text = [HEADER, 'item.anlci.easy,2,0123456789ab,ok', 'item.anlci.easy,zero,0123456789ab,ok,', 'item.anlci.easy,1,12345,ok,', 'item.anlci.easy,1,0123456789ab,maybe,', 'not a key,1,0123456789ab,ok,', 'item.cep.easy,1,0123456789ab,ok,fine'].join('\n');
    const { rows, problems } = parseVerdicts(text, 'reviews/es.csv');
    expect(rows.map((row) => row.fileLine)).toEqual([7]);
    expect(problems).toEqual([
      { file: 'reviews/es.csv', item: 'line 2', field: '(row)', message: expect.stringContaining('has 4 fields, expected 5') },
      { file: 'reviews/es.csv', item: 'line 3', field: 'line', message: '"zero" is not a line number (1, 2, 3…)' },
      { file: 'reviews/es.csv', item: 'line 4', field: 'fingerprint', message: expect.stringContaining('"12345"') },
      { file: 'reviews/es.csv', item: 'line 5', field: 'verdict', message: '"maybe" is not a verdict: write "ok" or "to fix", or leave it empty' },
      { file: 'reviews/es.csv', item: 'line 6', field: 'key', message: expect.stringContaining('"not a key"') },
    ]);
  });

  it('rejects a file without the header, an empty file and a broken quote with a clear message', () => {
    expect(parseVerdicts('item.anlci.easy,2,0123456789ab,ok,\n', 'reviews/ar.csv').problems).toEqual([
      { file: 'reviews/ar.csv', item: 'line 1', field: '(header)', message: `the first line must be "${HEADER}"; found "item.anlci.easy,2,0123456789ab,ok,"` },
    ]);
    expect(parseVerdicts('', 'reviews/ar.csv').problems[0]!.message).toBe(`the first line must be "${HEADER}"; found an empty file`);
    expect(parseVerdicts(`${HEADER}\nitem.anlci.easy,2,0123456789ab,ok,"unclosed\n`, 'reviews/ar.csv').problems).toEqual([
      { file: 'reviews/ar.csv', item: 'line 2', field: '(csv)', message: 'a quoted field is never closed' },
    ]);
  });

  it('reads a file a French spreadsheet saved: byte order mark, ";" between fields, CRLF', () => {
    const { rows, problems } = parseVerdicts('\uFEFFkey;line;fingerprint;verdict;comment\r\nitem.cep.easy;2;0123456789ab;to fix;"Pas « tous les actifs » ; à revoir"\r\n', 'reviews/fr.csv');
    expect(problems).toEqual([]);
    expect(rows).toEqual([{ fileLine: 2, key: 'item.cep.easy', line: 2, fingerprint: '0123456789ab', verdict: 'to fix', comment: 'Pas « tous les actifs » ; à revoir' }]);
  });

  it('writes rows that read back the same', () => {
    const rows = [{ key: 'item.cep.easy', line: 3, fingerprint: 'abcdef012345', verdict: 'to fix' as const, comment: 'Il dit "actifs", pas\n"salariés"; voir la page' }];
    expect(parseVerdicts(formatVerdicts(rows), 'x.csv').rows).toEqual([{ fileLine: 2, ...rows[0] }]);
  });
});

describe('line fingerprints', () => {
  it('ignore spacing and Unicode forms, and change with any word', () => {
    const fingerprint = fingerprintLine('Le CEP aide les actifs.');
    expect(fingerprint).toMatch(/^[0-9a-f]{12}$/);
    expect(fingerprintLine('  Le CEP   aide les actifs. ')).toBe(fingerprint);
    expect(fingerprintLine('Cafe\u0301')).toBe(fingerprintLine('Café'));
    expect(fingerprintLine('Le CEP aide tous les actifs.')).not.toBe(fingerprint);
  });
});

describe('verdicts held against the texts', () => {
  const line = 'item.anlci.easy#1';

  it('fail on a line marked "to fix" whose text has not changed, naming the file, the item and the line', () => {
    const current = currentLines(content, 'en');
    const { rows } = parseVerdicts(`${HEADER}\nitem.anlci.easy,1,${current.get(line)},to fix,Say "functional illiteracy"\n`, 'reviews/en.csv');
    const { problems, summary } = checkVerdicts(rows, current, 'reviews/en.csv', 'locales/en/programme.json');
    expect(summary).toEqual({ ok: 0, toFix: 1, outdated: 0 });
    expect(problems).toEqual([
      {
        file: 'reviews/en.csv',
        item: 'anlci',
        field: 'easy[1]',
        message: 'a reviewer marked this line "to fix" (reviews/en.csv line 2): "Say "functional illiteracy""; change the text in locales/en/programme.json, then have it reviewed again',
      },
    ]);
  });

  it('pass once the text of that line has changed: the verdict waits for a new review', () => {
    const before = currentLines(content, 'en');
    const { rows } = parseVerdicts(`${HEADER}\nitem.anlci.easy,1,${before.get(line)},to fix,\n`, 'reviews/en.csv');
    const changed = contentWith((locales) => {
      locales.en!.items.anlci!.easy[0] = locales.en!.items.anlci!.easy[0]!.replace(/\.$/, ' today.');
    });
    const after = currentLines(changed, 'en');
    expect(after.get(line)).not.toBe(before.get(line));
    expect(checkVerdicts(rows, after, 'reviews/en.csv', 'locales/en/programme.json')).toEqual({ problems: [], summary: { ok: 0, toFix: 0, outdated: 1 } });
  });

  it('pass on "ok" verdicts and on verdicts for lines that no longer exist', () => {
    const current = currentLines(content, 'fr');
    const { rows } = parseVerdicts(`${HEADER}\nitem.anlci.easy,1,${current.get(line)},ok,\nitem.anlci.easy,99,0123456789ab,to fix,\n`, 'reviews/fr.csv');
    expect(checkVerdicts(rows, current, 'reviews/fr.csv', 'locales/fr/programme.json')).toEqual({ problems: [], summary: { ok: 1, toFix: 0, outdated: 1 } });
  });

  it('are read from reviews/<lang>.csv on disk; a language without a file has no verdicts', () => {
    const root = tempFolder('kelvoa-reviews-');
    mkdirSync(path.join(root, 'reviews'));
    const current = currentLines(content, 'en');
    writeFileSync(path.join(root, 'reviews/en.csv'), `${HEADER}\nitem.anlci.easy,1,${current.get(line)},to fix,\n`);
    writeFileSync(path.join(root, 'reviews/es.csv'), 'clé;ligne\n');
    const { problems, summaries } = checkReviewVerdicts(content, root);
    expect(problems.map((p) => `${p.file}: ${p.item}: ${p.field}`)).toEqual(['reviews/en.csv: anlci: easy[1]', 'reviews/es.csv: line 1: (header)']);
    expect(summaries.fr).toEqual({ ok: 0, toFix: 0, outdated: 0 });
  });

  it('make npm run content:check fail with the verdict, and pass again without it', () => {
    const file = path.join(PROJECT_ROOT, 'reviews/fr.csv');
    const original = readFileSync(file, 'utf8');
    const run = () => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate-content.ts'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    const current = currentLines(content, 'fr');
    try {
      writeFileSync(file, `${original}item.cep.easy,1,${current.get('item.cep.easy#1')},to fix,Qui sont les actifs ?\n`);
      const failed = run();
      expect(failed.status).toBe(1);
      expect(failed.stderr).toContain('reviews/fr.csv: cep: easy[1]: a reviewer marked this line "to fix"');
    } finally {
      writeFileSync(file, original);
    }
    expect(run().status).toBe(0);
  }, 60_000);
});
