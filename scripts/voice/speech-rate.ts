/**
 * How fast a clip speaks: spoken words (after the lexicon, so "C E P" is three) per minute of speech, pauses
 * between phrases and lines left out, so a text of short sentences and a one-phrase question compare fairly.
 */
import type { WordTiming } from '../../domain/narration/audio-manifest';
import type { SpokenWord } from '../../domain/narration/pronunciation';
import { hasSound } from './word-timings';

/** Below this many spoken words a clip's rate says little: it is neither checked nor slowed. */
export const RATE_MIN_WORDS = 8;

/** Spoken words, a number counting as its digits ("2012" is said in three or four words, "13" in one or two). */
export function spokenWordCount(lines: readonly (readonly Pick<SpokenWord, 'text'>[])[]): number {
  return lines.flat().reduce((sum, word) => sum + (hasSound(word.text) ? Math.max(1, word.text.replace(/\D/g, '').length) : 0), 0);
}

/** Words per minute, or null for a clip with too few words to tell. */
export function wordsPerMinute(timings: readonly WordTiming[], spokenWords: number): number | null {
  if (spokenWords < RATE_MIN_WORDS) return null;
  // Each displayed word is marked from its start to the next word's: the time between phrases is no word's.
  const speaking = timings.reduce((sum, timing) => sum + (timing.end - timing.start), 0);
  return speaking > 0 ? (spokenWords / speaking) * 60 : null;
}
