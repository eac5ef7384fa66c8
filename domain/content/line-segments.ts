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
