/**
 * Word timings for a spoken line, without a speech recogniser: the line is synthesised on its own (so its
 * start and end are exact), pauses in the audio are matched to the punctuation of the text, and inside each
 * phrase the time is shared among words by weight (each word's own synthesised length, or its letters).
 */
export interface Span {
  start: number;
  end: number;
}

const FRAME_SECONDS = 0.01;
const SILENCE_RMS = 0.015;
const MIN_PAUSE_SECONDS = 0.12;

function frameEnergies(samples: Float32Array, sampleRate: number): number[] {
  const frame = Math.max(1, Math.round(sampleRate * FRAME_SECONDS));
  const energies: number[] = [];
  for (let start = 0; start < samples.length; start += frame) {
    let sum = 0;
    const end = Math.min(samples.length, start + frame);
    for (let i = start; i < end; i++) sum += samples[i] * samples[i];
    energies.push(Math.sqrt(sum / (end - start)));
  }
  return energies;
}

/** Seconds where speech starts and ends in a clip, or null when it is silent. */
export function speechBounds(samples: Float32Array, sampleRate: number): Span | null {
  const energies = frameEnergies(samples, sampleRate);
  const first = energies.findIndex((e) => e > SILENCE_RMS);
  if (first === -1) return null;
  let last = energies.length - 1;
  while (energies[last] <= SILENCE_RMS) last--;
  return { start: first * FRAME_SECONDS, end: Math.min((last + 1) * FRAME_SECONDS, samples.length / sampleRate) };
}

/** Silent stretches of at least MIN_PAUSE_SECONDS strictly inside the speech. */
export function pausesWithin(samples: Float32Array, sampleRate: number, bounds: Span): Span[] {
  const energies = frameEnergies(samples, sampleRate);
  const pauses: Span[] = [];
  let runStart = -1;
  const firstFrame = Math.round(bounds.start / FRAME_SECONDS);
  const lastFrame = Math.round(bounds.end / FRAME_SECONDS);
  for (let i = firstFrame; i < lastFrame; i++) {
    const silent = energies[i] <= SILENCE_RMS;
    if (silent && runStart === -1) runStart = i;
    if (!silent && runStart !== -1) {
      if ((i - runStart) * FRAME_SECONDS >= MIN_PAUSE_SECONDS) pauses.push({ start: runStart * FRAME_SECONDS, end: i * FRAME_SECONDS });
      runStart = -1;
    }
  }
  return pauses;
}

export const letterWeight = (word: string) => Math.max(1, word.replace(/[^\p{L}\p{N}]/gu, '').length);

/** Shares a span among words in proportion to their weights. */
export function shareSpan(span: Span, weights: readonly number[]): Span[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0) || 1;
  const spans: Span[] = [];
  let cursor = span.start;
  for (const weight of weights) {
    const end = cursor + ((span.end - span.start) * weight) / total;
    spans.push({ start: cursor, end });
    cursor = end;
  }
  return spans;
}

const PHRASE_END = /[,;:.!?؟،»—…)]$/u;

/** Timings of the spoken words of one line, in seconds from the start of the line's audio. */
export function spokenWordSpans(samples: Float32Array, sampleRate: number, words: readonly string[], weights: readonly number[]): Span[] {
  const bounds = speechBounds(samples, sampleRate) ?? { start: 0, end: samples.length / sampleRate };
  const phraseStarts = [0];
  words.forEach((word, index) => {
    if (index < words.length - 1 && PHRASE_END.test(word)) phraseStarts.push(index + 1);
  });
  const pauses = pausesWithin(samples, sampleRate, bounds);
  let segments: Span[] = [bounds];
  let groups: number[][] = [words.map((_, index) => index)];
  if (phraseStarts.length > 1 && pauses.length >= phraseStarts.length - 1) {
    const chosen = [...pauses].sort((a, b) => b.end - b.start - (a.end - a.start)).slice(0, phraseStarts.length - 1).sort((a, b) => a.start - b.start);
    segments = chosen.map((pause, index) => ({ start: index === 0 ? bounds.start : chosen[index - 1].end, end: pause.start }));
    segments.push({ start: chosen.at(-1)!.end, end: bounds.end });
    groups = phraseStarts.map((start, index) => words.slice(start, phraseStarts[index + 1] ?? words.length).map((_, offset) => start + offset));
  }
  const spans: Span[] = [];
  groups.forEach((group, index) => spans.push(...shareSpan(segments[index], group.map((wordIndex) => weights[wordIndex]))));
  return spans;
}

/**
 * Maps the spoken words' timings onto the displayed words, which may differ ("C E P" said for "CEP"):
 * each displayed word takes the stretch of speech at the same share of the line's letters.
 */
export function displayWordSpans(spoken: readonly string[], spokenSpans: readonly Span[], displayed: readonly string[]): Span[] {
  if (spoken.length === displayed.length) return spokenSpans.map((span) => ({ ...span }));
  const spokenWeights = spoken.map(letterWeight);
  const spokenTotal = spokenWeights.reduce((a, b) => a + b, 0);
  const timeAt = (fraction: number): number => {
    let before = 0;
    for (let i = 0; i < spoken.length; i++) {
      const share = spokenWeights[i] / spokenTotal;
      if (fraction <= before + share || i === spoken.length - 1) {
        const within = share === 0 ? 0 : Math.min(1, Math.max(0, (fraction - before) / share));
        return spokenSpans[i].start + within * (spokenSpans[i].end - spokenSpans[i].start);
      }
      before += share;
    }
    return spokenSpans.at(-1)?.end ?? 0;
  };
  const displayWeights = displayed.map(letterWeight);
  const displayTotal = displayWeights.reduce((a, b) => a + b, 0);
  let cumulative = 0;
  return displayWeights.map((weight) => {
    const start = timeAt(cumulative / displayTotal);
    cumulative += weight;
    return { start, end: timeAt(cumulative / displayTotal) };
  });
}
