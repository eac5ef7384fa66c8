/**
 * The shape of a clip's word timings file (`<key>.timings.json`), checked where it is read: a file of the
 * wrong shape is refused whole, with a reason, so the clip plays without a highlight instead of throwing.
 */
import { z } from 'zod';
import type { WordTiming } from './audio-manifest';

const seconds = z.number().finite().nonnegative();
const index = z.number().int().nonnegative();

export const WordTimingSchema = z.object({ line: index, word: index, start: seconds, end: seconds }).refine((timing) => timing.end >= timing.start, 'a word ends before it starts');

/** Other fields (key, language, duration) are informative and may be absent. */
export const WordTimingsFileSchema = z.object({ words: z.array(WordTimingSchema) }).refine(
  // Rounding in the voice pipeline may put a word a millisecond before the previous one.
  ({ words }) => words.every((timing, i) => i === 0 || timing.start >= words[i - 1]!.start - 0.0011),
  'the words are not in the order they are spoken',
);

export type WordTimingsResult = { ok: true; words: WordTiming[] } | { ok: false; problem: string };

export function parseWordTimings(data: unknown): WordTimingsResult {
  const result = WordTimingsFileSchema.safeParse(data);
  if (result.success) return { ok: true, words: result.data.words };
  const issue = result.error.issues[0]!;
  return { ok: false, problem: `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}` };
}
