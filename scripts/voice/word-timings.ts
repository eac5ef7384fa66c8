/**
 * Word timings from alignment: every spoken word's stretch of audio comes from the voice itself (eSpeak NG's
 * word events) or from dynamic time warping against a reference whose word boundaries are known (each word
 * synthesised on its own, or the synthetic voice for a recording). Then each displayed word takes the time of
 * the spoken words that stand for it.
 */
import type { SpokenWord } from '../../domain/narration/pronunciation';
import { concatSamples, HOP_SECONDS, mfcc, speechBounds, type Span } from '../../domain/audio/audio-features';
import { warp } from '../../domain/audio/dtw';

export type { Span };

/** Whether a word makes a sound at all ("«" or "–" alone do not). */
export const hasSound = (word: string) => /[\p{L}\p{N}]/u.test(word);

const PHRASE_END = /[,;:.!?؟،؛…»)—]$/u;

/** Indices of the words of each phrase: a phrase ends at punctuation. */
export function phrases(words: readonly string[]): number[][] {
  let group: number[] = [];
  const groups = [group];
  words.forEach((word, index) => {
    group.push(index);
    if (PHRASE_END.test(word) && index < words.length - 1) {
      group = [];
      groups.push(group);
    }
  });
  return groups.filter((group) => group.length > 0);
}

/** The pause a listener expects after a phrase, by the punctuation that ends it. */
export function pauseAfter(word: string): number {
  if (/[.!?؟…]["»)]*$/u.test(word)) return 0.4;
  if (/[;:؛]$/u.test(word)) return 0.3;
  if (/[,،—)»]$/u.test(word)) return 0.2;
  return 0.1;
}

/**
 * Times the words of one phrase: the phrase and each of its words were synthesised on their own; the words
 * joined end to end form a reference whose boundaries are known, and warping it onto the phrase carries the
 * boundaries over. Words without sound get an empty span.
 */
export function alignWithinPhrase(phrase: Float32Array, words: readonly Float32Array[], sampleRate: number): Span[] {
  const duration = phrase.length / sampleRate;
  const sounding = words.filter((word) => word.length > 0);
  const spans: Span[] = words.map(() => ({ start: 0, end: 0 }));
  if (sounding.length === 0) return spans;
  const referenceFrames = mfcc(concatSamples(sounding), sampleRate);
  const mapping = warp(referenceFrames, mfcc(phrase, sampleRate));
  const lastFrame = Math.max(0, referenceFrames.length - 1);
  let frame = 0;
  let previous: Span | undefined;
  words.forEach((word, index) => {
    if (word.length === 0) return;
    const at = Math.min(lastFrame, Math.round(frame));
    frame += word.length / sampleRate / HOP_SECONDS;
    const mapped = sounding.length === 1 || at === 0 ? 0 : Math.min(duration, (mapping[at] ?? 0) * HOP_SECONDS);
    const start = previous ? Math.max(mapped, previous.start) : 0;
    const span = { start, end: duration };
    spans[index] = span;
    if (previous) previous.end = start;
    previous = span;
  });
  return fillSilentWords(spans, words.map((word) => word.length > 0));
}

/** A word without sound takes an empty span where the next sounding word starts (or the previous one ends). */
export function fillSilentWords(spans: Span[], sounding: readonly boolean[]): Span[] {
  for (let i = spans.length - 1; i >= 0; i--) {
    if (sounding[i]) continue;
    const next = spans.slice(i + 1).find((_, k) => sounding[i + 1 + k]);
    const previous = spans.slice(0, i).findLast((_, k) => sounding[k]);
    const at = next?.start ?? previous?.end ?? 0;
    spans[i] = { start: at, end: at };
  }
  return spans;
}

/** Word spans from a synthesiser's own word starts (in samples): each word ends where its sound stops. */
export function spansFromWordStarts(samples: Float32Array, sampleRate: number, starts: readonly (number | null)[]): Span[] {
  const duration = samples.length / sampleRate;
  const known = starts.map((start) => (start === null ? null : Math.min(duration, start / sampleRate)));
  const spans = known.map((start, index) => {
    if (start === null) return { start: 0, end: 0 };
    const next = known.slice(index + 1).find((value) => value !== null) ?? duration;
    return speechBounds(samples, sampleRate, start, Math.max(start, next)) ?? { start, end: start };
  });
  return fillSilentWords(spans, known.map((start) => start !== null));
}

const comparable = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * For a line spoken in a different form than shown ("Le C E P aide." for "Le CEP aide."): the displayed words
 * each spoken word stands for. Identical words anchor the two (longest common subsequence); the words between
 * two anchors are shared out in order.
 */
export function mapToDisplay(spoken: readonly string[], shown: readonly string[]): { from: number; to: number }[] {
  const a = spoken.map(comparable);
  const b = shown.map(comparable);
  const width = b.length + 1;
  const table = new Int32Array((a.length + 1) * width);
  const common = (i: number, j: number) => table[i * width + j] ?? 0;
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) table[i * width + j] = a[i] && a[i] === b[j] ? common(i + 1, j + 1) + 1 : Math.max(common(i + 1, j), common(i, j + 1));
  const anchors: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] && a[i] === b[j]) anchors.push([i++, j++]);
    else if (common(i + 1, j) >= common(i, j + 1)) i++;
    else j++;
  }
  anchors.push([a.length, b.length]);
  const ranges: { from: number; to: number }[] = [];
  let [i, j] = [0, 0];
  for (const [ai, bj] of anchors) {
    const gapSpoken = ai - i;
    const gapShown = bj - j;
    for (let k = 0; k < gapSpoken; k++) {
      if (gapShown === 0) ranges.push({ from: Math.max(0, j - 1), to: Math.max(0, j - 1) });
      else ranges.push({ from: j + Math.floor((k * gapShown) / gapSpoken), to: j + Math.max(Math.floor((k * gapShown) / gapSpoken), Math.ceil(((k + 1) * gapShown) / gapSpoken) - 1) });
    }
    if (ai < a.length) ranges.push({ from: bj, to: bj });
    [i, j] = [ai + 1, bj + 1];
  }
  return ranges;
}

