/**
 * The shape of a clip's word timings file (`<key>.timings.json`), checked where it is read: a file of the
 * wrong shape is refused whole, with a reason, so the clip plays without a highlight instead of throwing.
 * Checked by hand, not by a schema library: the page reads one such file per clip it plays, from its first
 * screen on, and that check must not bring a validation library into the first screen's script.
 */
import type { WordTiming } from './audio-manifest';

export type WordTimingsResult = { ok: true; words: WordTiming[] } | { ok: false; problem: string };

const isSeconds = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isIndex = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Why one word's timing is wrong (`at` is its path, `words.3`), or null when it is right. */
function timingProblem(timing: unknown, at: string): string | null {
  if (!isObject(timing)) return `${at}: must be an object`;
  for (const field of ['line', 'word'] as const) if (!isIndex(timing[field])) return `${at}.${field}: must be a whole number, 0 or more`;
  for (const field of ['start', 'end'] as const) if (!isSeconds(timing[field])) return `${at}.${field}: must be a number of seconds, 0 or more`;
  if ((timing.end as number) < (timing.start as number)) return `${at}: a word ends before it starts`;
  return null;
}

/** Other fields of the file (key, language, duration) are informative and may be absent. */
export function parseWordTimings(data: unknown): WordTimingsResult {
  if (!isObject(data)) return { ok: false, problem: 'must be an object with a list of words' };
  const { words } = data;
  if (!Array.isArray(words)) return { ok: false, problem: 'words: must be a list' };
  for (const [index, timing] of words.entries()) {
    const problem = timingProblem(timing, `words.${index}`);
    if (problem) return { ok: false, problem };
  }
  const timings = words as WordTiming[];
  // Rounding in the voice pipeline may put a word a millisecond before the previous one.
  if (!timings.every((timing, i) => i === 0 || timing.start >= timings[i - 1]!.start - 0.0011)) return { ok: false, problem: 'the words are not in the order they are spoken' };
  return { ok: true, words: timings.map(({ line, word, start, end }) => ({ line, word, start, end })) };
}
