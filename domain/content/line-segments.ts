import { normalise, wholeWordPattern } from './text-matching';

export interface LexiconForms {
  id: string;
  forms: readonly string[];
}

export interface Segment {
  text: string;
  /** Set when the segment is a lexicon word that can be tapped for its explanation. */
  lexiconId?: string;
}

/**
 * Splits a line into plain text and lexicon words. Only the first use of each word in a text is linked
 * (`linked` carries the words already linked by earlier lines), so a text does not turn into a wall of buttons.
 */
export function segmentLine(line: string, lexicon: readonly LexiconForms[], linked: Set<string>): Segment[] {
  const normalised = normalise(line);
  const matches: { start: number; end: number; id: string }[] = [];
  for (const entry of lexicon) {
    if (linked.has(entry.id)) continue;
    let best: { start: number; end: number } | null = null;
    for (const form of entry.forms) {
      const match = wholeWordPattern(form).exec(normalised);
      if (match && (!best || match.index < best.start || (match.index === best.start && match[0].length > best.end - best.start))) {
        best = { start: match.index, end: match.index + match[0].length };
      }
    }
    if (best) matches.push({ ...best, id: entry.id });
  }
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const match of matches) {
    if (match.start < cursor) continue;
    if (match.start > cursor) segments.push({ text: line.slice(cursor, match.start) });
    segments.push({ text: line.slice(match.start, match.end), lexiconId: match.id });
    linked.add(match.id);
    cursor = match.end;
  }
  if (cursor < line.length) segments.push({ text: line.slice(cursor) });
  return segments;
}

export interface QuotationPart {
  text: string;
  quoted: boolean;
}

const CLOSING_QUOTE: Record<string, string> = { '«': '»', '“': '”' };
const startOfWord = (text: string, at: number) => {
  let index = at;
  while (index > 0 && !/\s/.test(text[index - 1] ?? '')) index--;
  return index;
};
const endOfWord = (text: string, at: number) => {
  let index = at;
  while (index < text.length && !/\s/.test(text[index] ?? '')) index++;
  return index;
};

/**
 * A text cut where its quotations («…», “…”) begin and end, so that each can be marked as a quotation
 * (RGAA 9.4). The cuts fall between words, never inside one: the words the highlight counts stay the same.
 * A quotation left open on its line is not marked.
 */
export function quotationParts(text: string): QuotationPart[] {
  const parts: QuotationPart[] = [];
  let cursor = 0;
  for (;;) {
    const found = text.slice(cursor).search(/[«“]/);
    if (found === -1) break;
    const open = cursor + found;
    const close = text.indexOf(CLOSING_QUOTE[text[open] ?? ''] ?? '', open + 1);
    if (close === -1) break;
    const start = Math.max(cursor, startOfWord(text, open));
    const end = endOfWord(text, close + 1);
    if (start > cursor) parts.push({ text: text.slice(cursor, start), quoted: false });
    parts.push({ text: text.slice(start, end), quoted: true });
    cursor = end;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), quoted: false });
  return parts;
}

/** A text cut into words and the spaces between them, in order. */
export function splitWords(text: string): string[] {
  return text.split(/(\s+)/).filter((part) => part.length > 0);
}

/** Words as the karaoke highlight counts them: runs of non-space characters. */
export function wordsOf(text: string): string[] {
  return splitWords(text).filter((part) => !/^\s+$/.test(part));
}

/** The lexicon words a text uses, in the order they first appear. */
export function lexiconIdsIn(lines: readonly string[], lexicon: readonly LexiconForms[]): string[] {
  const linked = new Set<string>();
  return lines.flatMap((line) => segmentLine(line, lexicon, linked).flatMap((segment) => (segment.lexiconId ? [segment.lexiconId] : [])));
}
