/**
 * What a visitor following the word highlight would notice: a word that stays marked too long inside a line
 * (more than 2.5 s for each spoken word that says it), or a run of four or more words that flash by (under 60 ms each). A word is marked from its
 * start until the next word starts (the last word of a line until it ends); tokens without letters or digits
 * ("«", "–") are not words, nor are the shown words the voice leaves unsaid (the Latin name in brackets after its
 * Arabic form): they are never marked, so they cannot flash by.
 */
import type { WordTiming } from '../../domain/narration/audio-manifest';
import { hasSound } from './word-timings';

export const LONGEST_WORD_SECONDS = 2.5;
export const SHORTEST_WORD_SECONDS = 0.06;
export const FAST_RUN_WORDS = 4;

export interface TimingFault {
  kind: 'long word' | 'fast run';
  line: number;
  word: number;
  /** The word, or the run's words. */
  text: string;
  seconds: number;
}

export function timingFaults(
  timings: readonly WordTiming[],
  shownLines: readonly (readonly string[])[],
  /** How many spoken words say this shown word: 0 when unsaid, 3 for "2٬500٬000" said in three words. */
  spokenWords: (line: number, word: number) => number = () => 1,
): TimingFault[] {
  const faults: TimingFault[] = [];
  shownLines.forEach((shown, line) => {
    const marked = timings.flatMap((timing) => {
      const text = shown[timing.word];
      return timing.line === line && text !== undefined && hasSound(text) && spokenWords(line, timing.word) > 0 ? [{ word: timing.word, text, start: timing.start, end: timing.end }] : [];
    });
    const words = marked.map((timing, index) => ({ ...timing, held: (marked[index + 1]?.start ?? timing.end) - timing.start }));
    for (const { word, text, held } of words) {
      if (held > LONGEST_WORD_SECONDS * spokenWords(line, word)) faults.push({ kind: 'long word', line, word, text, seconds: held });
    }
    for (let start = 0; start < words.length; ) {
      let end = start;
      while (end < words.length && words[end]!.held < SHORTEST_WORD_SECONDS) end++;
      const run = words.slice(start, end);
      if (run.length >= FAST_RUN_WORDS) {
        faults.push({ kind: 'fast run', line, word: run[0]!.word, text: run.map((timing) => timing.text).join(' '), seconds: run.reduce((sum, timing) => sum + timing.held, 0) });
      }
      start = Math.max(end, start + 1);
    }
  });
  return faults;
}
