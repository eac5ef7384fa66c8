/**
 * The programme page as the fidelity tests read it: its words in order, its lines, and where a text of the kiosk
 * stands in it. Words are compared, not punctuation: "mobilisons-nous" and "mobilisons nous" are the same words,
 * "Méda" and "Meda" are not (that change must be declared as a correction).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Correction } from '../../domain/content/content-schema';
import { PROJECT_ROOT } from '../../scripts/content-sources';

export const PAGE_TEXT = readFileSync(path.join(PROJECT_ROOT, 'docs/source/rencontres-kelvoa-marseille-2016.txt'), 'utf8');
export const CUT_MARK = '[…]';

export function words(text: string): string[] {
  return text.replace(/[’ʼ]/g, "'").toLowerCase().normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The French text as the page printed it: each correction's shown form put back to the page's form. */
export function asPrinted(text: string, corrections: readonly Correction[] = []): string {
  return corrections.reduce((result, { page, shown }) => result.split(shown).join(page), text);
}

const pageWords = words(PAGE_TEXT);
const joined = ` ${pageWords.join(' ')} `;
/** Character offset in `joined` → index of the word starting there. */
const wordAt = new Map<number, number>();
{
  let offset = 1;
  pageWords.forEach((word, index) => {
    wordAt.set(offset, index);
    offset += word.length + 1;
  });
}

export interface Span {
  start: number;
  end: number;
}

/** Where a run of words stands in the page, looking first after `from`; null if the page does not hold it. */
export function findInPage(text: string, from = 0): Span | null {
  const needle = words(text);
  if (needle.length === 0) return null;
  const pattern = ` ${needle.join(' ')} `;
  const offsets: number[] = [];
  for (let at = joined.indexOf(pattern); at !== -1; at = joined.indexOf(pattern, at + 1)) offsets.push(at + 1);
  const starts = offsets.map((offset) => wordAt.get(offset)!);
  const start = starts.find((index) => index >= from) ?? starts[0];
  return start === undefined ? null : { start, end: start + needle.length };
}

export interface PageLine {
  text: string;
  span: Span;
}

/** Every non-empty line of the page with the words it holds. */
export const PAGE_LINES: PageLine[] = (() => {
  const lines: PageLine[] = [];
  let next = 0;
  for (const raw of PAGE_TEXT.split('\n')) {
    const count = words(raw).length;
    if (count === 0) continue;
    lines.push({ text: raw.trim(), span: { start: next, end: next + count } });
    next += count;
  }
  return lines;
})();

export const PAGE_WORD_COUNT = pageWords.length;

/** The page's sentences, for questions such as "does the page say this person presents?". */
export const PAGE_SENTENCES: string[] = PAGE_TEXT.split(/\n+|(?<=[.!?])\s+/).map((s) => s.trim()).filter(Boolean);
