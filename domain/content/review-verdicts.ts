/**
 * Reviewers' verdicts, brought back as one CSV file per language (`key,line,fingerprint,verdict,comment`).
 * A line marked "to fix" fails the content check for as long as its text is the one that was reviewed (same
 * fingerprint); once the text changes, the verdict is history and the line waits for a new review.
 */
import type { ContentProblem } from './build-content';
import { CsvSyntaxError, formatCsvRecord, parseCsv } from './csv-table';

export const VERDICT_COLUMNS = ['key', 'line', 'fingerprint', 'verdict', 'comment'] as const;
export const VERDICTS = ['ok', 'to fix'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface VerdictRow {
  /** Where the row starts in its file, for messages. */
  fileLine: number;
  key: string;
  line: number;
  fingerprint: string;
  /** null: the row is there but nobody has decided yet. */
  verdict: Verdict | null;
  comment: string;
}

const KEY = /^[a-z]+\.[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[A-Za-z0-9]+)*$/;
const FINGERPRINT = /^[0-9a-f]{12}$/;

function readVerdict(value: string): Verdict | null | undefined {
  const normalised = value.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
  if (normalised === '') return null;
  return (VERDICTS as readonly string[]).includes(normalised) ? (normalised as Verdict) : undefined;
}

/** Parses a verdict file; every malformed row is reported (file, row, column) and left out, never guessed. */
export function parseVerdicts(text: string, file: string): { rows: VerdictRow[]; problems: ContentProblem[] } {
  let table;
  try {
    table = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { rows: [], problems: [{ file, item: `line ${error.line}`, field: '(csv)', message: error.message }] };
    throw error;
  }
  const [header, ...records] = table.records;
  const expected = VERDICT_COLUMNS.join(',');
  if (!header || header.fields.map((name) => name.trim().toLowerCase()).join(',') !== expected) {
    const found = header ? header.fields.join(table.delimiter) : 'an empty file';
    return { rows: [], problems: [{ file, item: 'line 1', field: '(header)', message: `the first line must be "${expected}"; found ${header ? `"${found}"` : found}` }] };
  }
  const rows: VerdictRow[] = [];
  const problems: ContentProblem[] = [];
  for (const { line: fileLine, fields } of records) {
    const at = `line ${fileLine}`;
    if (fields.length !== VERDICT_COLUMNS.length) {
      problems.push({ file, item: at, field: '(row)', message: `has ${fields.length} fields, expected ${VERDICT_COLUMNS.length} (${VERDICT_COLUMNS.join(', ')}); put a comment that contains a comma between double quotes` });
      continue;
    }
    const [key = '', line = '', fingerprint = '', verdictText = '', comment = ''] = fields.map((value) => value.trim());
    const verdict = readVerdict(verdictText);
    const rowProblems: ContentProblem[] = [];
    if (!KEY.test(key)) rowProblems.push({ file, item: at, field: 'key', message: `"${key}" is not a line key such as item.anlci.easy` });
    if (!/^[1-9]\d*$/.test(line)) rowProblems.push({ file, item: at, field: 'line', message: `"${line}" is not a line number (1, 2, 3…)` });
    if (!FINGERPRINT.test(fingerprint.toLowerCase())) rowProblems.push({ file, item: at, field: 'fingerprint', message: `"${fingerprint}" is not the 12-character fingerprint printed on the review sheet` });
    if (verdict === undefined) rowProblems.push({ file, item: at, field: 'verdict', message: `"${verdictText}" is not a verdict: write ${VERDICTS.map((v) => `"${v}"`).join(' or ')}, or leave it empty` });
    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      continue;
    }
    rows.push({ fileLine, key, line: Number(line), fingerprint: fingerprint.toLowerCase(), verdict: verdict ?? null, comment });
  }
  return { rows, problems };
}

export const lineId = (key: string, line: number) => `${key}#${line}`;

/** `item.anlci.easy`, line 3 → item "anlci", field "easy[3]", as the content check names problems. */
export function describeLine(key: string, line: number): { item: string; field: string } {
  const [, id = key, ...path] = key.split('.');
  return { item: id, field: `${path.join('.') || 'label'}[${line}]` };
}

export interface VerdictSummary {
  /** Current texts a reviewer found right. */
  ok: number;
  /** Current texts a reviewer marked "to fix": each is also a problem. */
  toFix: number;
  /** Verdicts on texts that have changed since (or lines that are gone): they wait for a new review. */
  outdated: number;
}

/**
 * Holds the verdicts against the current lines (their fingerprints by `lineId`): one problem for every
 * current line that a reviewer marked "to fix", naming the verdict file, the item and the line.
 */
export function checkVerdicts(rows: readonly VerdictRow[], current: ReadonlyMap<string, string>, file: string, textFile: string): { problems: ContentProblem[]; summary: VerdictSummary } {
  const problems: ContentProblem[] = [];
  const summary: VerdictSummary = { ok: 0, toFix: 0, outdated: 0 };
  for (const row of rows) {
    if (row.verdict === null) continue;
    if (current.get(lineId(row.key, row.line)) !== row.fingerprint) {
      summary.outdated++;
      continue;
    }
    if (row.verdict === 'ok') {
      summary.ok++;
      continue;
    }
    summary.toFix++;
    const { item, field } = describeLine(row.key, row.line);
    const why = row.comment ? `: "${row.comment}"` : '';
    problems.push({ file, item, field, message: `a reviewer marked this line "to fix" (${file} line ${row.fileLine})${why}; change the text in ${textFile}, then have it reviewed again` });
  }
  return { problems, summary };
}

/** The verdict file's text for some rows (header included), as the review sheets export it. */
export function formatVerdicts(rows: readonly Omit<VerdictRow, 'fileLine'>[]): string {
  const lines = [VERDICT_COLUMNS.join(','), ...rows.map((row) => formatCsvRecord([row.key, String(row.line), row.fingerprint, row.verdict ?? '', row.comment]))];
  return `${lines.join('\n')}\n`;
}