const letters = (word: string) => Math.max(1, word.replace(/[^\p{L}\p{N}]/gu, '').length);

/**
 * The span of each displayed word: the spoken words that stand for it. Spoken words that stand together for
 * several displayed words (a phrase of the lexicon) share their time among those by letters.
 */
export function displaySpans(spoken: readonly Pick<SpokenWord, 'from' | 'to'>[], spans: readonly Span[], shown: readonly string[]): Span[] {
  const pieces: (Span | null)[] = shown.map(() => null);
  for (let first = 0; first < spoken.length; ) {
    const { from, to } = spoken[first]!;
    let last = first;
    while (last + 1 < spoken.length && spoken[last + 1]!.from === from && spoken[last + 1]!.to === to) last++;
    const startSpan = spans[first];
    const endSpan = spans[last];
    if (!startSpan || !endSpan) throw new Error(`${spans.length} word spans for ${spoken.length} spoken words: one span per spoken word is expected`);
    const span = { start: startSpan.start, end: endSpan.end };
    const weights = shown.slice(from, to + 1).map(letters);
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    let cursor = span.start;
    weights.forEach((weight, k) => {
      const end = cursor + ((span.end - span.start) * weight) / total;
      const piece = pieces[from + k];
      pieces[from + k] = piece ? { start: Math.min(piece.start, cursor), end: Math.max(piece.end, end) } : { start: cursor, end };
      cursor = end;
    });
    first = last + 1;
  }
  const result = fillSilentWords(pieces.map((piece) => piece ?? { start: 0, end: 0 }), pieces.map((piece, index) => piece !== null && hasSound(shown[index] ?? '')));
  result.forEach((span, index) => {
    const previous = result[index - 1];
    if (!previous) return;
    span.start = Math.max(span.start, previous.start);
    span.end = Math.max(span.end, span.start);
  });
  return result;
}
